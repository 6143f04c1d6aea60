/**
 * Opening the local server's store: the time to load a list of 50,000 and of 200,000 items from
 * SQLite, and their ratio (4 means linear). Item ids are recovered with a loop, not by spreading
 * every id into Math.max, which overflowed the stack past ~125,000 items.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StoredList } from '../src/server/model';
import { GraphStore } from '../src/server/store';
import type { BenchFigure } from './run';

const who = { id: 'u1', displayName: 'Olivia Owner', email: 'owner@demo.local' };

function openTime(items: number): { ms: number; heapMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'th-store-bench-'));
  try {
    const store = new GraphStore(dir);
    const list: StoredList = { id: 'list-1', name: 'SkillRatings', displayName: 'Skill Ratings', description: '', created: 'x', modified: 'x', createdBy: who, columns: [], writeSecurity: 1, views: [], nextItemId: 1 };
    store.saveList(list);
    store.transaction(() => {
      for (let i = 0; i < items; i += 1) {
        store.saveItem(list, { id: store.allocateItemId(list), guid: `g${i}`, version: 1, created: 'x', modified: 'x', createdBy: who, modifiedBy: who, values: { Title: `Rating ${i}`, Level: i % 5 } });
      }
    });
    store.close();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const reopened = new GraphStore(dir);
    const ms = performance.now() - started;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    reopened.close();
    return { ms, heapMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchFigure[]> {
  const small = openTime(50_000);
  const large = openTime(200_000);
  return [
    { name: 'store_open_50k_ms', value: Math.round(small.ms), unit: 'ms' },
    { name: 'store_open_200k_ms', value: Math.round(large.ms), unit: 'ms' },
    { name: 'store_open_200k_over_50k', value: large.ms / small.ms, unit: 'x' },
    { name: 'store_open_200k_heap_mb', value: Math.round(large.heapMb), unit: 'MB' },
  ];
}
