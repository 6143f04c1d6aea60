/**
 * The skills matrix in a real browser, as technicians and managers use it: rating your own skill,
 * being refused (and told why) when changing a colleague's, validating as a line manager, finding
 * who can do something, and the heat map at Liverpool scale (650 people × 300 skills).
 */
import type { Browser, Page } from 'playwright-core';
import { siteDateOf } from '../../src/domain/siteDates';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, type RunningApp } from './support';

/** A Leaving Dates item as Graph returns it: who wrote it is its createdBy. */
type LeavingItem = { id: string; fields: Record<string, unknown>; createdBy?: { user?: { email?: string } } };

const MEMBER = 'member@demo.local';

/** Reads list items through the local Graph server as the owner (ids the tests navigate to). */
async function items(app: RunningApp, list: string, filter?: string): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  const url = new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items`, app.url);
  url.searchParams.set('$expand', 'fields');
  if (filter) url.searchParams.set('$filter', filter);
  url.searchParams.set('$top', '999');
  const response = await fetch(url, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
  if (!response.ok) throw new Error(`GET ${url} → ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: { id: string; fields: Record<string, unknown> }[] }).value;
}

/** Creates a list item through the local Graph server acting as `upn` (as the tab or a script would). */
async function graph(app: RunningApp, upn: string, method: 'POST', list: string, fields: Record<string, unknown>): Promise<{ id: string }> {
  const url = new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items`, app.url);
  const response = await fetch(url, { method, headers: { Authorization: `Bearer dev:${upn}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ fields }) });
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

async function personByEmail(app: RunningApp, email: string): Promise<{ id: string; name: string; managerId?: string }> {
  const [item] = await items(app, 'People', `fields/Email eq '${email}'`);
  if (!item) throw new Error(`No People item for ${email}`);
  return { id: item.id, name: String(item.fields.Title), managerId: item.fields.LineManagerLookupId as string | undefined };
}

/** Waits for a toast (its title; the live region repeats the words for screen readers). */
async function toast(page: Page, title: string): Promise<void> {
  await page.locator('.fui-ToastTitle', { hasText: title }).waitFor();
}

async function openProfile(page: Page, app: RunningApp, personId: string): Promise<void> {
  await page.goto(`${app.url.replace(/#.*$/, '')}#/people/${personId}`);
  await page.getByRole('heading', { level: 2, name: /skills/i }).first().waitFor({ timeout: 60_000 });
}

