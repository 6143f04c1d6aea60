/**
 * The data engine at Liverpool scale (DEMO_SCALE=liverpool: 650 people, 300 skills, ≈26,000
 * ratings) with 100 ms added to every Graph request and a per-item cost, in Chromium through the
 * real tab (`npm start`):
 *
 * - each of Overview, Actions, Events and Skills opened cold (empty IndexedDB and cache) and warm
 *   (a reload: lists from IndexedDB, changes by delta): time from navigation to the page usable,
 *   Graph requests, JSON bytes (decoded) and bytes on the wire, sequential round trips before
 *   usable, and SharePoint resource units spent (read from the local server's budget);
 * - the honest baseline: the Graph SDK's `PageIterator` over the same lists with `$top=5000` and
 *   `$select`, the best a typical app does, timed from Node in the same run;
 * - moving Overview → Skills inside the tab (requests: delta only);
 * - the matrix's filters through the real controls ("Validated only", Units) to the painted frame,
 *   and horizontal scrolling of the matrix (bench/matrixFigures.ts).
 */
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { createGraphPipeline } from '../src/data/graph/pipeline';
import { graphPath } from '../src/data/graph/odata';
import { itemSelect } from '../src/data/lists/listRepository';
import { selectedFields } from '../src/data/mapping/fields';
import { listSpec } from '../src/data/schema/lists';
import type { ListKey } from '../src/data/schema/types';
import globalSetup from '../tests/browser/support/globalSetup';
import { launchBrowser } from '../tests/browser/support/browser';
import { startApp } from '../tests/browser/support/startApp';
import { matrixFigures } from './matrixFigures';
import type { BenchFigure } from './run';

const LATENCY_MS = 100;
/** Per list item in an answer: a 5,000-item page then takes a second, as on a real tenant. */
const ITEM_LATENCY_MS = 0.2;
const OWNER = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };

interface PageSpec {
  readonly name: string;
  readonly hash: string;
  /** The lists the page shows (for the PageIterator baseline). */
  readonly lists: readonly ListKey[];
  /** True in the page once it is usable. */
  readonly usable: string;
}

const PAGES: readonly PageSpec[] = [
  {
    name: 'overview',
    hash: '#/',
    lists: ['actionPlans', 'actions', 'events', 'skills', 'skillRatings', 'people', 'units'],
    usable: `/by RAG status|No action plan is active/.test(document.querySelector('[data-testid="overview-plan"]')?.textContent ?? '')`,
  },
  { name: 'actions', hash: '#/actions', lists: ['actionPlans', 'actions', 'people'], usable: `!!document.querySelector('main table tbody tr td')` },
  { name: 'events', hash: '#/events', lists: ['events', 'eventRegistrations', 'people', 'units', 'actions'], usable: `!!document.querySelector('main a[href*="#/events/"]')` },
  {
    name: 'skills',
    hash: '#/skills',
    lists: ['units', 'people', 'skills', 'skillRatings', 'hubSettings', 'skillTargets'],
    usable: `!!document.querySelector('[data-testid="skills-matrix"] [role="gridcell"]')`,
  },
];

interface Traffic {
  readonly start: number;
  end?: number;
  wireBytes: number;
  jsonBytes: number;
}

