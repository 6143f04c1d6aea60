/**
 * The action-plan tracker in a real browser, acting as a steering-group member would: add an action, move
 * it to Red (which asks why), read its history, import De Montfort's plan from its own CSV (twice: the
 * second import adds nothing), carry it forward into the next plan, and download the self-assessment report
 * as Excel and Word, reading both files back. Screenshots land in test-artifacts/screenshots.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, openAs, REPO_ROOT, screenshot, seriousA11yViolations, startApp, type RunningApp } from './support';

// Starting and seeding the app and the steps below take longer than jest's default 5 s.
jest.setTimeout(300_000);

const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/dmu-2021-24-action-plan.csv');
const HERTS_FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/herts-2018-21-action-plan.csv');
const LEEDS_FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/leeds-2021-24-action-plan.csv');
const IMPORTED_TITLE = 'DMU Action Plan 2021-24 (imported)';

let app: RunningApp;
let browser: Browser;
let page: Page;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'actions-downloads-'));

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await openAs(browser, `${app.url}#/actions`, 'owner@demo.local');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(downloads, { recursive: true, force: true });
});

/** Reads list items through the local Graph server as the owner. */
async function graphItems(list: string, filter?: string): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  const url = new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items`, app.url);
  url.searchParams.set('$expand', 'fields');
  if (filter) url.searchParams.set('$filter', filter);
  url.searchParams.set('$top', '999');
  const response = await fetch(url, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
  if (!response.ok) throw new Error(`GET ${url} → ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: { id: string; fields: Record<string, unknown> }[] }).value;
}