describe('skills at demo scale', () => {
  let app: RunningApp;
  let browser: Browser;
  let member: { id: string; name: string; managerId?: string };
  let manager: { email: string; name: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    member = await personByEmail(app, MEMBER);
    const item = (await items(app, 'People')).find((p) => p.id === member.managerId);
    manager = { email: String(item?.fields.Email), name: String(item?.fields.Title) };
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets a technician rate their own skill in place, and keeps it', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(page, app, member.id);
      const picker = page.getByLabel('Your level in HPLC method development');
      const before = await picker.inputValue();
      const next = before === '2' ? '3' : '2';
      await picker.selectOption(next);
      await toast(page, 'Rating saved');
      await screenshot(page, 'skills-profile-own');
      await expectNoSeriousA11yViolations(page, 'main');

      await page.reload();
      await openProfile(page, app, member.id);
      expect(await page.getByLabel('Your level in HPLC method development').inputValue()).toBe(next);
    } finally {
      await page.context().close();
    }
  });

  it('lets a technician note a skill they want to develop, which their profile then lists', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(page, app, member.id);
      const wants = page.getByRole('list', { name: 'Skills to develop' });
      expect(await wants.getByText('Autoclave operation').count()).toBe(0);
      // The tick shows once SharePoint has saved it, so click rather than check (which expects an instant change).
      await page.getByRole('checkbox', { name: 'I want to develop Autoclave operation' }).click();
      await toast(page, 'Rating saved');
      await wants.getByText('Autoclave operation').waitFor();
      await page.getByText(`Line manager: ${manager.name}`).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('does not offer changing a colleague’s ratings, says why, and SharePoint refuses the change made directly', async () => {
    const colleagues = await items(app, 'People', `fields/LineManagerLookupId eq ${member.managerId}`);
    const colleague = colleagues.find((p) => p.id !== member.id) as { id: string; fields: Record<string, unknown> };
    const colleagueName = String(colleague.fields.Title);
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(page, app, colleague.id);
      expect(await page.getByLabel(/^Your level in/).count()).toBe(0);
      const explanation = `You can only change your own ratings; ${colleagueName}’s manager, ${manager.name}, can validate them.`;
      await page.getByTestId('rights-note').getByText(explanation).waitFor();

      await screenshot(page, 'skills-profile-refused');

      // SharePoint's item-level write refuses the change made directly, outside the tab.
      const [rating] = await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${colleague.id}`);
      const status = await page.evaluate(
        async ([base, id]) => {
          const response = await fetch(`${base}graph/v1.0/sites/root/lists/Skill%20Ratings/items/${id}/fields`, {
            method: 'PATCH',
            headers: { Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json' },
            body: JSON.stringify({ Level: 4 }),
          });
          return { status: response.status, code: ((await response.json()) as { error?: { code?: string } }).error?.code };
        },
        [app.url.replace(/#.*$/, ''), rating.id],
      );
      expect(status).toEqual({ status: 403, code: 'accessDenied' });
      const [after] = await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${colleague.id}`).then((all) => all.filter((r) => r.id === rating.id));
      expect(after.fields.Level).toBe(rating.fields.Level);
    } finally {
      await page.context().close();
    }
  });

  it('lets the line manager validate a team member’s rating', async () => {
    const page = await openAs(browser, app.url, manager.email);
    try {
      await openProfile(page, app, member.id);
      await page.getByText(`You are ${member.name}’s line manager`).waitFor();
      const row = page.locator('tr[data-skill="HPLC method development"]');
      const own = await row.locator('td').nth(1).innerText();
      const level = own.trim().slice(0, 1);
      await page.getByLabel(`Validated level of ${member.name} in HPLC method development`).selectOption(level);
      await page.getByRole('button', { name: `Validate HPLC method development for ${member.name}` }).click();
      await toast(page, `Validated for ${member.name}`);
      await row.getByText(/by .+ on \d{1,2} [A-Z][a-z]{2} \d{4}/).waitFor();
      await screenshot(page, 'skills-profile-validated');
    } finally {
      await page.context().close();
    }

    const memberPage = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(memberPage, app, member.id);
      await memberPage.locator('tr[data-skill="HPLC method development"]').getByText(/by .+ on \d{1,2} [A-Z][a-z]{2} \d{4}/).waitFor();
    } finally {
      await memberPage.context().close();
    }
  });

  it('finds who can do a skill by typing part of its name, best first', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/who`);
      const box = page.getByRole('combobox', { name: 'Skill' });
      await box.click();
      await box.fill('confocal');
      await page.getByRole('option', { name: /Confocal microscope/ }).click();
      await page.getByText(/\d+ (people|person) can do Confocal microscope/).waitFor();
      const table = page.getByTestId('ranked-people');
      const levels = (await table.locator('tbody tr td:nth-child(4)').allInnerTexts()).map((t) => Number(t.trim().slice(0, 1)));
      expect(levels.length).toBeGreaterThan(0);
      expect(levels).toEqual([...levels].sort((a, b) => b - a));
      expect((await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).every((unit) => unit.trim() !== '')).toBe(true);
      await screenshot(page, 'skills-who-can-do');
      await expectNoSeriousA11yViolations(page, 'main');

      // The skill's own page: how many people at each level, and who they are.
      await page.getByRole('status').getByRole('link', { name: 'Confocal microscope' }).click();
      await page.getByRole('heading', { level: 1, name: 'Confocal microscope' }).waitFor();
      const atLevels = await page.getByRole('region', { name: 'People at each level' }).innerText();
      expect(atLevels).toMatch(/3 · Expert\s+\d+/);
      expect(await page.getByRole('table', { name: 'People rated in Confocal microscope' }).locator('tbody tr').count()).toBeGreaterThanOrEqual(levels.length);
    } finally {
      await page.context().close();
    }
  });

  it('shows the gaps with the reason for each', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/gaps`);
      await page.getByRole('heading', { name: /Single points of failure/ }).waitFor({ timeout: 60_000 });
      await page.getByText(/is rated Expert or above in Scanning electron microscope \(SEM\): a single point of failure/).first().waitFor();
      await screenshot(page, 'skills-gaps');
    } finally {
      await page.context().close();
    }
  });

  it('lets the line manager set an expected leaving date, which the gaps then count, and refuses the technician', async () => {
    const leaving = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    // Shown in the tab's one date style ("30 Apr 2027"), on the skills pages as everywhere else.
    const [y, m, d] = leaving.split('-').map(Number);
    const shown = `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
    // People is owner-written once provisioned (docs/rights.md): a line manager who is a site owner
    // records it — Peter Novak (steering group, so a team owner) for Gareth Evans, an expert.
    const gareth = await personByEmail(app, 'gareth.evans@demo.local');
    const [peopleBefore] = await items(app, 'People', `fields/Email eq 'gareth.evans@demo.local'`);
    const page = await openAs(browser, app.url, 'peter.novak@demo.local');
    try {
      await openProfile(page, app, gareth.id);
      const field = page.getByLabel('Expected leaving date');
      await field.fill(leaving);
      await page.getByRole('button', { name: 'Save date' }).click();
      await toast(page, `Expected leaving date set to ${shown}`);
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/gaps`);
      await page.getByLabel('Experts expected to leave').getByText(`${gareth.name} (${shown})`).first().waitFor({ timeout: 60_000 });
      await page.getByLabel('Leaving within').selectOption('24');
      await page.getByLabel('Experts expected to leave').getByText(/expected to leave within 24 months/).first().waitFor();
    } finally {
      await page.context().close();
    }
    // Recorded in Leaving Dates, written by the line manager (whose entries alone count).
    const recorded = (await items(app, 'Leaving Dates', `fields/PersonLookupId eq ${gareth.id}`)) as unknown as LeavingItem[];
    expect(recorded.map((e) => ({ day: siteDateOf(String(e.fields.LeavingDate), 'Europe/London'), by: e.createdBy?.user?.email }))).toEqual([{ day: leaving, by: 'peter.novak@demo.local' }]);

    const own = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(own, app, member.id);
      // The technician's own profile offers no leaving date; SharePoint refuses it made directly (People is owner-written).
      expect(await own.getByLabel('Expected leaving date').count()).toBe(0);
      const status = await own.evaluate(
        async ([base, id]) => {
          const response = await fetch(`${base}graph/v1.0/sites/root/lists/People/items/${id}/fields`, {
            method: 'PATCH',
            headers: { Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json' },
            body: JSON.stringify({ ExpectedLeavingDate: '2030-01-01' }),
          });
          return response.status;
        },
        [app.url.replace(/#.*$/, ''), member.id],
      );
      expect(status).toBe(403);
    } finally {
      await own.context().close();
    }
    // The People list itself is left as it was (owner-written: the technician's attempt was refused).
    const [after] = await items(app, 'People', `fields/Email eq 'gareth.evans@demo.local'`);
    expect(after.fields.ExpectedLeavingDate).toEqual(peopleBefore.fields.ExpectedLeavingDate);
  });

  it('lets a line manager who is not a team owner record a leaving date, and does not count one the technician adds themselves', async () => {
    const leaving = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const page = await openAs(browser, app.url, manager.email);
    try {
      await openProfile(page, app, member.id);
      expect(await page.getByTestId('leaving-note').count()).toBe(0);
      await page.getByLabel('Expected leaving date').fill(leaving);
      await page.getByRole('button', { name: 'Save date' }).click();
      await page.getByText(/^Expected leaving date set to /).first().waitFor();
    } finally {
      await page.context().close();
    }
    // The technician adds an entry about themselves straight through Graph: SharePoint lets them
    // (Contribute), the hub does not count it — only their line manager's entries do.
    await graph(app, MEMBER, 'POST', 'Leaving Dates', { Title: 'mine', PersonLookupId: Number(member.id), LeavingDate: '2040-01-01' });
    const again = await openAs(browser, app.url, manager.email);
    try {
      await openProfile(again, app, member.id);
      await again.waitForFunction((expected) => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === expected, leaving);
      await screenshot(again, 'skills-leaving-by-manager');
    } finally {
      await again.context().close();
    }
  });

  it('tells a member the catalogue is kept by owners, and SharePoint refuses a skill added directly', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/catalogue`);
      await page.getByText('The skills catalogue is kept by the team’s owners: ask one of them to add, change or retire a skill.').waitFor({ timeout: 60_000 });
      expect(await page.getByLabel('New skill').count()).toBe(0);
      const status = await page.evaluate(async (base) => {
        const response = await fetch(`${base}graph/v1.0/sites/root/lists/Skills/items`, {
          method: 'POST',
          headers: { Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { Title: 'Sneaky skill', Category: 'Equipment' } }),
        });
        return response.status;
      }, app.url.replace(/#.*$/, ''));
      expect(status).toBe(403);
    } finally {
      await page.context().close();
    }
  });

  it('lets a technician record when the certificate for a compliance skill expires', async () => {
    const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await openProfile(page, app, member.id);
      await page.getByLabel('Certificate expiry for COSHH assessment').fill(expiry);
      await toast(page, 'Rating saved');
      await page.locator('tr[data-skill="COSHH assessment"]').getByText('Expires soon').waitFor();
      await page.reload();
      await openProfile(page, app, member.id);
      expect(await page.getByLabel('Certificate expiry for COSHH assessment').inputValue()).toBe(expiry);
    } finally {
      await page.context().close();
    }
  });

  it('adds a skill in a new category and marks it as needed by a unit, which the gaps then report', async () => {
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/catalogue`);
      await page.getByLabel('New skill').fill('Glovebox operation', { timeout: 60_000 });
      const category = page.getByRole('combobox', { name: 'Category' });
      await category.fill('Containment');
      await page.getByRole('textbox', { name: 'Description' }).fill('Working in an inert-atmosphere glovebox.');
      await page.getByRole('button', { name: 'Add skill' }).click();
      await toast(page, 'Added “Glovebox operation”');
      const row = page.getByRole('row', { name: /Glovebox operation/ });
      await row.getByText('Containment').waitFor();

      await page.getByRole('button', { name: 'Edit Glovebox operation' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Needed by units' }).click();
      // A multi-select dropdown lists its choices as checkable menu items.
      await page.getByRole('menuitemcheckbox', { name: 'Leicester School of Pharmacy' }).click();
      await dialog.getByRole('heading', { name: 'Edit “Glovebox operation”' }).click();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await toast(page, 'Saved “Glovebox operation”');
      await row.getByText('Leicester School of Pharmacy').waitFor();
      await screenshot(page, 'skills-catalogue-edited');

      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/gaps`);
      await page
        .getByLabel('Units without a skill they need')
        .getByText(/Leicester School of Pharmacy rates Glovebox operation as needed, but none of its \d+ people are rated Practitioner or above\./)
        .waitFor({ timeout: 60_000 });
      const categories = await page.getByRole('list', { name: 'Coverage by category' }).getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(categories).toContain('Containment: 0 practised, 0 with two or more experts of 1');
      const byUnit = await page.getByRole('list', { name: 'Needed skills covered by unit' }).getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(byUnit.find((l) => l.startsWith('Leicester School of Pharmacy: '))).toMatch(/^Leicester School of Pharmacy: (\d+) needed skills covered of (\d+)$/);
    } finally {
      await page.context().close();
    }
  });

  it('merges a duplicate skill into the original without losing its ratings, and finds it by its old name', async () => {
    const created = await graph(app, 'owner@demo.local', 'POST', 'Skills', { Title: 'Confocal-microscope', Category: 'Equipment' });
    const rated = await graph(app, MEMBER, 'POST', 'Skill Ratings', { PersonLookupId: member.id, SkillLookupId: created.id, Source: 'Self', Level: 3 });
    const original = (await items(app, 'Skills')).find((k) => k.fields.Title === 'Confocal microscope');
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/catalogue`);
      await page.getByText('Likely duplicates: “Confocal microscope” and “Confocal-microscope”.').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Merge duplicates…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('status').getByText(/^Merge “Confocal-microscope” into “Confocal microscope”: 1 rating move or improve, 0 lower or older kept on the retired skill\.$/).waitFor();
      await dialog.getByRole('button', { name: 'Merge' }).click();
      await toast(page, 'Skills merged');
      await page.getByRole('switch', { name: 'Show retired skills' }).check();
      await page.getByRole('row', { name: /Confocal-microscope/ }).getByText('Merged into Confocal microscope').waitFor();

      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/who`);
      const box = page.getByRole('combobox', { name: 'Skill' });
      await box.fill('Confocal-micro');
      await page.getByRole('option', { name: /merged into confocal microscope/ }).click();
      await page.getByTestId('ranked-people').getByRole('link', { name: member.name }).waitFor();
    } finally {
      await page.context().close();
    }
    const [moved] = (await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${member.id}`)).filter((r) => r.id === rated.id);
    expect(moved.fields.SkillLookupId).toBe(original?.id);
    expect(moved.fields.Level).toBe(3);
  });

  it('retires a skill: it leaves the matrix and search, its ratings are kept', async () => {
    const created = await graph(app, 'owner@demo.local', 'POST', 'Skills', { Title: 'Cyanotype printing', Category: 'Technique' });
    const rated = await graph(app, MEMBER, 'POST', 'Skill Ratings', { PersonLookupId: member.id, SkillLookupId: created.id, Source: 'Self', Level: 2 });
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/catalogue`);
      await page.getByRole('button', { name: 'Retire Cyanotype printing' }).click({ timeout: 60_000 });
      // A Fluent dialog (the new Teams client does not support window.confirm), in plain grammar.
      const ask = page.getByRole('alertdialog', { name: 'Retire “Cyanotype printing”?' });
      expect(await ask.textContent()).toContain('It leaves the matrix and search; its 1 rating is kept.');
      await ask.getByRole('button', { name: 'Retire' }).click();
      await toast(page, 'Retired “Cyanotype printing”');
      expect(await page.getByRole('row', { name: /Cyanotype printing/ }).count()).toBe(0);
      await page.getByRole('switch', { name: 'Show retired skills' }).check();
      expect(await page.getByRole('row', { name: /Cyanotype printing/ }).getByRole('cell').allInnerTexts()).toEqual(['Cyanotype printing', 'Technique', 'All units', '', '1', 'Retired', '']);
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/who`);
      await page.getByRole('combobox', { name: 'Skill' }).fill('Cyanotype');
      await page.getByRole('option', { name: /No skill matches/ }).waitFor();
    } finally {
      await page.context().close();
    }
    expect((await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${member.id}`)).some((r) => r.id === rated.id)).toBe(true);
  });

  it('imports a long CSV only when every row is right, naming the row and field of each problem', async () => {
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/import`);
      await page.getByRole('radio', { name: 'Long CSV: person, skill, level' }).check({ timeout: 60_000 });
      const file = page.getByLabel('Ratings file');
      const csv = (rows: string[]) => ({ name: 'ratings.csv', mimeType: 'text/csv', buffer: Buffer.from(['Email,Skill,Level', ...rows].join('\n')) });
      await file.setInputFiles(csv([`${MEMBER},PCR,4`, `${MEMBER},Basket weaving,2`, 'nobody@demo.local,PCR,Guru']));
      const problems = page.getByRole('table', { name: 'Problems' });
      await problems.waitFor();
      expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([
        expect.stringMatching(/^3\s+Skill\s+No skill “Basket weaving” in the catalogue/),
        expect.stringMatching(/^4\s+Person\s+No person “nobody@demo.local” in the People list/),
        expect.stringMatching(/^4\s+Level\s+“Guru” is not a level/),
      ]);
      expect(await page.getByRole('button', { name: /^Import \d+ ratings?$/ }).isDisabled()).toBe(true);
      await screenshot(page, 'skills-import-problems');

      await file.setInputFiles(csv([`${MEMBER},PCR,4`, `${MEMBER},Python for data analysis,1`]));
      await page.getByRole('table', { name: 'First ratings to import' }).waitFor();
      await page.getByRole('button', { name: 'Import 2 ratings' }).click();
      await page.locator('.fui-ToastTitle', { hasText: /^Imported \d ratings?$/ }).waitFor();
      const pcr = (await items(app, 'Skills')).find((k) => k.fields.Title === 'PCR')?.id;
      const stored = await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${member.id}`);
      expect(stored.filter((r) => r.fields.SkillLookupId === pcr && r.fields.Source === 'Self').map((r) => r.fields.Level)).toContain(4);
    } finally {
      await page.context().close();
    }
  });

  it('imports the usual spreadsheet matrix (people as rows, skills as columns) with the header found, a column mapped by hand and bad cells named', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = async (cells: (string | number)[][]) => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Matrix');
      sheet.addRow(['Pharmacy technicians: skills matrix 2024']);
      sheet.addRow(['Name', 'PCR', 'Confocal microscope', 'Lab glass work']);
      for (const row of cells) sheet.addRow(row);
      return { name: 'matrix.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
    };
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/import`);
      const file = page.getByLabel('Ratings file');
      await file.waitFor({ timeout: 60_000 });
      await file.setInputFiles(await workbook([[MEMBER, 'Expert', 2, 1], [manager.email, 'x', '', 9]]));
      expect(await page.getByRole('spinbutton', { name: 'Header row (skill names)' }).inputValue()).toBe('2');
      await page.getByText('2 columns match skills in the catalogue; 1 do not').waitFor();
      const problems = page.getByRole('table', { name: 'Problems' });
      await problems.waitFor();
      expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^4\s+PCR\s+“x” is not a level/)]);
      expect(await page.getByRole('button', { name: /^Import \d+ ratings?$/ }).isDisabled()).toBe(true);

      // The corrected file: the bad cell is gone; mapping the unknown column brings its cells in, one of them wrong.
      await file.setInputFiles(await workbook([[MEMBER, 'Expert', 2, 1], [manager.email, 4, '', 9]]));
      await page.getByRole('table', { name: 'First ratings to import' }).waitFor();
      await page.getByLabel('Column “Lab glass work”').selectOption({ label: 'Laser cutting' });
      await problems.getByText(/“9” is not a level/).waitFor();
      expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^4\s+Lab glass work\s+“9” is not a level/)]);
      // Choosing the file again after correcting it keeps the column mapped by hand.
      await file.setInputFiles(await workbook([[MEMBER, 'Expert', 2, 1], [manager.email, 4, '', 3]]));
      await page.getByRole('table', { name: 'First ratings to import' }).waitFor();
      await page.getByRole('button', { name: 'Import 5 ratings' }).click();
      await page.locator('.fui-ToastTitle', { hasText: /^Imported \d ratings?$/ }).waitFor();
    } finally {
      await page.context().close();
    }
    const laser = (await items(app, 'Skills')).find((k) => k.fields.Title === 'Laser cutting')?.id;
    const stored = await items(app, 'Skill Ratings', `fields/PersonLookupId eq ${member.id}`);
    expect(stored.filter((r) => r.fields.SkillLookupId === laser && r.fields.Source === 'Self').map((r) => r.fields.Level)).toContain(1);
  });

  it('exports the matrix as an XLSX workbook', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills`);
      await page.getByTestId('skills-matrix').waitFor({ timeout: 60_000 });
      const rows = Number(await page.getByTestId('skills-matrix').getAttribute('data-rows'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX' }).click()]);
      expect(download.suggestedFilename()).toBe('skills-matrix.xlsx');
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      const sheet = book.getWorksheet('Skills matrix');
      expect(sheet?.getRow(2).getCell(1).value).toBe('Person');
      expect(sheet?.getRow(2).getCell(2).value).toBe('Unit');
      expect(sheet?.rowCount).toBe(rows + 2);
      expect(book.getWorksheet('Levels')?.getRow(5).getCell(2).value).toBe('Expert');
    } finally {
      await page.context().close();
    }
  });

  it('keeps the matrix readable in the dark and high-contrast themes, headers sticky while scrolling', async () => {
    const page = await openAs(browser, app.url, MEMBER);
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills`);
      const grid = page.getByTestId('skills-matrix');
      await grid.waitFor({ timeout: 60_000 });
      for (const theme of ['Dark', 'High contrast'] as const) {
        const before = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor);
        await page.getByLabel('Theme').selectOption({ label: theme });
        await page.waitForFunction((prev) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor !== prev, before);
        await grid.evaluate((el) => el.scrollTo(0, 0));
        // Lowest WCAG contrast of the level digits on their shades and of the names on the sticky headers.
        const lowest = await grid.evaluate((el) => {
          const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string): number => {
            const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a: string, b: string): number => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
          const opaque = (node: Element | null): string => {
            for (let n = node; n; n = n.parentElement) {
              const bg = getComputedStyle(n).backgroundColor;
              if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
            }
            return 'rgb(255, 255, 255)';
          };
          const cells = [...el.querySelectorAll('[role="gridcell"][data-person]')].slice(0, 200);
          const names = [...el.querySelectorAll('[role="rowheader"] a, [role="columnheader"] a')].slice(0, 60);
          return {
            cells: Math.min(...cells.map((c) => ratio(getComputedStyle(c).color, opaque(c)))),
            names: Math.min(...names.map((a) => ratio(getComputedStyle(a).color, opaque(a)))),
            count: cells.length,
          };
        });
        expect(lowest.count).toBeGreaterThan(20);
        expect(lowest.cells).toBeGreaterThanOrEqual(4.5);
        expect(lowest.names).toBeGreaterThanOrEqual(4.5);
        await screenshot(page, `skills-matrix-${theme.toLowerCase().replace(' ', '-')}`);

        await grid.evaluate((el) => el.scrollBy(400, 300));
        const [gridBox, headBox, rowHeadBox] = await Promise.all([
          grid.boundingBox(),
          grid.getByRole('columnheader').last().boundingBox(),
          grid.getByRole('rowheader').first().boundingBox(),
        ]);
        expect(Math.abs((headBox?.y ?? 0) - (gridBox?.y ?? 0))).toBeLessThan(60);
        expect(Math.abs((rowHeadBox?.x ?? 0) - (gridBox?.x ?? 0))).toBeLessThan(2);
      }
    } finally {
      await page.context().close();
    }
  });

  it('lets a team owner rename a proficiency level, which the matrix then shows', async () => {
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills/catalogue`);
      const level3 = page.getByLabel('Level 3', { exact: true });
      await level3.waitFor({ timeout: 60_000 });
      await level3.fill('Specialist');
      await page.getByRole('button', { name: 'Save levels' }).click();
      await toast(page, 'Proficiency levels renamed');
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills`);
      await page.getByLabel('Legend').getByText('Specialist').waitFor();
    } finally {
      await page.context().close();
    }
  });
});