/** Records Graph traffic of a page: when each request started and ended, and its bytes. */
function watch(page: Page) {
  let requests: { request: Request; traffic: Traffic }[] = [];
  /** Graph requests sent and not yet answered, and when the last one started or ended. */
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    if (!request.url().includes('/graph/v1.0/')) return;
    inFlight++;
    lastActivity = Date.now();
    requests.push({ request, traffic: { start: Date.now(), wireBytes: 0, jsonBytes: 0 } });
  });
  const ended = (request: Request) => {
    if (!request.url().includes('/graph/v1.0/')) return;
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfailed', ended);
  page.on('requestfinished', (request) => {
    ended(request);
    const found = requests.find((r) => r.request === request);
    if (!found) return;
    found.traffic.end = Date.now();
    void request.sizes().then((sizes) => (found.traffic.wireBytes = sizes.responseBodySize + sizes.responseHeadersSize));
    void request
      .response()
      .then((response) => response?.body())
      .then((body) => (found.traffic.jsonBytes = body?.length ?? 0))
      .catch(() => undefined);
  });
  return {
    reset: () => void (requests = []),
    /**
     * Waits until no Graph request has been in flight for `quietMs`. Longer than Playwright's
     * `networkidle` (500 ms), which fires between two pages of a large list while the tab maps
     * the first: the visit would end mid-load and the warm figure would measure a reload of it.
     */
    async quiet(quietMs: number, timeoutMs: number): Promise<boolean> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    /** Requests, bytes and the longest chain of requests each sent after the previous answered, up to `until`. */
    summary(until: number) {
      const before = requests.map((r) => r.traffic).filter((t) => t.start <= until);
      const depth: number[] = [];
      before.forEach((t, i) => {
        depth[i] = 1 + Math.max(0, ...before.slice(0, i).map((p, j) => (p.end !== undefined && p.end <= t.start ? depth[j] : 0)));
      });
      return {
        requests: requests.length,
        roundTrips: Math.max(0, ...depth),
        jsonKb: Math.round(requests.reduce((s, r) => s + r.traffic.jsonBytes, 0) / 102.4) / 10,
        wireKb: Math.round(requests.reduce((s, r) => s + r.traffic.wireBytes, 0) / 102.4) / 10,
      };
    },
  };
}

async function budgetTotal(base: string, reset = false): Promise<number> {
  const answer = await fetch(new URL('/_local/budget', base), reset ? { method: 'POST', headers: OWNER, body: JSON.stringify({ reset: true }) } : { headers: OWNER });
  return ((await answer.json()) as { total: number }).total;
}

/** Navigation → usable, in ms of the page's clock, with the wall-clock time it became usable. */
async function openUntilUsable(page: Page, url: string, usable: string, reload: boolean): Promise<{ ms: number; at: number }> {
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(`(${usable}) ? performance.now() : false`, undefined, { polling: 'raf', timeout: 300_000 });
  const at = Date.now();
  return { ms: Math.round((await handle.jsonValue()) as number), at };
}

/**
 * Let answers still streaming in (later pages of a large list) finish and be kept in IndexedDB,
 * so the next figure starts clean: 2 s without a Graph request in flight.
 */
async function settle(traffic: ReturnType<typeof watch>): Promise<void> {
  // Bounded: a page that never goes quiet must not hold the whole bench (it then says so).
  if (!(await traffic.quiet(2_000, 60_000))) console.error('engine: the page did not go quiet within 60 s');
}

async function pageFigures(context: BrowserContext, base: string, spec: PageSpec): Promise<BenchFigure[]> {
  const page = await context.newPage();
  const traffic = watch(page);
  const figures: BenchFigure[] = [];
  for (const phase of ['cold', 'warm'] as const) {
    traffic.reset();
    await budgetTotal(base, true);
    console.error(`engine: ${spec.name} ${phase}…`);
    const { ms, at } = await openUntilUsable(page, `${base}${spec.hash}`, spec.usable, phase === 'warm');
    const ru = await budgetTotal(base);
    // The tab's own boot (bundle parsed, shell painted) is part of every open, whatever the data
    // engine does: reported apart, so a page whose data is one small request reads honestly.
    const firstPaint = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1));
    const seen = traffic.summary(at);
    await settle(traffic);
    const all = traffic.summary(Date.now());
    figures.push(
      { name: `${spec.name}_${phase}_first_paint_ms`, value: firstPaint, unit: 'ms' },
      { name: `${spec.name}_${phase}_usable_ms`, value: ms, unit: 'ms' },
      { name: `${spec.name}_${phase}_round_trips_to_usable`, value: seen.roundTrips, unit: 'round trips' },
      { name: `${spec.name}_${phase}_requests`, value: all.requests, unit: 'requests' },
      { name: `${spec.name}_${phase}_json_kb`, value: all.jsonKb, unit: 'KB' },
      { name: `${spec.name}_${phase}_wire_kb`, value: all.wireKb, unit: 'KB' },
      { name: `${spec.name}_${phase}_ru_to_usable`, value: ru, unit: 'RU' },
      { name: `${spec.name}_${phase}_ru`, value: await budgetTotal(base), unit: 'RU' },
    );
  }
  await page.close();
  return figures;
}

