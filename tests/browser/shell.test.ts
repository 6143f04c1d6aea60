/**
 * The tab shell in a real browser, as a person uses it: local mode on a freshly seeded DATA_DIR,
 * every section reached from the navigation, the theme switched, another demo person acted as,
 * and an accessibility check on each screen. Screenshots land in test-artifacts/screenshots.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';
import { DEMO_SOLE_EXPERTS, demoDirectory } from '../../src/demo';
import { tabPath } from '../../src/domain/links';
import { openInTeams, sendTeamsTheme, teamsCalls } from './support/teamsHost';
import { DIST_DIR, expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, waitForReady, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;

// Starting the app provisions and seeds a fresh DATA_DIR first.
const START_TIMEOUT_MS = 300_000;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
}, START_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The page's one h1, as a person reads it. */
async function pageHeading(page: Page): Promise<string> {
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

/** The Fluent root's background colour: what a person sees as the tab's background. */
function background(page: Page): Promise<string> {
  return page.locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** The tab's own navigation (feature pages may have tab lists of their own). */
function sections(page: Page) {
  return page.getByRole('navigation', { name: 'Sections' });
}

async function selectedSection(page: Page): Promise<string> {
  return (await sections(page).getByRole('tab', { selected: true }).innerText()).trim();
}

describe('the tab in local mode', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openAs(browser, app.url, 'owner@demo.local');
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('says plainly that the data is on this computer', async () => {
    await page.getByText('Local mode — data is on this computer').waitFor();
    expect(await page.getByLabel('Act as').inputValue()).toBe('owner@demo.local');
  });

  it('opens on the overview of the plan, what is due, events and skills', async () => {
    expect(await pageHeading(page)).toBe('Overview');
    expect(await selectedSection(page)).toBe('Overview');
    for (const card of ['Action plan progress', 'Overdue or due in the next 30 days', 'Upcoming events', 'Skills held by one person']) {
      await page.getByRole('heading', { name: card }).waitFor();
    }
    // The seeded plan's actions are counted by RAG status once they have loaded.
    const plan = page.getByTestId('overview-plan');
    await plan.getByText(/\d+ actions? by RAG status/).waitFor();
    // One count per canonical status, "Not yet assessed" included (counted apart, never as Amber).
    const counts = await plan.getByRole('definition').allInnerTexts();
    expect(await plan.getByRole('term').allInnerTexts()).toEqual(['Red', 'Amber', 'Green', 'Complete (Blue)', 'Not yet assessed']);
    expect(counts).toHaveLength(5);
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // The demo data is built with known sole experts (SEM, CNC milling…): each is counted.
    const skills = page.getByRole('region', { name: 'Skills held by one person' });
    await skills.getByText(/skills have only one expert/).waitFor();
    expect(Number(await skills.getByTestId('sole-expert-count').innerText())).toBeGreaterThanOrEqual(DEMO_SOLE_EXPERTS.size);
    await screenshot(page, 'shell-overview-light');
    await expectNoSeriousA11yViolations(page);
  });

  it.each([
    ['Actions', '#/actions', /action/i],
    ['Events', '#/events', /event/i],
    ['Skills', '#/skills', /skill/i],
    ['Sent cards', '#/cards', /card/i],
    ['Overview', '#/', /^Overview$/],
  ])('reaches %s from the navigation', async (section, hash, heading) => {
    await sections(page).getByRole('tab', { name: section }).click();
    await page.waitForURL((url) => url.hash === hash || (hash === '#/' && url.hash === ''));
    // The router follows the URL a frame later than the address bar: wait for the tab to show it.
    await sections(page).getByRole('tab', { name: section, selected: true }).waitFor();
    expect(await selectedSection(page)).toBe(section);
    expect(await pageHeading(page)).toMatch(heading);
    // Let lazy data settle before checking and photographing the section.
    await page.waitForFunction(() => document.querySelectorAll('[role="status"]').length === 0, undefined, { timeout: 30_000 });
    await screenshot(page, `shell-${section.toLowerCase().replace(/\s+/g, '-')}`);
    await expectNoSeriousA11yViolations(page);
  });

  it('switches between light, dark and high contrast themes', async () => {
    const light = await background(page);
    await page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await page.waitForFunction((before) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor !== before, light);
    const dark = await background(page);
    expect(dark).not.toBe(light);
    await screenshot(page, 'shell-overview-dark');
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Theme').selectOption({ label: 'High contrast' });
    await page.waitForFunction((before) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor !== before, dark);
    const contrast = await background(page);
    expect(contrast).not.toBe(light);
    await screenshot(page, 'shell-overview-high-contrast');
    await expectNoSeriousA11yViolations(page);

    // The choice is remembered in this browser: a reload keeps it.
    await page.reload();
    await waitForReady(page);
    expect(await background(page)).toBe(contrast);

    await page.getByLabel('Theme').selectOption({ label: 'Light' });
    await page.waitForFunction((before) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor !== before, contrast);
    expect(await background(page)).toBe(light);
  });

  it('explains a page that does not exist and links back to the overview', async () => {
    await page.goto(`${app.url.replace(/#.*$/, '')}#/no-such-page`);
    await page.getByRole('heading', { name: 'There’s no page here' }).waitFor();
    await page.getByRole('link', { name: 'Go to the Overview' }).click();
    expect(await pageHeading(page)).toBe('Overview');
  });

  it('shows the configuration page Teams opens when the tab is added', async () => {
    await page.goto(`${app.url.replace(/#.*$/, '')}#/config`);
    expect(await pageHeading(page)).toBe('Add Technician Hub to this channel');
    await page.getByText('Ready to save').waitFor();
    await screenshot(page, 'shell-config');
    await expectNoSeriousA11yViolations(page);
  });
});

describe('acting as someone else', () => {
  it('turns editing off for a visitor and says who can change that', async () => {
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      expect(await page.getByText('You can view but not change Technician Hub').count()).toBe(0);
      await page.getByLabel('Act as').selectOption('visitor@demo.local');
      await page.getByText('You can view but not change Technician Hub').waitFor();
      await page.getByText(/ask a team owner to make you a member/i).waitFor();
      await page.getByText('Visitor (view only)').waitFor();
      expect(await pageHeading(page)).toBe('Overview');
      await screenshot(page, 'shell-visitor');
      await expectNoSeriousA11yViolations(page);

      // The switch is remembered: a reload still acts as the visitor.
      await page.reload();
      await waitForReady(page);
      expect(await page.getByLabel('Act as').inputValue()).toBe('visitor@demo.local');
      await page.getByText('You can view but not change Technician Hub').waitFor();

      // And a member may edit again: no read-only notice.
      await page.getByLabel('Act as').selectOption('member@demo.local');
      await page.getByText('Member', { exact: false }).first().waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes('You can view but not change Technician Hub'));
    } finally {
      await page.context().close();
    }
  });

  it('reads the directory of demo people only when the picker is reached for', async () => {
    const page = await openAs(browser, app.url, 'owner@demo.local');
    try {
      const directoryReads = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/graph/v1.0/users')).length);
      const picker = page.getByLabel('Act as');
      // Opening a page offers the three accounts every local site has, and downloads no directory.
      expect(await picker.locator('option').allTextContents()).toEqual(['owner@demo.local', 'member@demo.local', 'visitor@demo.local']);
      expect(await directoryReads()).toBe(0);
      await picker.hover();
      await picker.locator('option').nth(3).waitFor({ state: 'attached' });
      expect(await directoryReads()).toBe(1);
      expect(await picker.inputValue()).toBe('owner@demo.local');
    } finally {
      await page.context().close();
    }
  });

  it('opens a person’s page from a link', async () => {
    const page = await openAs(browser, app.url, 'member@demo.local');
    try {
      const id = await firstPersonId(app.url);
      await page.goto(`${app.url.replace(/#.*$/, '')}#/people/${id}`);
      await page.locator('main h1').waitFor();
      await page.getByText('Email').waitFor();
      expect(await selectedSection(page)).toBe('Skills');
      await expectNoSeriousA11yViolations(page);
    } finally {
      await page.context().close();
    }
  });
});

