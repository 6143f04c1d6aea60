/**
 * Importing plans as people write them (issue 11), acted out in the tab as a team owner: a plan without
 * statuses shows "Not yet assessed" from the preview to the table, the report and the Overview; a 5 MB file
 * is read in the background while the page answers clicks, and refused for its row count; a picture renamed
 * .csv is refused at once; every error of a row is listed and can be downloaded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openAs, REPO_ROOT, screenshot, startApp, type RunningApp } from './support';

jest.setTimeout(300_000);

const WESTBROOK = path.join(REPO_ROOT, 'tests/fixtures/westbrook-2024-27-action-plan.csv');
const NORTHSHIRE = path.join(REPO_ROOT, 'tests/fixtures/northshire-2020-23-action-plan.csv');
const WESTBROOK_TITLE = 'Westbrook Technician Commitment Plan 2026-29';

let app: RunningApp;
let browser: Browser;
let page: Page;
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'import-files-'));

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await openAs(browser, `${app.url}#/actions/import`, 'owner@demo.local');
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(files, { recursive: true, force: true });
});

async function choose(label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens the import page afresh with `file` chosen for a new plan. */
async function startImport(file: string, title: string): Promise<void> {
  await page.goto(`${app.url}#/actions`);
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import a plan' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('radio', { name: 'A new plan' }).check();
  await page.getByLabel('Plan title').fill(title);
  await page.getByLabel('Institution').fill('Westbrook University');
}

describe('a plan whose statuses are blank', () => {
  let planId: string;

  it('says in the preview how many have no status, and imports them as "Not yet assessed"', async () => {
    await startImport(WESTBROOK, WESTBROOK_TITLE);
    // Later than every demo plan, so the Overview shows this one.
    await page.getByLabel('Period start').fill('2026-09-01');
    await page.getByLabel('Period end').fill('2029-08-31');
    await choose('Status scheme', 'Red/Amber/Green');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByText('Match your columns (10 rows found').waitFor();
    await page.getByText(/From the file name “westbrook-2024-27-action-plan”, this plan runs 1 Aug 2024 – 31 Jul 2027/).waitFor();
    // The objective is the action; the column of actions under it holds its tasks: neither is dropped.
    expect(await page.getByRole('combobox', { name: 'Field for column Objective' }).innerText()).toContain('Task / action');
    expect(await page.getByRole('combobox', { name: 'Field for column Actions' }).innerText()).toContain('Main tasks');
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^5 new, 0 to update, 0 already there \(skipped\), 4 theme headings\. 3 without a status: imported as “Not yet assessed”, not as a colour\./).waitFor();
    await page.getByText(/^Row 4 · Objective: Row 4 has no task, reference or status of its own, so it is read as the rest of row 3/).waitFor();
    await screenshot(page, 'import-preview-not-assessed');
    await page.getByRole('button', { name: 'Import 5 new, update 0' }).click();
    await page.getByText(/5 actions added/).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Open the plan' }).click();
    planId = new URLSearchParams(page.url().split('?')[1]).get('plan') ?? '';
    expect(planId).not.toBe('');
  });

  it('shows them as "Not yet assessed" in the table', async () => {
    const table = page.getByRole('table').first();
    await table.getByRole('link', { name: 'Make technical roles visible to students' }).waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Make technical roles visible to students' });
    expect(await row.innerText()).toContain('Not yet assessed');
    const greenRow = table.getByRole('row').filter({ hasText: 'Recognition of teaching by technicians' });
    expect(await greenRow.innerText()).toContain('Green');
  });

  it('counts them apart in the report, with a section of their own', async () => {
    await page.goto(`${app.url}#/actions/plans/${planId}/report`);
    const summary = page.getByRole('table', { name: 'Summary' });
    await summary.waitFor();
    const headers = await summary.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Theme', 'Red', 'Amber', 'Green', 'Completed', 'Not yet assessed', 'Total']);
    const total = await summary.getByRole('row').filter({ hasText: 'All actions' }).getByRole('cell').allInnerTexts();
    expect(total).toEqual(['All actions', '0', '1', '1', '0', '3', '5']);
    await page.getByRole('table', { name: 'Not yet assessed actions' }).getByText('Reward technical contributions').waitFor();
    await screenshot(page, 'import-report-not-assessed');
  });

  it('shows them grey and counted apart on the Overview', async () => {
    await page.goto(`${app.url}#/`);
    const card = page.getByTestId('overview-plan');
    await card.getByText(WESTBROOK_TITLE).waitFor();
    const bars = card.getByRole('definition');
    const labels = await card.locator('dt').allInnerTexts();
    expect(labels).toEqual(['Red', 'Amber', 'Green', 'Complete (Blue)', 'Not yet assessed']);
    expect(await bars.allInnerTexts()).toEqual(['0', '1', '1', '0', '3']);
    await screenshot(page, 'import-overview-not-assessed');
  });
});