describe('the matrix at Liverpool scale', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp({ scale: 'liverpool', timeoutMs: 600_000 }), launchBrowser()]);
  }, 660_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('loads 650 people × 300 skills, filters and scrolls', async () => {
    const page = await openAs(browser, app.url, MEMBER, { viewport: { width: 1600, height: 1000 } });
    try {
      await page.goto(`${app.url.replace(/#.*$/, '')}#/skills`);
      const grid = page.getByTestId('skills-matrix');
      await grid.waitFor({ timeout: 120_000 });
      expect(Number(await grid.getAttribute('data-rows'))).toBeGreaterThanOrEqual(650);
      expect(Number(await grid.getAttribute('data-cols'))).toBeGreaterThanOrEqual(290);
      // Only the window is in the DOM, not 195,000 cells.
      expect(await grid.getByRole('gridcell').count()).toBeLessThan(6000);
      await screenshot(page, 'skills-matrix-liverpool');

      // One unit: only its people remain, under its heading.
      await page.getByRole('combobox', { name: 'Units' }).click();
      const option = page.getByRole('menuitemcheckbox').first();
      const [, unitName, count] = /^(.*) \((\d+)\)$/.exec(await option.innerText()) ?? [];
      await option.click();
      await page.keyboard.press('Escape');
      await page.waitForFunction((n) => document.querySelector('[data-testid="skills-matrix"]')?.getAttribute('data-rows') === n, count);
      await grid.getByText(new RegExp(`^${unitName.replace(/[()]/g, '.')} · ${count} people$`)).waitFor();
      await page.getByRole('combobox', { name: 'Units' }).click();
      await page.getByRole('menuitemcheckbox').first().click();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="skills-matrix"]')?.getAttribute('data-rows')) >= 650);

      await page.getByRole('combobox', { name: 'Minimum level' }).click();
      await page.getByRole('option', { name: /^4 · Can train others or above/ }).click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="skills-matrix"]')?.getAttribute('data-rows')) < 650);

      const firstBefore = await grid.getByRole('rowheader').first().innerText();
      const unitBefore = await grid.getByTestId('unit-in-view').innerText();
      expect(unitBefore).not.toBe('');
      await grid.evaluate((el) => el.scrollBy(3000, 6000));
      await page.waitForFunction((before) => document.querySelector('[data-testid="skills-matrix"] [role="rowheader"]')?.textContent !== before, firstBefore);
      // Far down the list, the corner still names the unit of the people in view.
      const unitAfter = await grid.getByTestId('unit-in-view').innerText();
      expect(unitAfter).not.toBe('');
      expect(unitAfter).not.toBe(unitBefore);
      await screenshot(page, 'skills-matrix-liverpool-filtered-scrolled');
    } finally {
      await page.context().close();
    }
  });
});
