/**
 * Scheduled announcements and read tracking, as people use them: the owner composes one in the tab
 * and picks when it goes out; the scheduled run (`notify due`) posts it to a Workflows webhook as a
 * 1.4 card; colleagues follow the card's own "Open" and "Got it" links into the tab, which records
 * them; the owner sees who has read it and reminds the rest in their Teams activity feed.
 */
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { main } from '../../src/cli/main';
import { createHub } from '../../src/data/createHub';
import { adaptiveCardProblems } from '../fixtures/validateAdaptiveCard';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, type RunningApp } from './support';

jest.setTimeout(300_000);

let app: RunningApp;
let browser: Browser;
let hook: Server;
let hookUrl: string;
const cards: { actions: { title: string; url: string }[]; version: string }[] = [];

const TITLE = 'Fume cupboard tests on Thursday';
/** Yesterday in the browser's zone: due at once, whatever the zone. */
const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA');

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      cards.push((JSON.parse(body) as { attachments: { content: (typeof cards)[number] }[] }).attachments[0].content);
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/workflows/announcements`;
});

afterAll(async () => {
  await new Promise((done) => hook?.close(done));
  await browser?.close();
  await app?.stop();
});

async function feedOf(upn: string): Promise<{ activityType: string; previewText: string }[]> {
  const response = await fetch(`${app.url}graph/v1.0/me/teamwork/activityNotifications`, { headers: { Authorization: `Bearer dev:${upn}` } });
  return ((await response.json()) as { value: { activityType: string; previewText: string }[] }).value;
}

describe('sent cards', () => {
  it('shows what Workflows shows for a card newer than it renders: Teams’ own error', async () => {
    // A 1.5 card that reached a webhook (as every card did before cards were built per destination).
    const hub = createHub({ graphBaseUrl: `${app.url}graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local', siteId: 'root' });
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Old digest', style: 'heading' }] };
    await hub.sentCards.create({ summary: 'Old digest', kind: 'Digest', destination: 'Workflow webhook', target: 'prod-00.westeurope.logic.azure.com', sentBy: 'owner@demo.local', sentAt: '2026-01-02T15:00:00Z', cardVersion: '1.5', card });
    const page = await openAs(browser, `${app.url}#/cards`, 'owner@demo.local');
    const sent = page.getByRole('region', { name: 'Scheduled runs and notices' });
    await sent.getByText('We’re sorry, this card couldn’t be displayed').waitFor();
    await sent.getByText('This card is version 1.5; Workflows shows cards up to 1.4.').waitFor();
    expect(await sent.getByText('Old digest').count()).toBe(0);
    await page.context().close();
  });
});

