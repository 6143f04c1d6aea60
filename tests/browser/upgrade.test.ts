/**
 * Upgrading the hub on a site an earlier release set up. Releases add lists (Skill Targets, Sent
 * Cards, Announcements, Announcement Reads, Leaving Dates); until a site owner runs Set up, the
 * site lacks them. Members cannot run Set up, so the tab must open for them anyway: only what needs
 * the missing list says so, in place. The owner is told on every page and adds it with one button.
 *
 * The missing lists are made by deleting Skill Targets, Sent Cards and Leaving Dates as the site owner: Graph's
 * list delete (https://learn.microsoft.com/graph/api/list-delete) needs Manage Lists, which owners have.
 */
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, type RunningApp } from './support';

const OWNER = 'owner@demo.local';
const MEMBER = 'member@demo.local';
const EXPLANATION = 'Targets need the Skill Targets list, which this site doesn’t have yet.';

const base = (app: RunningApp): string => app.url.replace(/#.*$/, '');

async function graph(app: RunningApp, method: string, path: string): Promise<Response> {
  return fetch(new URL(`/graph/v1.0${path}`, app.url), { method, headers: { Authorization: `Bearer dev:${OWNER}` } });
}

async function listNames(app: RunningApp): Promise<string[]> {
  const response = await graph(app, 'GET', '/sites/root/lists?$select=id,displayName');
  return ((await response.json()) as { value: { displayName: string }[] }).value.map((l) => l.displayName);
}

interface Person {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

/** One People item, by its id or by `Email` (an indexed column). */
async function person(app: RunningApp, by: { id: string } | { email: string }): Promise<Person> {
  if ('id' in by) return (await graph(app, 'GET', `/sites/root/lists/People/items/${by.id}?$expand=fields`)).json() as Promise<Person>;
  const filter = encodeURIComponent(`fields/Email eq '${by.email}'`);
  const [found] = ((await (await graph(app, 'GET', `/sites/root/lists/People/items?$expand=fields&$filter=${filter}`)).json()) as { value: Person[] }).value;
  return found;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });
}

describe('a site set up by an earlier release (no Skill Targets, Sent Cards or Leaving Dates list)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    for (const list of ['Skill Targets', 'Sent Cards', 'Leaving Dates']) {
      const response = await graph(app, 'DELETE', `/sites/root/lists/${encodeURIComponent(list)}`);
      expect(response.status).toBe(204);
    }
    expect(await listNames(app)).not.toContain('Skill Targets');
    expect(await listNames(app)).not.toContain('Leaving Dates');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens for a member: Overview, Actions and Skills work, and Targets explains what is missing', async () => {
    const page = await openAs(browser, base(app), MEMBER);
    try {
      await heading(page, 'Overview');
      await page.getByTestId('overview-plan').getByText(/\d+ actions? by RAG status/).waitFor();
      await page.getByRole('region', { name: 'Skills held by one person' }).getByText(/skills have only one expert/).waitFor();
      // Members cannot add lists: no notice on the shell for them.
      expect(await page.getByRole('region', { name: 'Missing lists' }).count()).toBe(0);
      expect(await page.getByText(/missing \d+ lists? added in newer versions/).count()).toBe(0);

      await page.goto(`${base(app)}#/actions`);
      await heading(page, 'Actions');
      await page.getByRole('table', { name: /^Actions of / }).getByRole('row').nth(1).waitFor({ timeout: 60_000 });

      await page.goto(`${base(app)}#/skills`);
      await heading(page, 'Skills matrix');
      await page.getByRole('gridcell').first().waitFor({ timeout: 60_000 });

      await page.goto(`${base(app)}#/skills/targets`);
      await page.getByText(EXPLANATION).waitFor({ timeout: 60_000 });
      await page.getByText('A site owner can add it with Set up.').waitFor();
      expect(await page.getByRole('button', { name: 'Set up' }).count()).toBe(0);
      expect(await page.getByRole('form', { name: 'Set a target' }).count()).toBe(0);
      await screenshot(page, 'upgrade-member-targets');
      await expectNoSeriousA11yViolations(page, 'main');

      // Sent cards says it once, in place; the digest preview (no list needed) still shows.
      await page.goto(`${base(app)}#/cards`);
      await page.getByText('The record of sent cards needs the Sent Cards list, which this site doesn’t have yet.').waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Friday Digest' }).waitFor();
      await screenshot(page, 'upgrade-member-sent-cards');
    } finally {
      await page.context().close();
    }
  });

  it('refuses a line manager’s leaving date in words, writing nothing, while the profile still works', async () => {
    const member = await person(app, { email: MEMBER });
    const manager = await person(app, { id: String(member.fields.LineManagerLookupId) });
    const page = await openAs(browser, base(app), String(manager.fields.Email));
    try {
      await page.goto(`${base(app)}#/people/${member.id}`);
      await page.getByRole('heading', { level: 2, name: /skills/i }).first().waitFor({ timeout: 60_000 });
      await page.getByLabel('Expected leaving date').fill('2031-07-01');
      await page.getByRole('button', { name: 'Save date' }).click();
      await page.getByText('This site doesn’t have the Leaving Dates list yet').waitFor();
      await screenshot(page, 'upgrade-leaving-date-refused');
    } finally {
      await page.context().close();
    }
    // Not half-written elsewhere: People keeps the date it had, and no list was made on the fly.
    const after = await person(app, { id: member.id });
    expect(after.fields.ExpectedLeavingDate).toEqual(member.fields.ExpectedLeavingDate);
    expect(await listNames(app)).not.toContain('Leaving Dates');
  });

  it('tells the owner on the shell and adds the list with Set up, after which Targets work', async () => {
    const page = await openAs(browser, base(app), OWNER);
    try {
      await heading(page, 'Overview');
      const notice = page.getByText('This site is missing 3 lists added in newer versions of the hub:');
      await notice.waitFor();
      await page.getByText('Skill Targets, Sent Cards, Leaving Dates. Set up adds them; nothing is changed or deleted.').waitFor();
      await page.goto(`${base(app)}#/skills/targets`);
      await page.getByText(EXPLANATION).waitFor({ timeout: 60_000 });
      await screenshot(page, 'upgrade-owner-notice');
      await expectNoSeriousA11yViolations(page, 'main');

      await page.getByRole('button', { name: 'Set up' }).first().click();
      await page.locator('.fui-ToastTitle', { hasText: 'Lists added' }).waitFor({ timeout: 120_000 });
      expect(await listNames(app)).toEqual(expect.arrayContaining(['Skill Targets', 'Sent Cards', 'Leaving Dates']));
      await page.getByRole('form', { name: 'Set a target' }).waitFor({ timeout: 60_000 });
      expect(await notice.count()).toBe(0);
      expect(await page.getByText(EXPLANATION).count()).toBe(0);
      await screenshot(page, 'upgrade-owner-after-set-up');
    } finally {
      await page.context().close();
    }
  });
});
