/**
 * Competency targets at Liverpool scale (650 people × 300 skills, ≈26,000 ratings) with 100 ms
 * added to every Graph request, as the matrix bench does: with five targets per unit, the time from
 * moving to the Targets page inside the tab (skills data already loaded) until the unit × skill heat
 * map shows, and the same for a unit's Training needs report (targets, wishes and mentors). The
 * matrix's own figures — opening it cold, and going back to it inside the tab — are measured in the
 * same run, so "within the matrix's budget" compares like with like. In-tab moves are the median
 * (and max) of several.
 */
import type { Page } from 'playwright-core';
import globalSetup from '../tests/browser/support/globalSetup';
import { launchBrowser } from '../tests/browser/support/browser';
import { startApp } from '../tests/browser/support/startApp';
import type { BenchFigure } from './run';

const LATENCY_MS = 100;
const TARGETS_PER_UNIT = 5;
const MOVES = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Item {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

async function all(base: string, list: string): Promise<Item[]> {
  const out: Item[] = [];
  let url: string | undefined = `${base}graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items?$expand=fields&$top=5000`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
    if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
    const body = (await response.json()) as { value: Item[]; '@odata.nextLink'?: string };
    out.push(...body.value);
    url = body['@odata.nextLink'];
  }
  return out;
}

/** Moves inside the tab to `hash` and returns ms until `selector` is in the page (the page's own clock). */
async function moveAndTime(page: Page, hash: string, selector: string): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.waitForFunction(() => !document.querySelector('[data-testid="skills-matrix"], table[aria-label="Targets by unit and skill"], table[aria-label="Needs by person"]'));
  // (No named functions inside evaluate: tsx's keepNames would wrap them in a `__name` the page lacks.)
  await page.evaluate((h) => {
    (window as unknown as { __moveStart: number }).__moveStart = performance.now();
    window.location.hash = h;
  }, hash);
  const done = await page.waitForFunction((s) => (document.querySelector(s) ? performance.now() - (window as unknown as { __moveStart: number }).__moveStart : false), selector, { polling: 'raf', timeout: 120_000 });
  return (await done.jsonValue()) as number;
}

export async function run(): Promise<BenchFigure[]> {
  await globalSetup();
  const app = await startApp({ scale: 'liverpool', timeoutMs: 600_000 });
  const browser = await launchBrowser();
  try {
    const base = app.url.replace(/#.*$/, '');
    // Targets for every unit: skills its people hold, at levels 2–4, for 1–3 people (some met, some not).
    const [units, skills, people] = await Promise.all([all(base, 'Units'), all(base, 'Skills'), all(base, 'People')]);
    const active = skills.filter((s) => !s.fields.Retired);
    const peopleOf = new Map<string, number>();
    for (const p of people) peopleOf.set(String(p.fields.UnitLookupId), (peopleOf.get(String(p.fields.UnitLookupId)) ?? 0) + 1);
    let created = 0;
    for (const [u, unit] of units.entries()) {
      for (let k = 0; k < TARGETS_PER_UNIT; k++) {
        const skill = active[(u * 37 + k * 11) % active.length];
        const response = await fetch(`${base}graph/v1.0/sites/root/lists/Skill%20Targets/items`, {
          method: 'POST',
          headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { SkillLookupId: Number(skill.id), UnitLookupId: Number(unit.id), MinLevel: 2 + (k % 3), PeopleNeeded: 1 + (k % 3), Title: 'Bench target' } }),
        });
        if (!response.ok) throw new Error(`Creating a target failed: ${response.status} ${await response.text()}`);
        created++;
      }
    }
    const biggest = [...peopleOf.entries()].sort((a, b) => b[1] - a[1])[0];

    const faults = await fetch(new URL('/_local/faults', base), {
      method: 'POST',
      headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: LATENCY_MS }),
    });
    if (!faults.ok) throw new Error(`Setting the latency failed: ${faults.status}`);

    // Cold: a fresh tab opened straight on each page (everything fetched), navigation start → shown.
    const cold: Record<string, number> = {};
    for (const [name, hash, selector] of [
      ['matrix', '#/skills', '[data-testid="skills-matrix"] [role="gridcell"]'],
      ['heatmap', '#/skills/targets', 'table[aria-label="Targets by unit and skill"] button'],
      ['training', `#/skills/training?unit=${biggest[0]}`, 'table[aria-label="Needs by person"] tbody tr'],
    ] as const) {
      const fresh = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      await fresh.addInitScript(() => localStorage.setItem('hub.actingUpn', 'owner@demo.local'));
      const tab = await fresh.newPage();
      await tab.goto(`${base}${hash}`, { waitUntil: 'commit' });
      const shown = await tab.waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), selector, { polling: 'raf', timeout: 300_000 });
      cold[name] = Math.round((await shown.jsonValue()) as number);
      await fresh.close();
    }

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'owner@demo.local'));
    const page = await context.newPage();
    await page.goto(`${base}#/skills`);
    await page.waitForSelector('[data-testid="skills-matrix"] [role="gridcell"]', { timeout: 300_000 });

    const matrixMs: number[] = [];
    const heatMapMs: number[] = [];
    const trainingMs: number[] = [];
    for (let i = 0; i < MOVES; i++) {
      matrixMs.push(await moveAndTime(page, '#/skills', '[data-testid="skills-matrix"] [role="gridcell"]'));
      heatMapMs.push(await moveAndTime(page, '#/skills/targets', 'table[aria-label="Targets by unit and skill"] button'));
      trainingMs.push(await moveAndTime(page, `#/skills/training?unit=${biggest[0]}`, 'table[aria-label="Needs by person"] tbody tr'));
    }
    await moveAndTime(page, '#/skills/targets', 'table[aria-label="Targets by unit and skill"] button');
    const [rows, cols] = await page.evaluate(() => {
      const table = document.querySelector('table[aria-label="Targets by unit and skill"]');
      return [table?.querySelectorAll('tbody tr').length ?? 0, table?.querySelectorAll('thead th').length ?? 0];
    });
    await page.goto(`${base}#/skills/training?unit=${biggest[0]}`);
    const needs = await page.waitForFunction(() => document.querySelectorAll('table[aria-label="Needs by person"] tbody tr').length || false, undefined, { timeout: 300_000 });
    const needRows = (await needs.jsonValue()) as number;
    await context.close();

    return [
      { name: 'targets_count', value: created, unit: 'targets' },
      { name: 'targets_heatmap_rows', value: rows, unit: 'rows' },
      { name: 'targets_heatmap_columns', value: Math.max(0, cols - 1), unit: 'columns' },
      { name: 'targets_matrix_cold_usable_ms', value: cold.matrix, unit: 'ms' },
      { name: 'targets_heatmap_cold_usable_ms', value: cold.heatmap, unit: 'ms' },
      { name: 'training_needs_cold_usable_ms', value: cold.training, unit: 'ms' },
      { name: 'targets_matrix_back_in_tab_median_ms', value: Math.round(median(matrixMs)), unit: 'ms' },
      { name: 'targets_heatmap_in_tab_median_ms', value: Math.round(median(heatMapMs)), unit: 'ms' },
      { name: 'targets_heatmap_in_tab_max_ms', value: Math.round(Math.max(...heatMapMs)), unit: 'ms' },
      { name: 'training_needs_unit_people', value: biggest[1], unit: 'people' },
      { name: 'training_needs_rows_shown', value: needRows, unit: 'rows' },
      { name: 'training_needs_in_tab_median_ms', value: Math.round(median(trainingMs)), unit: 'ms' },
      { name: 'training_needs_in_tab_max_ms', value: Math.round(Math.max(...trainingMs)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