describe('links to one thing', () => {
  // What a card or a colleague's message links to: the tab's URL with the thing's route, opened fresh.
  it.each([
    ['action', 'Actions', 'Actions', (f: ItemFields) => `${f.Reference} ${f.Title}`],
    ['event', 'Events', 'Events', (f: ItemFields) => String(f.Title)],
    ['skill', 'Skills', 'Skills', (f: ItemFields) => String(f.Title)],
  ] as const)('open the tab on that %s', async (kind, list, section, heading) => {
    const item = await firstItem(app.url, list);
    const base = app.url.replace(/#.*$/, '');
    const page = await openAs(browser, `${base}${tabPath({ kind, id: item.id })}`, 'member@demo.local');
    try {
      // The page's one h1 names the thing (a loading page shows a generic heading first).
      await page.locator('main h1', { hasText: heading(item.fields) }).waitFor();
      expect(await pageHeading(page)).toBe(heading(item.fields));
      expect(await selectedSection(page)).toBe(section);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await page.context().close();
    }
  });
});

describe('a page that fails to load', () => {
  it('says so in words and comes back with Reload', async () => {
    const page = await openAs(browser, app.url, 'member@demo.local');
    // The Skills section's code does not download (a dropped connection, or an update replaced it).
    const skillsChunk = /\/assets\/SkillsRoutes-[^/]+\.js$/;
    await page.route(skillsChunk, (route) => route.abort('internetdisconnected'));
    try {
      await sections(page).getByRole('tab', { name: 'Skills' }).click();
      await page.getByText('Technician Hub couldn’t load this page').waitFor();
      await page.getByText(/check your connection, then reload the tab/i).waitFor();
      expect(await page.getByRole('alert').innerText()).not.toMatch(/\.js|dynamically imported/);
      await screenshot(page, 'shell-error-chunk');
      await expectNoSeriousA11yViolations(page);

      await page.unroute(skillsChunk);
      await page.getByRole('button', { name: 'Reload' }).click();
      await waitForReady(page);
      expect(await selectedSection(page)).toBe('Skills');
      expect(await page.getByText('Technician Hub couldn’t load this page').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('inside Teams', () => {
  it('starts with Teams, follows its theme changes live, and tells Teams it settled', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await openInTeams(page, `${app.url.replace(/#.*$/, '')}#/`, { userPrincipalName: 'member@demo.local', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Technicians' });
      const tab = page.frameLocator('#tab');
      // A test build has no app registration, so in Teams the tab explains that instead of spinning.
      await tab.getByText('Not available here').waitFor();
      await tab.getByText(/AAD_APP_CLIENT_ID/).waitFor();
      expect(await teamsCalls(page)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'appInitialization.appLoaded', 'appInitialization.success', 'registerHandler:themeChange']));
      expect(await tab.getByLabel('Theme').count()).toBe(0);

      const frame = page.frames().find((f) => f !== page.mainFrame());
      if (!frame) throw new Error('the tab is not framed');
      const providerBackground = () => frame.locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
      const changedFrom = (before: string) => frame.waitForFunction((b) => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor !== b, before);
      const light = await providerBackground();
      await sendTeamsTheme(page, 'dark');
      await changedFrom(light);
      const dark = await providerBackground();
      await screenshot(page, 'shell-teams-dark');
      await sendTeamsTheme(page, 'contrast');
      await changedFrom(dark);
      const contrast = await providerBackground();
      expect(contrast).not.toBe(light);
      await sendTeamsTheme(page, 'default');
      await changedFrom(contrast);
      expect(await providerBackground()).toBe(light);
    } finally {
      await context.close();
    }
  });
});

describe('loading only what a page shows', () => {
  /** Graph requests a page sends: each `$batch` as the display names of the lists it asks (or the path). */
  function recordGraph(page: Page, listNames: ReadonlyMap<string, string>) {
    const sent: string[][] = [];
    const name = (url: string) => {
      const id = /\/lists\/([^/?]+)\/items\/delta/.exec(url)?.[1];
      return id ? `${listNames.get(decodeURIComponent(id)) ?? id}${url.includes('token=') ? ' (changes)' : ''}` : url.split('?')[0];
    };
    page.on('request', (request) => {
      const url = request.url();
      if (!url.includes('/graph/v1.0/')) return;
      const inner = url.endsWith('/$batch') ? (JSON.parse(request.postData() ?? '{}') as { requests: { url: string }[] }).requests.map((r) => r.url) : [url.replace(/^.*\/graph\/v1\.0/, '')];
      sent.push(inner.map(name));
    });
    return sent;
  }

  it('a first visit to Actions loads only its lists, in the $batch after start-up; a later visit asks only for their changes, in one', async () => {
    const answer = await fetch(new URL('graph/v1.0/sites/root/lists?$select=id,displayName', app.url), { headers: { Authorization: 'Bearer dev:member@demo.local' } });
    const lists = new Map(((await answer.json()) as { value: { id: string; displayName: string }[] }).value.map((l) => [l.id, l.displayName]));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'member@demo.local'));
    try {
      const page = await context.newPage();
      const sent = recordGraph(page, lists);
      await page.goto(`${app.url.replace(/#.*$/, '')}#/actions`);
      await page.locator('main table tbody tr td').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(sent).toHaveLength(2);
      expect(sent[0]).toEqual(['/sites/root', '/me', '/sites/root/lists']);
      expect([...sent[1]].sort()).toEqual(['Action Plans', 'Actions', 'Hub Settings', 'People']);

      // Later: shown from what this visit kept, then one $batch of changes (and who you are).
      sent.length = 0;
      await page.reload();
      await page.locator('main table tbody tr td').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(sent).toHaveLength(1);
      expect([...sent[0]].sort()).toEqual(['/me', 'Action Plans (changes)', 'Actions (changes)', 'Hub Settings (changes)', 'People (changes)']);
    } finally {
      await context.close();
    }
  });
});

describe('other people’s changes', () => {
  it('show when the person comes back to the tab, without a reload', async () => {
    const page = await openAs(browser, `${app.url.replace(/#.*$/, '')}#/actions`, 'member@demo.local');
    try {
      const links = page.getByRole('table', { name: /^Actions of / }).locator('tbody tr td:nth-child(2) a');
      const title = (await links.first().innerText()).trim();
      await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

      // A colleague renames the action through Graph.
      const owner = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };
      const listed = await fetch(new URL('graph/v1.0/sites/root/lists/Actions/items?$expand=fields($select=Title)&$top=999', app.url), { headers: owner });
      const items = ((await listed.json()) as { value: { id: string; fields: { Title: string } }[] }).value;
      const action = items.find((item) => title.includes(item.fields.Title));
      expect(action).toBeDefined();
      const renamed = `${action?.fields.Title} (renamed by a colleague)`;
      const patched = await fetch(new URL(`graph/v1.0/sites/root/lists/Actions/items/${action?.id}/fields`, app.url), { method: 'PATCH', headers: owner, body: JSON.stringify({ Title: renamed }) });
      expect(patched.status).toBe(200);

      // The person comes back to the tab (focus): the tab asks for changes — at most once every
      // few seconds, so focus is given again until it has.
      const shown = links.filter({ hasText: renamed });
      for (let i = 0; i < 30 && (await shown.count()) === 0; i++) {
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        await page.waitForTimeout(500);
      }
      await shown.first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});

describe('first run on a site without the lists', () => {
  // A bare local server (no provisioning, no seeding), as a team's site is before anyone set it up.
  let server: LocalGraphServer;
  let url: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'technician-hub-empty-'));
    server = await createGraphServer({ dataDir, directory: demoDirectory('demo'), staticDir: DIST_DIR });
    url = `${await server.listen(0, '127.0.0.1')}/`;
  });

  afterAll(async () => {
    await server?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['member', 'visitor'])('tells a %s what to ask their team owner', async (role) => {
    const page = await openAs(browser, url, `${role}@demo.local`, { waitForReady: false });
    try {
      expect(await pageHeading(page)).toBe('Technician Hub isn’t set up yet');
      await page.getByText('Ask a team owner to set it up').waitFor();
      await page.getByText('Skill Ratings').waitFor();
      expect(await page.getByRole('button', { name: 'Set up Technician Hub' }).count()).toBe(0);
      await screenshot(page, `shell-first-run-${role}`);
      await expectNoSeriousA11yViolations(page);
    } finally {
      await page.context().close();
    }
  });

  it('lets an owner set the site up from the tab and then opens the overview', async () => {
    const page = await openAs(browser, url, 'owner@demo.local', { waitForReady: false });
    try {
      expect(await pageHeading(page)).toBe('Set up Technician Hub');
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: 'Set up Technician Hub' }).click();
      await page.getByRole('progressbar').waitFor();
      await screenshot(page, 'shell-first-run-owner-progress');
      await waitForReady(page, 120_000);
      expect(await pageHeading(page)).toBe('Overview');
      await page.getByText('No action plan is active yet.', { exact: false }).waitFor();
      expect(server.isEmpty()).toBe(false);
      await screenshot(page, 'shell-first-run-owner-done');
    } finally {
      await page.context().close();
    }
  });

  it('says in words when SharePoint keeps refusing, and recovers with Try again', async () => {
    // Every Graph request answers 429/503 with Retry-After, so retries run out — on a first visit,
    // with nothing kept from an earlier one to show instead.
    await setFaultRate(url, 1);
    const page = await openAs(browser, url, 'member@demo.local', { waitForReady: false });
    try {
      await page.getByText('SharePoint is busy right now').waitFor({ timeout: 60_000 });
      await page.getByText(/try again; nothing was lost/i).waitFor();
      await screenshot(page, 'shell-error-throttled');
      await expectNoSeriousA11yViolations(page);

      await setFaultRate(url, 0);
      await page.getByRole('button', { name: 'Try again' }).click();
      expect(await pageHeading(page)).toBe('Overview');
    } finally {
      await setFaultRate(url, 0);
      await page.context().close();
    }
  });
});