describe('a workbook of several sheets, its themes in words', () => {
  it('offers every sheet, and lets the person change what a theme word means before importing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['Northshire University: how we wrote this plan']);
    const sheet = workbook.addWorksheet('Action plan');
    for (const row of Papa.parse<string[]>(fs.readFileSync(NORTHSHIRE, 'utf8')).data.filter((r) => r.some((c) => c !== ''))) sheet.addRow(row);
    const xlsx = path.join(files, 'northshire-2020-23.xlsx');
    await workbook.xlsx.writeFile(xlsx);

    await startImport(xlsx, 'Northshire Action Plan 2020-23');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByText('Match your columns (7 rows found in sheet “Action plan” of northshire-2020-23.xlsx)').waitFor();
    await page.getByRole('combobox', { name: 'Sheet' }).click();
    await page.getByRole('option', { name: /^Cover — Sheet “Cover” has column headings/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText(/^6 new, 0 to update/).waitFor();
    const words = page.getByRole('table', { name: 'Themes in your file' });
    expect(await words.getByRole('row').filter({ hasText: 'All themes' }).innerText()).toContain('Visibility, Recognition, Career Development, Sustainability');
    await words.getByRole('combobox', { name: 'Themes for “development”' }).click();
    // A multi-select Fluent dropdown offers its options as menu item checkboxes.
    await page.getByRole('menuitemcheckbox', { name: 'Recognition', exact: true }).click();
    await page.keyboard.press('Escape');
    const rows = page.getByRole('table', { name: 'Rows of the file' });
    await rows.getByRole('row').filter({ hasText: 'Create a career pathway' }).getByText('Career Development, Recognition').waitFor();
    await screenshot(page, 'import-theme-words');
    await page.getByRole('button', { name: 'Import 6 new, update 0' }).click();
    await page.getByText(/6 actions added/).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Open the plan' }).click();
    await page.getByRole('link', { name: 'Create a career pathway for technical staff' }).click();
    await page.getByRole('region', { name: 'Details' }).getByText('Career Development, Recognition').waitFor();
  });
});

describe('big and bad files', () => {
  it('reads a 5 MB file in the background, answering clicks meanwhile, and refuses its 26,592 rows', async () => {
    const big = path.join(files, 'big.csv');
    const rows = Array.from({ length: 26_592 }, (_, i) => `B${i},"Action number ${i}: ${'words to make the row as long as a real one '.repeat(4)}",Visibility,G`);
    fs.writeFileSync(big, `Reference,Action,Theme,Status\n${rows.join('\n')}\n`);
    expect(fs.statSync(big).size).toBeGreaterThan(5_000_000);
    await startImport(big, 'A very big file');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('progressbar', { name: 'Reading the file' }).waitFor();
    // While the worker reads, the page answers: a field can be typed in and reads back what was typed.
    await page.getByLabel('Institution').fill('Typed while reading');
    expect(await page.getByLabel('Institution').inputValue()).toBe('Typed while reading');
    expect(await page.getByRole('progressbar', { name: 'Reading the file' }).count()).toBe(1);
    await page.getByText('This file can’t be imported').waitFor({ timeout: 60_000 });
    await page.getByText('"big.csv" has 26,592 rows; an import reads at most 5,000. A plan has tens of actions: check this is the plan, or split the file.').waitFor();
  });

  it('refuses a picture renamed .csv at once (and warns of a plan title already taken)', async () => {
    const png = path.join(files, 'plan.csv');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await startImport(png, WESTBROOK_TITLE.toUpperCase());
    await page.getByText(`A plan called “${WESTBROOK_TITLE}” is already here. Give this one another title so people can tell the two apart.`).waitFor();
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByText('This file can’t be imported').waitFor();
    await page.getByText('"plan.csv" is a PNG picture: this is not a CSV or Excel file. Save the plan from Excel as .xlsx or .csv and choose it again.').waitFor();
    expect(await page.getByText(/rows found/).count()).toBe(0);
  });

  it('lists every error of a row, and downloads them all as a report', async () => {
    const bad = path.join(files, 'three-errors.csv');
    fs.writeFileSync(bad, 'Action reference,TALENT reference,Tasks/Action,Target date,Status\n1.1,R19,Run a survey of technicians,31/02/2023,Purple\n1.2,R2,Publish the results,Q3 2025,G\n');
    await startImport(bad, 'Plan with three errors in a row');
    await page.getByRole('button', { name: 'Next: match columns' }).click();
    await page.getByRole('button', { name: 'Next: preview' }).click();
    await page.getByText('Nothing will be imported until these are fixed').waitFor();
    const every = page.getByRole('list', { name: 'Every problem' });
    expect(await every.getByRole('listitem').allInnerTexts()).toEqual([
      'Row 2 · TALENT reference: "R19" is not a TALENT recommendation; expected R1 to R16.',
      'Row 2 · Target date: "31/02/2023" is not a day that exists; write it as day/month/year, like 31/07/2024.',
      'Row 2 · Status: "Purple" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the error report (CSV)' }).click()]);
    const saved = path.join(files, download.suggestedFilename());
    await download.saveAs(saved);
    const report = Papa.parse<string[]>(fs.readFileSync(saved, 'utf8').trim()).data;
    expect(report.map((r) => r.slice(0, 3))).toEqual([
      ['Row', 'Column', 'Cell as written'],
      ['2', 'TALENT reference', 'R19'],
      ['2', 'Target date', '31/02/2023'],
      ['2', 'Status', 'Purple'],
    ]);
  });
});
