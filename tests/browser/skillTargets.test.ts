/**
 * Competency targets, training needs and mentoring in a real browser: a team owner sets a target,
 * sees the gap in the heat map and exports it; a technician finds a mentor for a skill they want to
 * develop; a member reaches their own profile from "My skills".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, type RunningApp } from './support';

const OWNER = 'owner@demo.local';
const MEMBER = 'member@demo.local';
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-downloads-'));

interface Item {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

async function items(app: RunningApp, list: string, filter?: string): Promise<Item[]> {
  const url = new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items`, app.url);
  url.searchParams.set('$expand', 'fields');
  if (filter) url.searchParams.set('$filter', filter);
  url.searchParams.set('$top', '999');
  const response = await fetch(url, { headers: { Authorization: `Bearer dev:${OWNER}` } });
  if (!response.ok) throw new Error(`GET ${url} → ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: Item[] }).value;
}

/** Creates an item acting as `upn`, as the tab or a script would. */
async function create(app: RunningApp, upn: string, list: string, fields: Record<string, unknown>): Promise<Item> {
  const url = new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items`, app.url);
  const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer dev:${upn}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ fields }) });
  if (!response.ok) throw new Error(`POST ${url} → ${response.status} ${await response.text()}`);
  return (await response.json()) as Item;
}

async function save(download: Download, name: string): Promise<string> {
  const file = path.join(downloads, name);
  await download.saveAs(file);
  return file;
}

const base = (app: RunningApp): string => app.url.replace(/#.*$/, '');

describe('competency targets, training needs and mentors', () => {
  let app: RunningApp;
  let browser: Browser;
  let people: Item[];
  let member: Item;
  let unitName: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    people = await items(app, 'People');
    member = people.find((p) => String(p.fields.Email).toLowerCase() === MEMBER)!;
    unitName = String((await items(app, 'Units')).find((u) => u.id === String(member.fields.UnitLookupId))?.fields.Title);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('lets a team owner set a target, shows the gap in the heat map with its reason, and exports it to Excel', async () => {
    await create(app, OWNER, 'Skills', { Title: 'Cryo-EM grid preparation', Category: 'Technique' });
    const page = await openAs(browser, base(app), OWNER);
    try {
      await page.goto(`${base(app)}#/skills/targets`);
      const form = page.getByRole('form', { name: 'Set a target' });
      await form.waitFor({ timeout: 60_000 });
      await form.getByLabel('Unit').selectOption({ label: unitName });
      await form.getByRole('combobox', { name: 'Skill' }).fill('Cryo-EM');
      await page.getByRole('option', { name: /Cryo-EM grid preparation/ }).click();
      await form.getByLabel('Minimum level').selectOption('3');
      await form.getByLabel('People needed').fill('2');
      await form.getByRole('button', { name: 'Save target' }).click();
      await page.locator('.fui-ToastTitle', { hasText: 'Target saved' }).waitFor();

      // The gap, in the heat map (words, not colour alone) and in the table with its reason.
      const cell = page.getByRole('button', { name: `${unitName}, Cryo-EM grid preparation: Not met · 2 short` });
      await cell.waitFor();
      await cell.click();
      const why = page.getByRole('region', { name: 'Why' });
      expect(await why.textContent()).toMatch(new RegExp(`Not met\\. ${unitName} needs 2 people at Expert \\(3\\) or above in Cryo-EM grid preparation: nobody of its \\d+ (person|people) is at that level \\(2 people short\\)\\.`));
      const row = page.getByRole('table', { name: 'Targets and their gaps' }).getByRole('row', { name: /Cryo-EM grid preparation/ });
      expect(await row.getByRole('cell').nth(3).textContent()).toBe('Not met');
      await screenshot(page, 'skills-targets');
      await expectNoSeriousA11yViolations(page, 'main');

      // It is stored in the Skill Targets list, so it shows in SharePoint too.
      const stored = (await items(app, 'Skill Targets')).find((t) => t.fields.PeopleNeeded === 2 && t.fields.MinLevel === 3 && String(t.fields.UnitLookupId) === String(member.fields.UnitLookupId));
      expect(stored).toBeDefined();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export gaps (Excel)' }).click()]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await save(download, 'gaps.xlsx'));
      expect(book.worksheets.map((s) => s.name)).toEqual(['Gaps against targets', 'Heat map']);
      const gaps = book.getWorksheet('Gaps against targets')!;
      expect(gaps.getRow(1).values).toEqual([undefined, 'Unit / role', 'Skill', 'Minimum level', 'People needed', 'Holding it', 'Securely', 'Short by', 'Status', 'Why']);
      const exported = (gaps.getSheetValues() as unknown[][]).find((r) => r?.[2] === 'Cryo-EM grid preparation');
      expect(exported?.slice(1, 9)).toEqual([unitName, 'Cryo-EM grid preparation', '3 · Expert', 2, 0, 0, 2, 'Not met']);
    } finally {
      await page.context().close();
    }
  });

  it('does not offer setting targets to a member, and says who can', async () => {
    const page = await openAs(browser, base(app), MEMBER);
    try {
      await page.goto(`${base(app)}#/skills/targets`);
      await page.getByText('Only a team owner sets competency targets; ask one to add or change a target.').waitFor({ timeout: 60_000 });
      expect(await page.getByRole('form', { name: 'Set a target' }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
    // Not only the tab: SharePoint gives members Read on Skill Targets (docs/rights.md).
    const skill = (await items(app, 'Skills'))[0];
    const url = new URL('/graph/v1.0/sites/root/lists/Skill%20Targets/items', app.url);
    const refused = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer dev:${MEMBER}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ fields: { SkillLookupId: Number(skill.id), MinLevel: 2, PeopleNeeded: 1 } }) });
    expect(refused.status).toBe(403);
  });

  it('lets a technician find a mentor for a skill they want to develop: validated at the top level, their own unit first', async () => {
    const skill = await create(app, OWNER, 'Skills', { Title: 'Atomic force microscopy', Category: 'Technique' });
    // A colleague in the member's unit and someone in another unit, each validated at 4 by their line manager.
    const byId = new Map(people.map((p) => [p.id, p]));
    const managed = (p: Item) => p.id !== member.id && p.fields.LineManagerLookupId && byId.get(String(p.fields.LineManagerLookupId))?.fields.Email;
    const colleague = people.find((p) => managed(p) && String(p.fields.UnitLookupId) === String(member.fields.UnitLookupId))!;
    const farAway = people.find((p) => managed(p) && p.fields.UnitLookupId && String(p.fields.UnitLookupId) !== String(member.fields.UnitLookupId))!;
    for (const mentor of [farAway, colleague]) {
      await create(app, String(mentor.fields.Email), 'Skill Ratings', { PersonLookupId: Number(mentor.id), SkillLookupId: Number(skill.id), Source: 'Self', Level: 4 });
      const manager = byId.get(String(mentor.fields.LineManagerLookupId))!;
      await create(app, String(manager.fields.Email), 'Skill Ratings', { PersonLookupId: Number(mentor.id), SkillLookupId: Number(skill.id), Source: 'Manager', Level: 4, LastReviewed: '2026-06-01' });
    }
    // Someone rated 4 by themselves only: not offered as a mentor.
    const unvalidated = people.find((p) => p.id !== member.id && p.id !== colleague.id && p.id !== farAway.id && p.fields.Email)!;
    await create(app, String(unvalidated.fields.Email), 'Skill Ratings', { PersonLookupId: Number(unvalidated.id), SkillLookupId: Number(skill.id), Source: 'Self', Level: 4 });
    await create(app, MEMBER, 'Skill Ratings', { PersonLookupId: Number(member.id), SkillLookupId: Number(skill.id), Source: 'Self', Level: 1, WantsToDevelop: true });

    const page = await openAs(browser, base(app), MEMBER);
    try {
      await page.goto(`${base(app)}#/skills`);
      await page.getByRole('navigation', { name: 'Skills pages' }).getByRole('link', { name: 'Find a mentor' }).click({ timeout: 60_000 });
      const card = page.locator('[aria-label="Atomic force microscopy"]');
      await card.waitFor();
      const mentors = card.getByRole('list', { name: 'Mentors' }).getByRole('listitem');
      const names = await mentors.getByRole('link').allTextContents();
      expect(names).toEqual([String(colleague.fields.Title), String(farAway.fields.Title)]);
      expect(await mentors.first().textContent()).toContain(`4 · Can train others, validated by ${String(byId.get(String(colleague.fields.LineManagerLookupId))!.fields.Title)} on 1 Jun 2026; in your unit (${unitName}).`);
      expect(names).not.toContain(String(unvalidated.fields.Title));
      await screenshot(page, 'skills-find-a-mentor');
      await expectNoSeriousA11yViolations(page, 'main');

      // Their own profile is one click away from every skills page.
      await page.getByRole('navigation', { name: 'Skills pages' }).getByRole('link', { name: 'My skills' }).click();
      await page.waitForURL(new RegExp(`#/people/${member.id}$`));
      await page.getByRole('heading', { level: 1, name: String(member.fields.Title) }).waitFor({ timeout: 60_000 });
    } finally {
      await page.context().close();
    }
  });

  it("reports a unit's training needs with who could train them, as Excel and Word", async () => {
    const page = await openAs(browser, base(app), OWNER);
    try {
      await page.goto(`${base(app)}#/skills/training`);
      await page.getByLabel('Unit').selectOption({ label: unitName }, { timeout: 60_000 });
      const bySkill = page.getByRole('table', { name: 'Skills needed' });
      const cryo = bySkill.getByRole('row', { name: /Cryo-EM grid preparation/ });
      await cryo.waitFor();
      // Everyone in the unit is below the target's level; nobody can train them yet.
      expect(await cryo.getByRole('cell').last().textContent()).toBe('Nobody validated at the top level');
      const afm = bySkill.getByRole('row', { name: /Atomic force microscopy/ });
      expect(await afm.getByRole('cell').nth(3).textContent()).toContain(String(member.fields.Title));

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download (Excel)' }).click()]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await save(xlsx, 'training.xlsx'));
      expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Skills needed', 'Needs by person']);
      expect(book.getWorksheet('Summary')!.getCell('A1').value).toBe(`Training needs: ${unitName}`);

      const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download (Word)' }).click()]);
      const zip = await JSZip.loadAsync(fs.readFileSync(await save(docx, 'training.docx')));
      const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
      expect(text).toContain(`Training needs: ${unitName}`);
      expect(text).toContain('Atomic force microscopy');
      await screenshot(page, 'skills-training-needs');
    } finally {
      await page.context().close();
    }
  });
});