/** Changes the local server's fault injection (`POST /_local/faults`). */
async function setFaultRate(url: string, faultRate: number): Promise<void> {
  const response = await fetch(new URL('/_local/faults', url), {
    method: 'POST',
    headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' },
    body: JSON.stringify({ faultRate, latencyMs: 0 }),
  });
  expect(response.ok).toBe(true);
}

type ItemFields = Readonly<Record<string, unknown>>;

/** The first item of a list with its fields, read through the local Graph server as the member. */
async function firstItem(url: string, list: string): Promise<{ id: string; fields: ItemFields }> {
  const response = await fetch(new URL(`/graph/v1.0/sites/root/lists/${encodeURIComponent(list)}/items?$top=1&$expand=fields`, url), {
    headers: { Authorization: 'Bearer dev:member@demo.local' },
  });
  const body = (await response.json()) as { value: { id: string; fields: ItemFields }[] };
  return body.value[0];
}

/** A People item id, read through the local Graph server as the member. */
async function firstPersonId(url: string): Promise<string> {
  const response = await fetch(new URL('/graph/v1.0/sites/root/lists/People/items?$top=1', url), {
    headers: { Authorization: 'Bearer dev:member@demo.local' },
  });
  const body = (await response.json()) as { value: { id: string }[] };
  return body.value[0].id;
}
