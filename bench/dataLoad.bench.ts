/**
 * Full load of a 26,000-item list (Skill Ratings at Liverpool scale: 650 people × 40 skills) with
 * 100 ms added to every request: our data layer (its store: delta with `$top=5000`, item-level
 * `$select` and `fields($select=…)`) cold, and warm (the snapshot kept, one delta request),
 * against the honest baseline — the Graph client's `PageIterator` with `$top=5000` and the same
 * `$select`, the best a typical app does. Wall time and requests of each, and their ratios.
 */
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubOnPipeline } from '../src/data/createHub';
import { createGraphPipeline } from '../src/data/graph/pipeline';
import { graphPath } from '../src/data/graph/odata';
import { itemSelect } from '../src/data/lists/listRepository';
import { selectedFields } from '../src/data/mapping/fields';
import { memorySnapshots } from '../src/data/store/snapshotStorage';
import { provisionSite } from '../src/data/provision/provisionSite';
import { resolveSiteId } from '../src/data/site';
import { demoDirectory } from '../src/demo';
import type { PersonId, SkillId } from '../src/domain/ids';
import { createGraphServer } from '../src/server/createGraphServer';
import type { BenchFigure } from './run';

const PEOPLE = 650;
const SKILLS_EACH = 40;
const LATENCY_MS = 100;

export async function run(): Promise<BenchFigure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'th-bench-'));
  const server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  const base = await server.listen(0, '127.0.0.1');
  const graphBaseUrl = `${base}/graph/v1.0`;
  const owner = async () => 'dev:owner@demo.local';
  try {
    const setUp = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: owner });
    const siteId = await resolveSiteId(setUp, 'root');
    await provisionSite({ graph: setUp, siteId });
    const hub = createHubOnPipeline(setUp, siteId);
    const people = await hub.people.createMany(Array.from({ length: PEOPLE }, (_, i) => ({ name: `Technician ${i + 1}`, email: `tech${i + 1}@demo.local` })));
    const skills = await hub.skills.createMany(Array.from({ length: SKILLS_EACH * 2 }, (_, i) => ({ name: `Skill ${i + 1}`, category: 'Technique', unitIds: [], neededByUnitIds: [], retired: false })));
    const ratings = people.flatMap((p, i) =>
      Array.from({ length: SKILLS_EACH }, (_, j) => ({ personId: p.id as PersonId, skillId: skills[(i + j) % skills.length].id as SkillId, source: 'Self' as const, level: (i + j) % 5, wantsToDevelop: j % 7 === 0 })),
    );
    await hub.ratings.createMany(ratings);

    await fetch(`${base}/_local/faults`, { method: 'POST', headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: LATENCY_MS }) });

    // Ours: a fresh hub, so finding the list's id is part of the cold load.
    const ours = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: owner });
    let started = performance.now();
    const storage = memorySnapshots();
    const loaded = await createHubOnPipeline(ours, siteId, { storage }).ratings.all();
    const oursMs = performance.now() - started;
    if (loaded.length !== ratings.length) throw new Error(`our load read ${loaded.length} of ${ratings.length} ratings`);

    // Warm: a new hub on the same snapshots (as a later visit), one delta request.
    const again = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: owner });
    started = performance.now();
    const warmLoaded = await createHubOnPipeline(again, siteId, { storage }).ratings.all();
    const warmMs = performance.now() - started;
    if (warmLoaded.length !== ratings.length) throw new Error(`our warm load read ${warmLoaded.length} of ${ratings.length} ratings`);

    // Baseline: the Graph client's PageIterator, $top=5000 and the same $select.
    const naive = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: owner });
    started = performance.now();
    const query = `$select=${itemSelect('skillRatings').join(',')}&$expand=fields($select=${selectedFields('skillRatings').join(',')})&$top=5000`;
    const first = (await naive.client.api(`${graphPath('sites', siteId, 'lists', 'Skill Ratings', 'items')}?${query}`).get()) as PageCollection;
    let count = 0;
    await new PageIterator(naive.client, first, () => ++count > 0).iterate();
    const naiveMs = performance.now() - started;
    if (count !== ratings.length) throw new Error(`the naive load read ${count} of ${ratings.length} ratings`);

    return [
      { name: 'cold_load_26k_ms', value: Math.round(oursMs), unit: 'ms' },
      { name: 'cold_load_26k_requests', value: ours.stats.requests, unit: 'requests' },
      { name: 'warm_load_26k_ms', value: Math.round(warmMs), unit: 'ms' },
      { name: 'warm_load_26k_requests', value: again.stats.requests, unit: 'requests' },
      { name: 'page_iterator_top5000_select_26k_ms', value: Math.round(naiveMs), unit: 'ms' },
      { name: 'page_iterator_top5000_select_26k_requests', value: naive.stats.requests, unit: 'requests' },
      { name: 'page_iterator_to_ours_cold_ratio', value: naiveMs / oursMs, unit: 'x' },
      { name: 'page_iterator_to_ours_warm_ratio', value: naiveMs / warmMs, unit: 'x' },
      { name: 'bench_latency_per_request_ms', value: LATENCY_MS, unit: 'ms' },
    ];
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