describe('announcements', () => {
  it('are scheduled in the tab, posted once when due, and show who has read them', async () => {
    const owner = await openAs(browser, `${app.url}#/announcements`, 'owner@demo.local');
    await owner.getByRole('heading', { level: 1, name: 'Announcements' }).waitFor();
    const form = owner.getByRole('form', { name: 'Schedule an announcement' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Message').fill('Please clear the cupboards in rooms 2.01–2.04 by 9am.');
    await form.getByLabel('Date').fill(yesterday);
    await form.getByLabel('Time').fill('09:00');
    await form.getByRole('radio', { name: /scheduled run’s Workflows webhook/ }).check();
    await form.getByRole('button', { name: 'Schedule' }).click();
    await owner.getByText('Announcement scheduled', { exact: true }).waitFor();
    const row = owner.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('Scheduled').waitFor();
    await screenshot(owner, 'announcements-scheduled');
    await expectNoSeriousA11yViolations(owner, 'main');

    // The scheduled run posts it; a second run finds nothing left to post.
    const env = { GRAPH_BASE_URL: `${app.url}graph/v1.0`, APP_BASE_URL: app.url };
    const out: string[] = [];
    expect(await main(['notify', 'due', '--webhook', hookUrl], { out: (l) => out.push(l), err: (l) => out.push(l), env })).toBe(0);
    expect(await main(['notify', 'due', '--webhook', hookUrl], { out: (l) => out.push(l), err: (l) => out.push(l), env })).toBe(0);
    expect(out.join('\n')).toContain('Posted 1 announcement(s)');
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card.version).toBe('1.4');
    expect(adaptiveCardProblems(card, '1.4')).toEqual([]);
    const link = (title: string) => card.actions.find((a) => a.title === title)?.url ?? '';

    // "Sent cards" reads the hub's own list and draws the card as Workflows will (1.4).
    await owner.goto(`${app.url}#/cards`);
    const sent = owner.getByRole('region', { name: 'Scheduled runs and notices' });
    const sentCard = sent.getByTestId('adaptive-card').filter({ hasText: TITLE });
    await sentCard.getByRole('link', { name: 'Got it' }).waitFor();
    await sent.getByText(/Announcement · workflow webhook 127\.0\.0\.1:\d+ · owner@demo\.local/).waitFor();
    expect(await sentCard.getByText('We’re sorry, this card couldn’t be displayed').count()).toBe(0);
    await screenshot(owner, 'announcements-sent-cards');

    // A colleague opens it from the card, then says Got it on the page.
    const marcus = await openAs(browser, link('Open'), 'member@demo.local');
    await marcus.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await marcus.getByText('Please clear the cupboards').waitFor();
    await marcus.getByRole('button', { name: 'Got it' }).click();
    await marcus.getByText('You said Got it. Thank you.').waitFor();
    await marcus.context().close();
    // Another follows the card's own "Got it" link.
    const daniel = await openAs(browser, link('Got it'), 'daniel.okafor@demo.local');
    await daniel.getByText('You said Got it. Thank you.').waitFor();
    await daniel.context().close();

    // The author sees counts and names, and reminds the rest.
    await owner.goto(link('Open'));
    await owner.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const readBy = owner.getByRole('region', { name: 'Who has read it' });
    await readBy.getByText(/Opened by 3 · Got it from 2 · \d+ not yet/).waitFor();
    await readBy.getByText(/Got it: .*Daniel Okafor/).waitFor();
    await screenshot(owner, 'announcements-read-by');
    await expectNoSeriousA11yViolations(owner, 'main');
    const notYet = Number((await readBy.getByText(/not yet$/).innerText()).match(/(\d+) not yet/)?.[1]);
    await readBy.getByRole('button', { name: `Remind the ${notYet} who have not` }).click();
    await owner.getByText('Reminders sent', { exact: true }).waitFor({ timeout: 60_000 });
    expect((await feedOf('daniel.okafor@demo.local')).filter((n) => n.activityType === 'announcementReminder')).toEqual([]);
    // The owner opened it but has not said Got it: they are among those reminded.
    expect((await feedOf('owner@demo.local')).filter((n) => n.activityType === 'announcementReminder')).toEqual([
      expect.objectContaining({ previewText: `Please read “${TITLE}” and say Got it.` }),
    ]);
    await owner.context().close();
  });

  it('can be an event’s card, scheduled from the event’s Announce dialog', async () => {
    const hub = createHub({ graphBaseUrl: `${app.url}graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local', siteId: 'root' });
    const event = (await hub.events.all()).find((e) => !e.cancelled && e.start > new Date().toISOString());
    if (!event) throw new Error('the demo data has no upcoming event');
    const page = await openAs(browser, `${app.url}#/events/${event.id}`, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await page.getByRole('button', { name: 'Announce' }).click();
    const dialog = page.getByRole('dialog', { name: 'Announce this event' });
    await dialog.getByRole('radio', { name: /^Later/ }).check();
    await dialog.getByLabel('Post at').fill('2030-01-15T09:30');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await page.getByText('Announcement scheduled', { exact: true }).waitFor();
    const scheduled = (await hub.announcements.all()).filter((a) => a.eventId === event.id);
    expect(scheduled).toEqual([expect.objectContaining({ title: `Event: ${event.title}`, state: 'Scheduled', target: 'local-team/general' })]);
    await page.goto(`${app.url}#/announcements`);
    await page.getByRole('row').filter({ hasText: `Event: ${event.title}` }).getByText('Scheduled').waitFor();
    await page.context().close();
  });
});
