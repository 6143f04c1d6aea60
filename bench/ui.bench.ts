/**
 * The tab's first-load cost: the gzip size of the JavaScript a browser must fetch before the
 * shell can render (the entry chunk and its static imports, from Vite's manifest), and the time
 * from navigation to a usable Overview in Chromium (median of several runs on the demo data).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import globalSetup from '../tests/browser/support/globalSetup';
import { DIST_DIR } from '../tests/browser/support/paths';
import { launchBrowser } from '../tests/browser/support/browser';
import { startApp } from '../tests/browser/support/startApp';
import { formatFigure, type BenchFigure } from './run';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

const RUNS = 5;

/** Sum of gzip sizes of the entry chunk and everything it imports statically. */
export function initialJsGzipBytes(distDir: string = DIST_DIR): { bytes: number; files: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('The Vite manifest has no entry chunk; was the tab built with `build.manifest`?');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key] of entries) visit(key);
  const files = [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length, 0);
  return { bytes, files };
}

/** Milliseconds from navigation start until the Overview shows the plan's RAG counts. */
async function timeToUsableOverview(url: string, runs: number): Promise<number[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      // A fresh context each run: empty cache and storage, as a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      const usable = await page.waitForFunction(
        () => {
          const plan = document.querySelector('[data-testid="overview-plan"]');
          const done = plan && /by RAG status|No action plan is active/.test(plan.textContent ?? '');
          return done ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      times.push(Math.round((await usable.jsonValue()) as number));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** Runs the UI benchmark and returns its figures (`bench/run.ts` prints them). */
export async function run(): Promise<BenchFigure[]> {
  await globalSetup();
  const size = initialJsGzipBytes();
  const figures: BenchFigure[] = [{ name: 'ui_initial_js_gzip_kb', value: Math.round(size.bytes / 102.4) / 10, unit: 'KB' }];
  const app = await startApp();
  try {
    const times = await timeToUsableOverview(app.url, RUNS);
    figures.push({ name: 'ui_overview_usable_median_ms', value: median(times), unit: 'ms' });
  } finally {
    await app.stop();
  }
  return figures;
}

if (require.main === module) {
  run().then((figures) => figures.forEach((figure) => console.log(formatFigure(figure)))).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
