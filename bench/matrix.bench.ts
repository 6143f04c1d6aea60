/**
 * The skills matrix at Liverpool scale (650 people × 300 skills, ≈26,000 ratings) with 100 ms
 * added to every Graph request (the local server's fault injection, as `GRAPH_LATENCY_MS=100`):
 * time from navigation to a usable matrix on a first visit (cold) and a reload (warm, the bundle
 * cached), the Graph requests each made, going back to the matrix inside the tab (data kept in
 * memory), and the median time in Chromium for a filter change and for a scroll — each measured
 * in the page from the state change to the next animation frame after React committed it
 * (`window.__hubPerf`, see src/app/features/skills/matrix/perfProbe.ts).
 */
import type { Page } from 'playwright-core';
import globalSetup from '../tests/browser/support/globalSetup';
import { launchBrowser } from '../tests/browser/support/browser';
import { startApp } from '../tests/browser/support/startApp';
import type { BenchFigure } from './run';

const LATENCY_MS = 100;
const INTERACTIONS = 15;

/** Filters a person would flip through: units, categories, minimum levels, validated only. */
const FILTERS: readonly Record<string, unknown>[] = [
  { minLevel: 3 },
  { minLevel: 0 },
  { validatedOnly: true },
  { categories: ['Equipment'] },
  { categories: ['Software', 'Technique'], minLevel: 2 },
  {},
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Navigation start → the matrix first shows data, in ms (the page's own clock). */
async function timeToMatrix(page: Page): Promise<number> {
  const ready = await page.waitForFunction(() => window.__hubPerf?.matrixReadyAt ?? false, undefined, { polling: 'raf', timeout: 180_000 });
  return Math.round((await ready.jsonValue()) as number);
}

export async function run(): Promise<BenchFigure[]> {
  await globalSetup();
  const app = await startApp({ scale: 'liverpool', timeoutMs: 600_000 });
  const browser = await launchBrowser();
  try {
    const base = app.url.replace(/#.*$/, '');
    // Seed at full speed, then slow every request down, as GRAPH_LATENCY_MS=100 does from the start.
    const faults = await fetch(new URL('/_local/faults', base), {
      method: 'POST',
      headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: LATENCY_MS }),
    });
    if (!faults.ok) throw new Error(`Setting the latency failed: ${faults.status}`);

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
    const page = await context.newPage();
    let graphRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/graph/v1.0/')) graphRequests++;
    });

    await page.goto(`${base}#/skills`, { waitUntil: 'commit' });
    const coldMs = await timeToMatrix(page);
    const coldRequests = graphRequests;

    graphRequests = 0;
    await page.reload({ waitUntil: 'commit' });
    const warmMs = await timeToMatrix(page);
    const warmRequests = graphRequests;

    // Away and back inside the tab: the loaded ratings are kept, nothing is fetched again.
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="skills-matrix"]'));
    graphRequests = 0;
    // (No named functions inside evaluate: tsx's keepNames would wrap them in a `__name` the page lacks.)
    await page.evaluate(() => {
      (window as unknown as { __backStart: number }).__backStart = performance.now();
      window.location.hash = '#/skills';
    });
    const back = await page.waitForFunction(
      () => (document.querySelector('[data-testid="skills-matrix"] [role="gridcell"]') ? performance.now() - (window as unknown as { __backStart: number }).__backStart : false),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    const backMs = (await back.jsonValue()) as number;
    const backRequests = graphRequests;

    const filterMs: number[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      const filter = FILTERS[i % FILTERS.length];
      filterMs.push(await page.evaluate((f) => window.__hubPerf!.matrix!.setFilter(f), filter));
    }
    await page.evaluate(() => window.__hubPerf!.matrix!.setFilter({}));

    const scrollMs: number[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      // Down a screenful or two and back a little, and now and then sideways (there and back).
      const [dx, dy] = i % 3 === 2 ? [i % 2 ? -1500 : 1500, 0] : [0, i % 2 ? -2400 : 4800];
      scrollMs.push(await page.evaluate(([x, y]) => window.__hubPerf!.matrix!.scrollBy(x, y), [dx, dy] as const));
    }
    const [rows, cols] = await page.evaluate(() => {
      const grid = document.querySelector('[data-testid="skills-matrix"]');
      return [Number(grid?.getAttribute('data-rows')), Number(grid?.getAttribute('data-cols'))];
    });
    await context.close();

    return [
      { name: 'matrix_people', value: rows, unit: 'rows' },
      { name: 'matrix_skills', value: cols, unit: 'columns' },
      { name: 'matrix_latency_per_request_ms', value: LATENCY_MS, unit: 'ms' },
      { name: 'matrix_cold_usable_ms', value: coldMs, unit: 'ms' },
      { name: 'matrix_cold_graph_requests', value: coldRequests, unit: 'requests' },
      { name: 'matrix_warm_usable_ms', value: warmMs, unit: 'ms' },
      { name: 'matrix_warm_graph_requests', value: warmRequests, unit: 'requests' },
      { name: 'matrix_back_in_tab_ms', value: Math.round(backMs), unit: 'ms' },
      { name: 'matrix_back_in_tab_graph_requests', value: backRequests, unit: 'requests' },
      { name: 'matrix_filter_change_median_ms', value: Math.round(median(filterMs) * 10) / 10, unit: 'ms' },
      { name: 'matrix_filter_change_max_ms', value: Math.round(Math.max(...filterMs) * 10) / 10, unit: 'ms' },
      { name: 'matrix_scroll_median_ms', value: Math.round(median(scrollMs) * 10) / 10, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