/** The Graph SDK's PageIterator over the page's lists ($top=5000, $select), in parallel, from Node. */
async function pageIteratorBaseline(base: string, lists: readonly ListKey[]): Promise<number> {
  const pipeline = createGraphPipeline({ baseUrl: `${base}/graph/v1.0`, getAccessToken: async () => 'dev:member@demo.local' });
  const started = performance.now();
  await Promise.all(
    lists.map(async (key) => {
      const url = `${graphPath('sites', 'root', 'lists', listSpec(key).displayName, 'items')}?$select=${itemSelect(key).join(',')}&$expand=fields($select=${selectedFields(key).join(',')})&$top=5000`;
      const first = (await pipeline.client.api(url).get()) as PageCollection;
      await new PageIterator(pipeline.client, first, () => true).iterate();
    }),
  );
  return Math.round(performance.now() - started);
}

export async function run(): Promise<BenchFigure[]> {
  await globalSetup();
  console.error('engine: seeding the Liverpool-scale site…');
  const app = await startApp({ scale: 'liverpool', timeoutMs: 900_000 });
  const browser = await launchBrowser();
  const figures: BenchFigure[] = [
    { name: 'engine_latency_per_request_ms', value: LATENCY_MS, unit: 'ms' },
    { name: 'engine_latency_per_item_ms', value: ITEM_LATENCY_MS, unit: 'ms' },
  ];
  try {
    const base = app.url.replace(/\/?#.*$/, '').replace(/\/$/, '');
    const set = await fetch(new URL('/_local/faults', base), { method: 'POST', headers: OWNER, body: JSON.stringify({ latencyMs: LATENCY_MS, itemLatencyMs: ITEM_LATENCY_MS }) });
    if (!set.ok) throw new Error(`Setting the latency failed: ${set.status}`);

    for (const spec of PAGES) {
      // A fresh context per page: its cold open has empty IndexedDB and HTTP cache.
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
      const pageFigs = await pageFigures(context, base, spec);
      figures.push(...pageFigs);
      console.error(`engine: ${spec.name} PageIterator baseline…`);
      const baseline = await pageIteratorBaseline(base, spec.lists);
      const warm = pageFigs.find((f) => f.name === `${spec.name}_warm_usable_ms`)?.value ?? NaN;
      figures.push({ name: `${spec.name}_page_iterator_baseline_ms`, value: baseline, unit: 'ms' }, { name: `${spec.name}_warm_vs_page_iterator`, value: baseline / warm, unit: 'x' });
      await context.close();
    }

    // Overview → Skills inside the tab, then the matrix's interactions.
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
    const page = await context.newPage();
    const traffic = watch(page);
    console.error('engine: Overview → Skills…');
    await openUntilUsable(page, `${base}#/`, PAGES[0].usable, false);
    await settle(traffic);
    traffic.reset();
    await budgetTotal(base, true);
    const started = Date.now();
    await page.evaluate(() => (window.location.hash = '#/skills'));
    await page.waitForFunction(PAGES[3].usable, undefined, { polling: 'raf', timeout: 300_000 });
    const navMs = Date.now() - started;
    await settle(traffic);
    const nav = traffic.summary(Date.now());
    figures.push(
      { name: 'overview_to_skills_ms', value: navMs, unit: 'ms' },
      { name: 'overview_to_skills_requests', value: nav.requests, unit: 'requests' },
      { name: 'overview_to_skills_json_kb', value: nav.jsonKb, unit: 'KB' },
      { name: 'overview_to_skills_ru', value: await budgetTotal(base), unit: 'RU' },
    );

    console.error('engine: matrix filter and scroll…');
    figures.push(...(await matrixFigures(page)));
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
  return figures;
}
