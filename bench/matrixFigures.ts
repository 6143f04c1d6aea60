/**
 * The skills matrix's interaction figures, through the real page in Chromium: a filter changed
 * with the real control, timed from the control's input event to the first frame painted after
 * the grid shows the new result; and horizontal scrolling (frames per second while the matrix is
 * scrolled sideways every frame). Used by the engine bench (after Overview → Skills) and by
 * `npm run bench:matrix`, which seeds Liverpool scale and measures only these.
 */
import type { Page } from 'playwright-core';
import type { BenchFigure } from './run';

/**
 * Arms the page to time the next filter change: from the input event on the control (its click,
 * which is what React acts on, or a dropdown option's) to the frame painted after the grid's first commit that
 * changes it. Watches the page, not one grid element, so a grid React replaces is still seen; a
 * change that leaves the grid as it was answers -1 after 5 s instead of waiting for ever. `void`:
 * `page.evaluate` awaits a promise the expression returns, and arming must not wait for the click
 * (that wait is what made the earlier probe time out before its click and report -1).
 */
const ARM = `void (window.__benchFilter = new Promise((resolve) => {
  setTimeout(() => resolve(-1), 10000);
  const gridOf = (node) => (node instanceof Element ? node : node.parentElement)?.closest('[data-testid="skills-matrix"]');
  let t0;
  const start = () => {
    if (t0 !== undefined) return;
    t0 = performance.now();
    const observer = new MutationObserver((records) => {
      const touched = records.some((r) => gridOf(r.target) || [...r.addedNodes, ...r.removedNodes].some((n) => n instanceof Element && (n.matches('[data-testid="skills-matrix"]') || n.querySelector('[data-testid="skills-matrix"]'))));
      if (!touched) return;
      observer.disconnect();
      // rAF runs before the frame is painted; a message posted from it is handled once it has been.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
  };
  // React answers a checkbox's click (not its later input event), so the click on the control starts the clock.
  const onClick = (e) => { if (e.target instanceof Element && e.target.closest('[role="option"], [role="menuitemcheckbox"], [role="switch"], input')) start(); };
  document.addEventListener('click', onClick, { capture: true });
  for (const type of ['input', 'change']) document.addEventListener(type, start, { capture: true, once: true });
  setTimeout(() => document.removeEventListener('click', onClick, { capture: true }), 5000);
}))`;

/** What the grid shows now: rows × columns and how many cells in the DOM are dimmed. */
async function gridSummary(page: Page): Promise<string> {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="skills-matrix"]');
    if (!grid) return 'no grid';
    return `${grid.getAttribute('data-rows')} rows × ${grid.getAttribute('data-cols')} columns`;
  });
}

/** One filter change through `act` (a click on a real control); milliseconds to the painted frame, or -1. */
async function timeChange(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(ARM);
  await act();
  return (await page.evaluate('window.__benchFilter')) as number;
}

/** Frames per second while the matrix is scrolled sideways by 40 px every frame for two seconds. */
async function scrollFps(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const grid = document.querySelector('[data-testid="skills-matrix"]');
    const scroller = [grid, ...grid.querySelectorAll('*')].find((e) => e.scrollWidth > e.clientWidth + 100 && getComputedStyle(e).overflowX !== 'visible');
    let frames = 0; let direction = 1; const start = performance.now();
    const step = () => {
      frames++;
      if (scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 5) direction = -1;
      if (scroller.scrollLeft <= 0) direction = 1;
      scroller.scrollLeft += 40 * direction;
      if (performance.now() - start < 2000) requestAnimationFrame(step); else resolve(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(step);
  })`)) as number;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return -1;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The matrix figures on a page showing `#/skills` with the grid drawn. Filters: the "Validated
 * only" switch, and the Units dropdown (one unit chosen, then none), each on and off six times.
 */
export async function matrixFigures(page: Page, log: (line: string) => void = (line) => console.error(line)): Promise<BenchFigure[]> {
  const validatedMs: number[] = [];
  const validated = page.getByRole('switch', { name: 'Validated only' });
  for (let i = 0; i < 12; i++) {
    const ms = await timeChange(page, () => validated.click());
    log(`matrix: "Validated only" ${i % 2 === 0 ? 'on' : 'off'}: ${ms.toFixed(1)} ms → ${await gridSummary(page)}`);
    if (ms >= 0) validatedMs.push(ms);
  }

  const unitMs: number[] = [];
  const units = page.getByRole('combobox', { name: 'Units' });
  for (let i = 0; i < 12; i++) {
    await units.click();
    // The same unit is chosen, then cleared (Fluent's multi-select Dropdown offers menuitemcheckbox options).
    const option = page.getByRole('menuitemcheckbox').nth(Math.floor(i / 2) % 5);
    const ms = await timeChange(page, () => option.click());
    await page.keyboard.press('Escape');
    log(`matrix: unit filter ${i % 2 === 0 ? 'chosen' : 'cleared'}: ${ms.toFixed(1)} ms → ${await gridSummary(page)}`);
    if (ms >= 0) unitMs.push(ms);
  }

  const fps: number[] = [];
  for (let i = 0; i < 3; i++) fps.push(await scrollFps(page));
  const [rows, cols] = await page.evaluate(() => {
    const grid = document.querySelector('[data-testid="skills-matrix"]');
    return [Number(grid?.getAttribute('data-rows')), Number(grid?.getAttribute('data-cols'))];
  });
  const all = [...validatedMs, ...unitMs];
  return [
    { name: 'matrix_people', value: rows, unit: 'rows' },
    { name: 'matrix_skills', value: cols, unit: 'columns' },
    { name: 'matrix_filter_to_frame_median_ms', value: round(median(all)), unit: 'ms' },
    { name: 'matrix_filter_to_frame_max_ms', value: round(all.length ? Math.max(...all) : -1), unit: 'ms' },
    { name: 'matrix_filter_changes_measured', value: all.length, unit: 'changes' },
    { name: 'matrix_validated_only_to_frame_median_ms', value: round(median(validatedMs)), unit: 'ms' },
    { name: 'matrix_unit_filter_to_frame_median_ms', value: round(median(unitMs)), unit: 'ms' },
    { name: 'matrix_horizontal_scroll_fps', value: round(median(fps)), unit: 'fps' },
  ];
}