/** Picks an option of the Fluent dropdown or combobox with this label. */
async function choose(scope: Page | ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * No serious axe findings in the page's main area. Tabster's focus sentinels (`<i data-tabster-dummy
 * aria-hidden tabindex=0>`, which Fluent's TabList adds to move focus in and out) trip `aria-hidden-focus`
 * by design; each such finding is checked to be one of them and nothing else.
 */
async function expectAccessible(p: Page): Promise<void> {
  const violations = [];
  for (const v of await seriousA11yViolations(p, 'main')) {
    const sentinels = await Promise.all(v.targets.map((t) => p.evaluate((sel) => document.querySelector(sel)?.hasAttribute('data-tabster-dummy') ?? false, t)));
    if (!(v.id === 'aria-hidden-focus' && sentinels.every(Boolean))) violations.push(v);
  }
  expect(violations).toEqual([]);
}

async function save(download: Download, name: string): Promise<string> {
  const file = path.join(downloads, name);
  await download.saveAs(file);
  return file;
}

/** Graph requests the page makes while `work` runs (the local server counts each sub-request of a $batch too). */
async function countGraphRequests(work: () => Promise<void>): Promise<{ requests: number; batches: number; seconds: number }> {
  let requests = 0;
  let batches = 0;
  const listener = (request: { url(): string }) => {
    if (!request.url().includes('/graph/v1.0/')) return;
    requests += 1;
    if (request.url().endsWith('/$batch')) batches += 1;
  };
  page.on('request', listener);
  const started = Date.now();
  try {
    await work();
  } finally {
    page.off('request', listener);
  }
  return { requests, batches, seconds: (Date.now() - started) / 1000 };
}

describe('the action plan', () => {
  it('shows the current plan as a table, a board and a timeline', async () => {
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    await page.getByRole('table', { name: /^Actions of / }).waitFor();
    await screenshot(page, 'actions-table');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Board' }).click();
    await page.getByRole('region', { name: /^Red \(\d+\)$/ }).waitFor();
    await screenshot(page, 'actions-board');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('region', { name: /^20\d\d \(\d+\)$/ }).first().waitFor();
    await page.getByRole('tab', { name: 'Table' }).click();
  });

  it('reaches the table from the filters by keyboard and opens an action with Enter', async () => {
    const table = page.getByRole('table', { name: /^Actions of / });
    const first = table.getByRole('link').first();
    const title = await first.innerText();
    await page.getByRole('combobox', { name: 'Group by' }).focus();
    // The sortable column headers come first (Ref, Action, Owners, When, Status), then the actions.
    for (const header of ['Ref', 'Action', 'Owners', 'When', 'Status']) {
      await page.keyboard.press('Tab');
      expect(await table.getByRole('columnheader', { name: header }).evaluate((th) => th.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Tab');
    expect(await first.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
    await page.goBack();
    await table.waitFor();
  });

  it('groups the table by status and filters it to my actions', async () => {
    await choose(page, 'Group by', 'Status');
    const table = page.getByRole('table', { name: /^Actions of / });
    await table.getByRole('cell', { name: /^Red \(\d+\)$/ }).waitFor();
    await choose(page, 'Group by', 'No grouping');

    const me = (await page.getByText(/ · Team owner$/).innerText()).replace(/ · Team owner$/, '');
    await page.getByRole('tab', { name: 'My actions' }).click();
    const owners = await table.locator('tbody tr td:nth-child(5)').allInnerTexts();
    expect(owners.length).toBeGreaterThan(0);
    for (const cell of owners) expect(cell).toContain(me);
    await page.getByRole('tab', { name: 'Table' }).click();
  });

  it('sorts the table by status and by target date, with the mouse or the keyboard, and back again', async () => {
    const table = page.getByRole('table', { name: /^Actions of / });
    const planTitle = (await table.getAttribute('aria-label'))!.replace(/^Actions of /, '');
    // What each action's status is, as stored (the table shows the plan's own word for it).
    const plans = await graphItems('Action Plans');
    const planId = plans.find((p) => p.fields.Title === planTitle)!.id;
    const rag = new Map((await graphItems('Actions', `fields/PlanLookupId eq ${planId}`)).map((a) => [String(a.fields.Title), String(a.fields.RagStatus)]));
    const order = ['Red', 'Amber', 'Green', 'Complete'];
    const titles = () => table.locator('tbody tr td:nth-child(2) a').allInnerTexts();
    const ranks = async () => (await titles()).map((t) => order.indexOf(rag.get(t) ?? ''));

    const status = table.getByRole('columnheader', { name: 'Status' });
    await status.getByRole('button').click();
    expect(await status.getAttribute('aria-sort')).toBe('ascending');
    const up = await ranks();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(new Set(up).size).toBeGreaterThan(1);
    // Enter on the focused header reverses it.
    await status.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await status.getAttribute('aria-sort')).toBe('descending');
    const down = await ranks();
    expect(down).toEqual([...up].sort((a, b) => b - a));

    const when = table.getByRole('columnheader', { name: 'When' });
    await when.getByRole('button').focus();
    await page.keyboard.press('Space');
    expect(await when.getAttribute('aria-sort')).toBe('ascending');
    expect(await status.getAttribute('aria-sort')).toBe('none');
    const cells = await table.locator('tbody tr td:nth-child(6)').allInnerTexts();
    const dated = (c: string) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(c.trim());
    const days = cells.filter(dated).map((c) => Date.parse(`${c.trim()} UTC`));
    expect(days.length).toBeGreaterThan(1);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Dated actions first; those with only a timeframe (or nothing) after them.
    const firstUndated = cells.findIndex((c) => !dated(c));
    if (firstUndated >= 0) expect(cells.slice(firstUndated).some(dated)).toBe(false);
    await screenshot(page, 'actions-sorted-by-date');
    await page.reload();
    await table.waitFor();
  });

  it('adds an action, refusing it first without a task', async () => {
    await page.getByRole('button', { name: 'Add action' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reference').fill('16.9');
    await dialog.getByLabel('Short title').fill('Technician voice survey');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.getByText('Describe the task: what will be done.').waitFor();

    await dialog.getByLabel('Task / action').fill('Run a yearly survey of technicians and report the results to the Steering Group.');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Technician voice survey' }).waitFor();
    // Nobody has judged it yet: it is not assessed, never Amber by default.
    await page.locator('tr', { hasText: 'Technician voice survey' }).getByText('Not yet assessed').first().waitFor();
  });

  it('moves it to Red only with an explanation, and shows the history', async () => {
    await page.getByRole('link', { name: 'Technician voice survey' }).click();
    await page.getByRole('heading', { level: 1, name: '16.9 Technician voice survey' }).waitFor();
    await choose(page, 'New status', 'Red');
    await page.getByRole('button', { name: 'Update status' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.getByText('Why is 16.9 Red?').waitFor();
    await ask.getByRole('button', { name: 'Mark as Red' }).click();
    await ask.getByText('Write why the action is Red before saving.').waitFor();

    await ask.getByLabel('Explanation').fill('No survey tool licence this year; asked IT for one.');
    await ask.getByRole('button', { name: 'Mark as Red' }).click();
    await page.getByText('Why it is Red').waitFor();

    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(/changed 16\.9 from Not yet assessed to Red on/).waitFor();
    await history.getByText('No survey tool licence this year; asked IT for one.').waitFor();
    await history.getByText(/added 16\.9 on/).waitFor();
    await screenshot(page, 'actions-action-page');
    await expectAccessible(page);
  });

  it('shows a concurrent change instead of overwriting it', async () => {
    const other = await openAs(browser, page.url(), 'owner@demo.local');
    await other.getByRole('heading', { level: 1, name: '16.9 Technician voice survey' }).waitFor();
    await other.getByLabel('Findings / evidence').fill('Survey drafted with the Steering Group.');
    await other.getByRole('button', { name: 'Save evidence' }).click();
    await other.getByRole('region', { name: 'History' }).getByText(/updated the evidence of 16\.9/).waitFor();
    await other.context().close();

    await page.getByLabel('Findings / evidence').fill('My own evidence text.');
    await page.getByRole('button', { name: 'Save evidence' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this action' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Compare' }).click();
    await notice.getByRole('cell', { name: 'Survey drafted with the Steering Group.' }).waitFor();
    await notice.getByRole('row', { name: 'Findings / evidence — Survey drafted with the Steering Group. My own evidence text.' }).waitFor();
    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('region', { name: 'History' }).getByText(/updated the evidence of 16\.9/).waitFor();
  });
});

describe('editing an action in place', () => {
  it('checks each field before saving and records what changed', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByLabel('Reference').fill('Survey');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText('"Survey" is not a reference; use a number like 1.1 or letters and a number like CD7.').waitFor();

    await details.getByLabel('Reference').fill('16.9');
    await details.getByLabel('Year / timeframe').fill('2025/26');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByRole('button', { name: 'Edit details' }).waitFor();
    await details.getByText('2025/26').waitFor();
    await page.getByRole('region', { name: 'History' }).getByText(/edited the timeframe of 16\.9 on/).waitFor();

    // Every column the seeds' plans use, as a steering group fills them in.
    const seedColumns: [string, string][] = [
      ['Main tasks', 'Choose a survey tool; agree questions with the TCWG'],
      ['Outcome / impact / benefit', 'Technicians’ views shape the next plan'],
      ['Success measures', 'Response rate above 40%'],
      ['Owners by role', 'SRO, TCWG'],
      ['Project group', 'Technician Voice group'],
    ];
    await details.getByRole('button', { name: 'Edit details' }).click();
    for (const [label, value] of seedColumns) await details.getByLabel(label).fill(value);
    await details.getByLabel('Target date').fill('2026-07-31');
    await details.getByRole('combobox', { name: 'TALENT recommendations' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^R11: / }).click();
    await page.keyboard.press('Escape');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByRole('button', { name: 'Edit details' }).waitFor();
    for (const [, value] of seedColumns.filter(([label]) => label !== 'Owners by role')) await details.getByText(value).waitFor();
    await details.getByText(/SRO, TCWG$/).waitFor();
    await details.getByText('31 Jul 2026').waitFor();
    await details.getByText(/^R11: Employers of technical staff, publishers and other sector bodies/).waitFor();
    await page.getByRole('region', { name: 'History' }).getByText(/edited main tasks, the outcome, success measures, the target date, TALENT references, owner roles, the project group of 16\.9/).waitFor();
  });

  it('keeps the Red explanation editable, never blank while the action is Red', async () => {
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Edit details' }).click();
    const why = details.getByLabel('Why it is Red');
    expect(await why.inputValue()).toBe('No survey tool licence this year; asked IT for one.');
    await why.fill('');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByText('Explain why this action is Red: the self-assessment asks for a reason for every Red.').waitFor();
    await why.fill('IT will buy the licence in January.');
    await details.getByRole('button', { name: 'Save changes' }).click();
    await details.getByRole('button', { name: 'Edit details' }).waitFor();
    await page.getByText('Why it is Red', { exact: true }).waitFor();
    expect(await page.getByText('Why it is Red', { exact: true }).locator('..').innerText()).toContain('IT will buy the licence in January.');
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(/edited why it is Red of 16\.9 on/).waitFor();
    await history.getByText('IT will buy the licence in January.').waitFor();
  });
});

describe('plans', () => {
  it('starts a plan from nothing and changes its details, its own themes and pillars offered to actions', async () => {
    await page.goto(`${app.url}#/actions`);
    await page.getByRole('button', { name: 'New plan' }).click();
    let dialog = page.getByRole('dialog');
    // Text, date and dropdown fields are one height, whatever messages their neighbours show.
    await dialog.getByLabel('Plan title').waitFor();
    const heights = await dialog.evaluate((d) => [...d.querySelectorAll('.fui-Input, .fui-Dropdown')].map((e) => Math.round(e.getBoundingClientRect().height)));
    expect(heights.length).toBe(6);
    expect(new Set(heights).size).toBe(1);
    await dialog.getByLabel('Plan title').fill('Hertfordshire Action Plan 2021-23');
    await dialog.getByLabel('Institution').fill('University of Hertfordshire');
    await choose(dialog, 'Status scheme', 'Delayed/In progress/Completed');
    await dialog.getByRole('button', { name: 'Start plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('0 actions · University of Hertfordshire').waitFor();
    await page.getByText(/Stage 1 \(24-month plan\) · Delayed\/In progress\/Completed/).waitFor();

    await page.getByRole('button', { name: 'Plan details' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Plan’s own themes').fill('Technical Staff Wellbeing\nOngoing actions');
    await dialog.getByLabel('Strategy pillars').fill('Student Success\nResearch Excellence');
    await dialog.getByRole('button', { name: 'Save plan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add action' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reference').fill('W1');
    await dialog.getByLabel('Short title').fill('Wellbeing resources');
    await dialog.getByLabel('Task / action').fill('Make available a pool of wellbeing resources tailored to technical staff.');
    await dialog.getByRole('combobox', { name: 'Themes' }).click();
    // Multi-select options are checkboxes to assistive technology.
    await page.getByRole('menuitemcheckbox', { name: 'Technical Staff Wellbeing' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('combobox', { name: 'Strategy alignment' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Student Success' }).click();
    await page.keyboard.press('Escape');
    await choose(dialog, 'Status', 'In progress');
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Wellbeing resources' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('Technical Staff Wellbeing').waitFor();
    await details.getByText('Student Success').waitFor();
    await page.getByRole('heading', { level: 1, name: 'W1 Wellbeing resources' }).waitFor();
    await page.getByText('In progress', { exact: true }).first().waitFor();

    // With an action in its words, the plan keeps its status scheme.
    await page.goBack();
    await page.getByRole('button', { name: 'Plan details' }).click();
    expect(await page.getByRole('dialog').getByRole('combobox', { name: 'Status scheme' }).isDisabled()).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  });

  it('records a status change with its evidence link, refusing a link that is not a web address', async () => {
    await page.getByRole('link', { name: 'Wellbeing resources' }).click();
    const panel = page.getByRole('region', { name: 'Update status and evidence' });
    await choose(panel, 'New status', 'Completed');
    await panel.getByLabel('Evidence link (optional)').fill('the Teams folder');
    await panel.getByRole('button', { name: 'Update status' }).click();
    await panel.getByText('The evidence link must be a web address starting with https:// (got "the Teams folder").').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    expect(await history.getByText(/changed W1/).count()).toBe(0);

    await panel.getByLabel('Evidence link (optional)').fill('https://uh.sharepoint.com/sites/tc/wellbeing');
    await panel.getByLabel('Note for the history (optional)').fill('Resources published on the intranet.');
    await panel.getByRole('button', { name: 'Update status' }).click();
    await history.getByText(/changed W1 from In progress to Completed on/).waitFor();
    await history.getByRole('link', { name: 'Evidence: https://uh.sharepoint.com/sites/tc/wellbeing' }).waitFor();
    await history.getByText('Resources published on the intranet.').waitFor();
  });
});

describe('importing a plan from the institution’s own CSV', () => {
  it('suggests the mapping, previews 21 new actions and writes them all', async () => {
    await page.goto(`${app.url}#/actions/import`);
    await page.getByRole('heading', { level: 1, name: 'Import a plan' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Plan title').fill(IMPORTED_TITLE);
    await page.getByLabel('Institution').fill('De Montfort University');
    await page.getByLabel('Period start').fill('2021-09-01');
    await page.getByLabel('Period end').fill('2024-08-31');
    await page.getByRole('button', { name: 'Next: match columns' }).click();

    await page.getByText('Match your columns (21 rows found').waitFor();
    expect(await page.getByRole('combobox', { name: 'Field for column Tasks/Action' }).innerText()).toContain('Task / action');
    expect(await page.getByRole('combobox', { name: 'Field for column The Empowering University Strategy' }).innerText()).toContain('Strategy alignment');
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^21 new, 0 to update, 0 already there/).waitFor();

    const measured = await countGraphRequests(async () => {
      await page.getByRole('button', { name: 'Import 21 new, update 0' }).click();
      await page.getByText('Import finished').waitFor({ timeout: 60_000 });
    });
    console.log(`import_21_rows: ${measured.seconds.toFixed(2)} s, ${measured.requests} Graph requests (${measured.batches} $batch)`);
    await page.getByText(/21 actions added, 0 updated, 0 already there/).waitFor();
  });

  it('creates no duplicates when the same file is imported again', async () => {
    await page.goto(`${app.url}#/actions`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a plan' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);
    await page.getByRole('radio', { name: 'A plan already here' }).check();
    await choose(page, 'Plan', IMPORTED_TITLE);
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^0 new, 0 to update, 21 already there \(skipped\)/).waitFor();
    expect(await page.getByRole('button', { name: /^Import 0 new/ }).isDisabled()).toBe(true);
    await page.getByText('Everything in this file is already in the plan').waitFor();
  });
});

describe('importing other institutions’ plans', () => {
  it('refuses a file with bad cells, naming each row and column, and writes nothing', async () => {
    const bad = path.join(downloads, 'dmu-with-errors.csv');
    fs.writeFileSync(bad, fs.readFileSync(FIXTURE, 'utf8').replace('R3.,', 'R19.,').replace(/,B,Empowering People\/ Digital/, ',Purple,Empowering People/ Digital'));
    await page.goto(`${app.url}#/actions`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Plan title').fill('Plan with errors');
    await page.getByLabel('Institution').fill('De Montfort University');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText('Nothing will be imported until these are fixed').waitFor();
    await page.getByText('Row 4 · TALENT reference: "R19." is not a TALENT recommendation; expected R1 to R16.').waitFor();
    await page.getByText(/^Row 12 · Status: "Purple" is not a status of this plan/).waitFor();
    expect(await page.getByRole('button', { name: /^Import 19 new/ }).isDisabled()).toBe(true);
  });

  it("imports Hertfordshire's phased plan from Excel, its section headings becoming themes", async () => {
    // Hertfordshire's table as an .xlsx, title line and heading rows included, as a lead would save it.
    const rows = Papa.parse<string[]>(fs.readFileSync(HERTS_FIXTURE, 'utf8')).data.filter((r) => r.some((c) => c !== ''));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Action plan');
    for (const row of rows) sheet.addRow(row);
    const xlsx = path.join(downloads, 'herts-2018-21-action-plan.xlsx');
    await workbook.xlsx.writeFile(xlsx);

    await page.goto(`${app.url}#/actions`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('input[type=file]').setInputFiles(xlsx);
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Plan title').fill('Hertfordshire Action Plan 2018-2021');
    await page.getByLabel('Institution').fill('University of Hertfordshire');
    await page.getByLabel('Period start').fill('2018-06-01');
    await page.getByLabel('Period end').fill('2021-05-31');
    await choose(page, 'Status scheme', 'Delayed/In progress/Completed');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByText('Match your columns (39 rows found').waitFor();
    expect(await page.getByRole('combobox', { name: 'Field for column Phase 2 (Jun 2018 - May 2019)' }).innerText()).toContain('Phase');
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^33 new, 0 to update, 0 already there \(skipped\), 6 theme headings\. New plan themes: Ongoing Actions, Technical Staff Wellbeing\./).waitFor();
    await page.getByRole('button', { name: 'Import 33 new, update 0' }).click();
    await page.getByText(/33 actions added/).waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Open the plan' }).click();
    await page.getByRole('tab', { name: 'Board' }).click();
    for (const column of ['Delayed (1)', 'Not started (0)', 'In progress (1)', 'Completed (1)', 'Not yet assessed (30)']) await page.getByRole('region', { name: column }).waitFor();

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('radio', { name: 'Phase / timeframe' }).check();
    for (const phase of [/^Phase 2 \(\d+\)$/, /^Phase 3 \(\d+\)$/]) await page.getByRole('region', { name: phase }).waitFor();
    await screenshot(page, 'actions-timeline-phases');
  });

  it("imports Leeds' plan copied from Word, joining the rows a page break split off", async () => {
    await page.goto(`${app.url}#/actions`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('input[type=file]').setInputFiles(LEEDS_FIXTURE);
    await page.getByRole('radio', { name: 'A new plan' }).check();
    await page.getByLabel('Plan title').fill('Leeds 36-month Action Plan 2021-24 (imported)');
    await page.getByLabel('Institution').fill('University of Leeds');
    await page.getByLabel('Period start').fill('2021-04-01');
    await page.getByLabel('Period end').fill('2024-03-31');
    await choose(page, 'Status scheme', 'Red/Amber/Green');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByText('Match your columns (35 rows found').waitFor();
    expect(await page.getByRole('combobox', { name: 'Field for column Link to TC' }).innerText()).toContain('Theme with reference');
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^27 new, 0 to update, 0 already there \(skipped\), 0 theme headings\. 27 without a status: imported as “Not yet assessed”/).waitFor();
    await page.getByText(/^Row 9 · Action: Row 9 has no task, reference or status of its own, so it is read as the rest of row 8/).waitFor();
    await screenshot(page, 'actions-import-preview-leeds');
    await page.getByRole('button', { name: 'Import 27 new, update 0' }).click();
    await page.getByText(/27 actions added/).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Open the plan' }).click();
    // Leeds' long timeframes wrap in their column: at 1280 px the Status column stays in view.
    const table = page.getByRole('table', { name: /^Actions of Leeds/ });
    await table.waitFor();
    const status = await table.getByRole('columnheader', { name: 'Status' }).boundingBox();
    expect(status!.x + status!.width).toBeLessThanOrEqual(1280);
    expect(await table.evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0))).toBe(true);
    await screenshot(page, 'actions-leeds-1280');
    await page.getByRole('link', { name: 'Celebrate good news and achievements via social media and website' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('Recognition, Visibility').waitFor();
    await details.getByText('V6').waitFor();

    // A second reference is kept and found: "CD1" sat on a row of its own below "Recognition (R7)".
    await page.goBack();
    await page.getByRole('search', { name: 'Filter actions' }).getByLabel('Find').fill('CD1');
    await page.getByRole('link', { name: 'Support for Professional Registration' }).waitFor();
    expect(await page.getByRole('table').first().getByRole('link').count()).toBe(1);
  });
});

describe('the next plan and the self-assessment report', () => {
  let oldPlanUrl: string;

  it('carries forward everything not complete and closes the old plan', async () => {
    await page.goto(`${app.url}#/actions`);
    await choose(page, 'Plan', IMPORTED_TITLE);
    await page.getByText('21 actions · De Montfort University').waitFor();
    oldPlanUrl = page.url();
    await page.getByRole('button', { name: 'Start next plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start the next plan' }).waitFor();
    // De Montfort's plan: 11 Blue (complete), 7 Green, 3 Amber → 10 carry forward.
    await page.getByText('Actions to carry forward (10 of 21)').waitFor();
    expect(await page.getByLabel('Plan title').inputValue()).toBe('DMU Action Plan 2024-27 (imported)');
    const measured = await countGraphRequests(async () => {
      await page.getByRole('button', { name: 'Start plan and carry forward 10 actions' }).click();
      await page.getByText('10 actions · De Montfort University').waitFor({ timeout: 60_000 });
    });
    console.log(`carry_forward_10_actions: ${measured.seconds.toFixed(2)} s, ${measured.requests} Graph requests (${measured.batches} $batch), new plan's page shown`);

    await page.getByRole('link', { name: /^Ensure Team Leaders and Managers/ }).click();
    await page.getByRole('region', { name: 'History' }).getByText(/1\.1 carried forward from "DMU Action Plan 2021-24 \(imported\)"/).waitFor();
    const origin = page.getByRole('region', { name: 'Details' }).getByRole('link', { name: /^1\.1 Ensure Team Leaders and Managers/ });
    await page.getByText(`in ${IMPORTED_TITLE}`).waitFor();
    await origin.click();
    await page.getByText('This plan is closed').waitFor();
  });

  it('keeps the old plan read-only, pointing to where each action continues', async () => {
    await page.goto(oldPlanUrl);
    await page.getByText('Closed: read only').waitFor();
    expect(await page.getByRole('button', { name: 'Add action' }).count()).toBe(0);
    await page.getByRole('link', { name: /^Ensure Team Leaders and Managers/ }).click();
    await page.getByText('This plan is closed').waitFor();
    await page.getByRole('link', { name: '1.1 in the new plan' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
  });

  it('shows the report with its chart and downloads it as Excel and Word that read back', async () => {
    await page.goto(oldPlanUrl);
    await page.getByRole('button', { name: 'Self-assessment report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Self-assessment report' }).waitFor();
    await page.getByRole('img', { name: /^Actions by theme and status/ }).waitFor();
    await page.getByText('21 actions, 52% blue').waitFor();
    await screenshot(page, 'actions-report');
    await expectAccessible(page);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (Excel)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await save(xlsxDownload, 'report.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Red actions', 'Amber actions', 'Carried forward', 'Evidence']);
    const summary = workbook.getWorksheet('Summary')!;
    expect(summary.getRow(1).values).toEqual([undefined, 'Theme', 'Red', 'Amber', 'Green', 'Blue', 'Not yet assessed', 'Total']);
    expect(summary.getRow(summary.rowCount).values).toEqual([undefined, 'All actions', 0, 3, 7, 11, 0, 21]);
    expect(workbook.getWorksheet('Carried forward')!.rowCount).toBe(11);
    const evidence = workbook.getWorksheet('Evidence')!;
    expect(evidence.getRow(2).getCell(1).value).toBe('1.1');
    expect(String(evidence.getRow(2).getCell(4).value)).toMatch(/^Examples include: ADH-Shadowing/);

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (Word)' }).click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync(await save(docxDownload, 'report.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('DMU Action Plan 2021-24 (imported): RAG analysis');
    expect(text).toContain('Carried forward');
    expect(text).toContain('Actions carried forward into the next plan.');
    expect(text).toMatch(/Seek academic representatives to support the value of Technicians/);
  });

  it("lists every Red action with its explanation, in the plan's own words", async () => {
    await page.goto(`${app.url}#/actions`);
    await choose(page, 'Plan', 'De Montfort University Technician Commitment 36-month Action Plan 2024-27');
    await page.getByRole('button', { name: 'Self-assessment report' }).click();
    const red = page.getByRole('table', { name: 'Red actions' });
    await red.getByRole('cell', { name: /^Funding for a dedicated Technical Lead post was not approved/ }).waitFor();
    const rows = await red.locator('tbody tr').count();
    await page.getByText(new RegExp(`^Every action marked Red, with the explanation`)).waitFor();
    expect(await red.getByRole('cell', { name: 'No explanation given yet' }).count()).toBe(0);
    expect(rows).toBeGreaterThan(0);

    await page.goto(`${app.url}#/actions`);
    await choose(page, 'Plan', 'University of Hertfordshire Technician Commitment Action Plan 2018-21 (closed)');
    await page.getByRole('button', { name: 'Self-assessment report' }).click();
    const delayed = page.getByRole('table', { name: 'Delayed actions' });
    await delayed.locator('tbody tr').first().waitFor();
    await page.getByRole('table', { name: 'Summary' }).getByRole('columnheader', { name: 'Not started' }).waitFor();
  });

  it('exports the plan itself as CSV with the headers import reads', async () => {
    await page.goto(oldPlanUrl);
    await page.getByRole('button', { name: 'Export plan' }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Plan as CSV' }).click()]);
    const text = fs.readFileSync(await save(csv, 'plan.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFAction reference,Title,Themes,TALENT reference,Tasks/Action,Main tasks,Outcome,Success measures,Timeframe,Target date,Status,RAG status,Why Red,Owners,Project group,Strategy alignment,Findings/Evidence');
    expect(text).toContain('15.3');

    await page.getByRole('button', { name: 'Export plan' }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Plan as Excel (.xlsx)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await save(xlsx, 'plan.xlsx'));
    const sheet = workbook.getWorksheet('Action plan')!;
    expect(sheet.rowCount).toBe(22);
    expect(sheet.getRow(2).getCell(1).value).toBe('1.1');
    expect(sheet.getRow(2).getCell(16).value).toBe('Empowering People; Learning for Life');
  });
});

describe('a plan exported and imported again', () => {
  it('changes nothing, people named as owners included', async () => {
    await page.goto(`${app.url}#/actions`);
    await choose(page, 'Plan', 'De Montfort University Technician Commitment 36-month Action Plan 2024-27');
    // The count is read once this plan's rows are on screen, not the previous plan's figure.
    await page.getByRole('link', { name: 'Incentives and flexible engagement' }).waitFor();
    const count = Number(/^(\d+) actions/.exec(await page.getByText(/^\d+ actions · De Montfort University$/).innerText())![1]);
    await page.getByRole('button', { name: 'Export plan' }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Plan as CSV' }).click()]);
    const file = await save(csv, 'dmu-2024-27-plan.csv');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/Olivia Owen; SRO/);

    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    expect(await page.getByRole('radio', { name: 'A plan already here' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(new RegExp(`^0 new, 0 to update, ${count} already there \\(skipped\\)`)).waitFor();
  });
});

describe('as a visitor', () => {
  it('reads the plan and its actions without any way to change them', async () => {
    const visitor = await openAs(browser, `${app.url}#/actions`, 'visitor@demo.local');
    expect(await visitor.getByRole('button', { name: 'New plan' }).count()).toBe(0);
    await visitor.getByRole('combobox', { name: 'Plan' }).click();
    await visitor.getByRole('option', { name: /36-month Action Plan 2024-27$/ }).click();
    await visitor.getByRole('table', { name: /^Actions of / }).waitFor();
    expect(await visitor.getByRole('button', { name: 'Add action' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Import' }).count()).toBe(0);
    await visitor.getByRole('table', { name: /^Actions of / }).getByRole('link').first().click();
    await visitor.getByRole('region', { name: 'History' }).waitFor();
    await visitor.getByText('You can read this action but not change it').waitFor();
    expect(await visitor.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Update status' }).count()).toBe(0);

    await visitor.goto(`${app.url}#/actions/import`);
    await visitor.getByText('Only team members and owners can import a plan. Ask a team owner to make you a member.').waitFor();
    await visitor.context().close();
  });
});

describe('a link to an action that is not there', () => {
  it('says so once the lists are confirmed, with the way back to the plan', async () => {
    // A link from a card or a chat to an action deleted since (or never made): no endless spinner.
    const visitor = await openAs(browser, `${app.url}#/actions/987654`, 'visitor@demo.local');
    await visitor.getByText('No such action').waitFor();
    await visitor.getByText('It may have been deleted from SharePoint. Go back to the plan to see its actions now.').waitFor();
    await visitor.goto(`${app.url}#/actions/plans/987654/report`);
    await visitor.getByText('No such plan').waitFor();
    await visitor.context().close();
  });
});
