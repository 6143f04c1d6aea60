/**
 * Events as people use them, in a real browser on a freshly seeded local site: the owner creates
 * an event with 2 places; three demo technicians reply "Going" — the first two get places, the
 * third is told their place on the waiting list; the owner announces it to the channel and sees
 * the card rendered in "Sent cards" (light and dark); edits the event; downloads the event and the
 * calendar feed; records attendance as evidence. Screenshots: list, calendar, event page, cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { demoDirectory } from '../../src/demo';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, SCREENSHOT_DIR, startApp, waitForReady, type RunningApp } from './support';

// Checked within <main>: this feature's pages (the shell's navigation is the shell's tests' concern).
jest.setTimeout(300_000);

let app: RunningApp;
let browser: Browser;
let eventUrl: string;

const TITLE = 'Capacity test: 3D printing drop-in';
/** A fortnight ahead, as a UK date (the form takes UK wall times). */
const ukDate = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
const day = ukDate(14);
const dayBefore = ukDate(13);
const dayAfter = ukDate(15);

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[role="status"] .fui-Spinner').length === 0, undefined, { timeout: 30_000 });
}

/** The place-offered notices in a person's activity feed (the local server keeps them), once there are any. */
async function placeOfferedTo(upn: string): Promise<unknown[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${app.url}graph/v1.0/me/teamwork/activityNotifications`, { headers: { Authorization: `Bearer dev:${upn}` } });
    const notices = ((await response.json()) as { value: { activityType: string }[] }).value.filter((n) => n.activityType === 'placeOffered');
    if (notices.length) return notices;
    await new Promise((r) => setTimeout(r, 200));
  }
  return [];
}

async function replyAs(upn: string, response: 'Going' | 'Maybe' | 'Not going'): Promise<Page> {
  const page = await openAs(browser, eventUrl, upn);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByRole('group', { name: 'Your reply' }).getByRole('button', { name: response, exact: true }).click();
  await page.getByRole('button', { name: response, exact: true, pressed: true }).waitFor();
  return page;
}

describe('events', () => {
  it('lets the owner create an event with two places', async () => {
    const page = await openAs(browser, `${app.url}#/events`, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('list', { name: 'Upcoming events' }).waitFor();
    await screenshot(page, 'events-list');
    await expectNoSeriousA11yViolations(page, 'main');

    await page.getByRole('button', { name: 'New event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    // Nothing is saved while a rule is broken: the end before the start is named beside its field.
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Start date').fill(day);
    await page.getByLabel('Start time').fill('13:00');
    await page.getByLabel('End date').fill(day);
    await page.getByLabel('End time').fill('12:00');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByText('The end must be after the start.').waitFor();

    await page.getByLabel('End time').fill('14:30');
    await page.getByLabel('Capacity').fill('2');
    await page.getByLabel('Location').fill('Maker Space, Room 1.01');
    await page.getByRole('checkbox', { name: 'Career Development' }).check();
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText('13:00–14:30 (UK time)').first().isVisible()).toBe(true);
    eventUrl = page.url();
    expect(eventUrl).toMatch(/#\/events\/\d+$/);
    await page.context().close();
  });

  it('gives places to the first two who say Going and wait-lists the third with their place', async () => {
    const first = await replyAs('member@demo.local', 'Going');
    await first.getByText('You have a place').waitFor();
    await first.context().close();

    const second = await replyAs('sarah.jennings@demo.local', 'Going');
    await second.getByText('You have a place').waitFor();
    await second.context().close();

    const third = await replyAs('daniel.okafor@demo.local', 'Going');
    // The toast tells the truth: "Going" on a full event is a place on the waiting list.
    await third.locator('.fui-ToastTitle', { hasText: 'You are on the waiting list: number 1' }).waitFor();
    expect(await third.locator('.fui-ToastTitle', { hasText: 'Reply saved' }).count()).toBe(0);
    await third.getByText('You are number 1 on the waiting list').waitFor();
    const going = third.getByRole('region', { name: 'Going' });
    expect(await going.getByRole('listitem').allInnerTexts()).toEqual(['Mia Morgan', 'Sarah Jennings']);
    expect(await third.getByRole('region', { name: 'Waiting list' }).getByRole('listitem').allInnerTexts()).toEqual(['Daniel Okafor']);
    // Photograph the page once the "Reply saved" toast has gone (a full-page shot taken while a
    // toast animates comes out blank in headless Chromium).
    await third.locator('.fui-ToastTitle').first().waitFor({ state: 'detached', timeout: 15_000 });
    await screenshot(third, 'events-waiting-list');
    await expectNoSeriousA11yViolations(third, 'main');
    await third.context().close();
  });

  it('promotes the waiting person when someone with a place says not going', async () => {
    const first = await replyAs('member@demo.local', 'Not going');
    // The person giving up the place is told who gets it.
    await first.getByText('Daniel Okafor moves up from the waiting list and now has a place.', { exact: false }).first().waitFor();
    await first.context().close();
    const third = await openAs(browser, eventUrl, 'daniel.okafor@demo.local');
    await third.getByText('You have a place').waitFor();
    // …and hears it in their Teams activity feed, from the person who released the place.
    await expect(placeOfferedTo('daniel.okafor@demo.local')).resolves.toEqual([expect.objectContaining({ text: expect.stringContaining(`released a place: you are going to ${TITLE}`), from: expect.objectContaining({ userPrincipalName: 'member@demo.local' }) })]);
    await third.context().close();
  });

  it('announces the event to the channel and shows the card in Sent cards', async () => {
    const page = await openAs(browser, eventUrl, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Announce' }).click();
    const dialog = page.getByRole('dialog', { name: 'Announce this event' });
    const preview = dialog.getByRole('group', { name: 'Preview of the announcement card' });
    await preview.getByText(TITLE).waitFor();
    await preview.getByText('Full — join the waiting list').waitFor();
    await dialog.getByRole('radio', { name: 'This channel' }).check();
    await dialog.getByRole('button', { name: 'Post card' }).click();
    await page.getByText('Announced', { exact: true }).waitFor();
    await page.getByText('Announced', { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });

    await page.getByRole('tab', { name: 'Sent cards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sent cards' }).waitFor();
    const card = page.getByTestId('adaptive-card').filter({ hasText: TITLE }).first();
    await card.waitFor();
    // What Teams would show: the title, when in words, where, and the button into the tab.
    await card.getByText(/13:00–14:30 \(UK time\)/).waitFor();
    await card.getByText('Maker Space, Room 1.01').waitFor();
    // The renderer gives Action.OpenUrl buttons the link role: they open a URL.
    await card.getByRole('link', { name: 'Open and reply' }).waitFor();
    await settle(page);
    await screenshot(page, 'events-sent-cards');
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'events-rendered-card.png') });
    await expectNoSeriousA11yViolations(page, 'main');

    // The digest the notify command posts, previewed with the same builders.
    await page.getByRole('button', { name: 'Preview this week’s digest' }).click();
    const digest = page.getByRole('group', { name: 'Preview of the digest card' });
    await digest.getByText('Friday Digest').waitFor();
    await digest.getByText('Coming up').waitFor();
    await digest.getByText(TITLE).waitFor();
    await digest.screenshot({ path: join(SCREENSHOT_DIR, 'events-digest-card.png') });
    await page.context().close();
  });

  it('lets a site visitor preview the digest but not post it, and says why', async () => {
    // Only team members post in a channel (https://learn.microsoft.com/en-us/graph/api/channel-post-messages);
    // the site's visitors are not in the team, so the local server, like Teams, answers them 403.
    const page = await openAs(browser, `${app.url}#/cards`, 'visitor@demo.local');
    await page.getByRole('button', { name: 'Preview this week’s digest' }).click();
    await page.getByRole('group', { name: 'Preview of the digest card' }).getByText('Friday Digest').waitFor();
    await page.getByText('posting it here is for the team’s members and owners', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Post to this/ }).count()).toBe(0);
    // Nor is the event's Announce (a card posted to the channel) offered to them.
    await page.goto(eventUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByRole('button', { name: 'Announce' }).count()).toBe(0);
    await page.context().close();
  });

  it('announces the event to a chat chosen from the person’s chats and shows it under that chat', async () => {
    const page = await openAs(browser, eventUrl, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Announce' }).click();
    const dialog = page.getByRole('dialog', { name: 'Announce this event' });
    await dialog.getByRole('radio', { name: 'A chat' }).check();
    // Nothing to post to until a chat is chosen.
    await expect(dialog.getByRole('button', { name: 'Post card' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('combobox', { name: 'Chat' }).click();
    await page.getByRole('option', { name: 'Steering group chat' }).click();
    await dialog.getByRole('button', { name: 'Post card' }).click();
    await page.getByText('Posted to the chat.', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Sent cards' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sent cards' }).waitFor();
    const chatSection = page.getByRole('region', { name: 'A chat' });
    await chatSection.getByRole('combobox', { name: 'Chat' }).click();
    await page.getByRole('option', { name: 'Steering group chat' }).click();
    await chatSection.getByTestId('adaptive-card').filter({ hasText: TITLE }).first().waitFor();
    await page.context().close();
  });

  it('shows the event on its day in the month calendar', async () => {
    const page = await openAs(browser, `${app.url}#/events/calendar`, 'member@demo.local');
    const grid = page.getByRole('grid');
    await grid.waitFor();
    // Move to the event's month if it falls in the next one.
    const monthName = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    if (!(await page.getByRole('heading', { name: monthName }).isVisible())) await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('heading', { name: monthName }).waitFor();
    const dayName = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    const cell = grid.getByRole('gridcell', { name: new RegExp(`^${dayName}`) });
    await cell.getByRole('link', { name: new RegExp(TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    await screenshot(page, 'events-calendar');
    await expectNoSeriousA11yViolations(page, 'main');

    await page.getByRole('link', { name: 'Attendance' }).click();
    await page.getByRole('table', { name: 'Attendance per event' }).waitFor();
    expect(await page.getByRole('table', { name: 'Per unit' }).getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'events-attendance');
    await expectNoSeriousA11yViolations(page, 'main');
    await page.context().close();
  });

  it('downloads the event as an .ics file that calendars read back', async () => {
    const page = await openAs(browser, eventUrl, 'sarah.jennings@demo.local');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('capacity-test-3d-printing-drop-in.ics');
    const text = readFileSync(await download.path(), 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe(TITLE);
    expect(vevent.getFirstPropertyValue('location')).toBe('Maker Space, Room 1.01');
    const start = (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate();
    expect(start.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })).toBe('13:00');
    expect(String(vevent.getFirstPropertyValue('url'))).toMatch(/#\/events\/\d+$/);
    await page.context().close();
  });

  it('lets the owner edit the event, refusing broken rules beside their fields, and keeps the change', async () => {
    const page = await openAs(browser, eventUrl, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();
    // The form reads back what was stored, in UK time.
    expect(await page.getByLabel('Start time').inputValue()).toBe('13:00');
    expect(await page.getByLabel('Capacity').inputValue()).toBe('2');

    await page.getByLabel('Capacity').fill('-1');
    await page.getByLabel('Registration closes (date)').fill(dayAfter);
    await page.getByRole('button', { name: 'Save event' }).click();
    await page.getByText('Capacity is a whole number of places, 0 or more (leave it empty for no limit).').waitFor();
    await page.getByText('Registration must close before the event starts.').waitFor();
    await screenshot(page, 'events-edit-refused');
    // Nothing was saved: the event page still shows two places.
    expect(await page.getByRole('heading', { level: 1, name: 'Edit event' }).isVisible()).toBe(true);

    await page.getByLabel('Capacity').fill('3');
    await page.getByLabel('Registration closes (date)').fill(dayBefore);
    await page.getByLabel('Registration closes (time)').fill('17:00');
    await page.getByLabel('Location').fill('Maker Space, Room 1.02');
    // The list of types is a start: a network may type its own.
    await page.getByRole('combobox', { name: 'Type' }).fill('Maker drop-in');
    await page.getByRole('button', { name: 'Save event' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Maker drop-in', { exact: true }).waitFor();
    await page.getByText('Maker Space, Room 1.02').waitFor();
    // Sarah and Daniel hold places: one of three is left.
    await page.getByText('3 · 1 of 3 places left').waitFor();
    await page.getByText(/, 17:00 \(UK time\)$/).waitFor();
    await page.context().close();
  });

  it('finds an event by words and by type', async () => {
    const page = await openAs(browser, `${app.url}#/events`, 'member@demo.local');
    const list = page.getByRole('list', { name: 'Upcoming events' });
    await list.waitFor();
    const all = await list.getByRole('listitem').count();
    const find = page.getByRole('search', { name: 'Find an event' });
    await find.getByRole('searchbox').fill('printing DROP-IN');
    expect(await list.getByRole('link').allInnerTexts()).toEqual([TITLE]);
    await find.getByText(`1 of ${all} upcoming events`).waitFor();
    await find.getByRole('searchbox').fill('');
    await find.getByLabel('Type').selectOption('Maker drop-in');
    expect(await list.getByRole('link').allInnerTexts()).toEqual([TITLE]);
    await screenshot(page, 'events-found-by-type');
    // Words and type together: a type that has no such event finds nothing, and says so.
    const other = (await find.getByLabel('Type').locator('option').allInnerTexts()).find((t) => t !== 'All types' && t !== 'Maker drop-in')!;
    await find.getByLabel('Type').selectOption(other);
    await find.getByRole('searchbox').fill('printing');
    await page.getByRole('heading', { name: 'No upcoming events match' }).waitFor();
    await page.context().close();
  });

  it('downloads a calendar feed of the team’s upcoming events', async () => {
    const page = await openAs(browser, `${app.url}#/events`, 'member@demo.local');
    await page.getByRole('list', { name: 'Upcoming events' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Calendar feed (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('technician-network-events.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Technician network events');
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toContain(TITLE);
    // Upcoming only, soonest first.
    const starts = vevents.map((v) => (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const v of vevents) expect((v.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime()).toBeGreaterThanOrEqual(Date.now() - 60_000);
    await page.context().close();
  });

  it('draws sent cards as Teams does in its dark theme', async () => {
    const page = await openAs(browser, `${app.url}#/cards`, 'owner@demo.local');
    await page.getByRole('heading', { level: 1, name: 'Sent cards' }).waitFor();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
    const card = page.getByTestId('adaptive-card').filter({ hasText: TITLE }).first();
    await card.waitFor();
    await expect(card.getAttribute('data-card-theme')).resolves.toBe('dark');
    // The card's own background (the renderer's root), not just the frame, is dark.
    const background = await card.locator('.ac-adaptiveCard').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(41, 41, 41)');
    await settle(page);
    await card.screenshot({ path: join(SCREENSHOT_DIR, 'events-rendered-card-dark.png') });
    await expectNoSeriousA11yViolations(page, 'main');
    await page.context().close();
  });

  it('shows a viewer abroad the times in their own zone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
    await context.addInitScript(() => localStorage.setItem('hub.actingUpn', 'sarah.jennings@demo.local'));
    const page = await context.newPage();
    await page.goto(eventUrl);
    await waitForReady(page);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // Stored as 13:00 UK time: an hour later in Paris, summer or winter.
    await page.getByText(/, 14:00–15:30 \(CES?T\)$/).first().waitFor();
    await context.close();
  });

  it('lets only the organiser (or whoever created the event) record who came', async () => {
    const page = await openAs(browser, `${app.url}#/events/past`, 'member@demo.local');
    await page.getByRole('list', { name: 'Past events' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Who came' }).waitFor();
    const organiserName = await page.locator('dt', { hasText: 'Organiser' }).locator('xpath=following-sibling::dd[1]').innerText();
    const organiser = demoDirectory('demo').find((u) => u.displayName === organiserName);
    expect(organiser).toBeDefined();
    const eventPage = page.url();
    if (organiser?.userPrincipalName !== 'member@demo.local') {
      expect(await page.getByRole('region', { name: 'Record attendance' }).count()).toBe(0);
    }
    await page.context().close();

    const theirs = await openAs(browser, eventPage, organiser!.userPrincipalName);
    await theirs.getByRole('region', { name: 'Record attendance' }).getByRole('checkbox').first().waitFor();
    await theirs.context().close();
  });

  it('lets the owner record who came to a past event and use it as evidence for an action', async () => {
    const page = await openAs(browser, `${app.url}#/events/past`, 'owner@demo.local');
    const past = page.getByRole('list', { name: 'Past events' });
    await past.getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Who came' }).waitFor();
    const record = page.getByRole('region', { name: 'Record attendance' });
    const boxes = record.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    const first = boxes.first();
    const wasChecked = await first.isChecked();
    await first.setChecked(!wasChecked);
    await record.getByRole('button', { name: /Save attendance/ }).click();
    await page.getByText('Attendance saved', { exact: true }).waitFor();
    await page.getByText('Attendance saved', { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });

    await page.getByRole('button', { name: 'Use as evidence…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attendance as evidence for an action' });
    await dialog.getByText(/attended/).first().waitFor();
    // The event's first related action is chosen already when it has one; otherwise pick one.
    const choose = dialog.getByRole('combobox', { name: 'Action' });
    if (!(await choose.innerText()).trim()) {
      await choose.click();
      await page.getByRole('option').first().click();
    }
    const summary = await dialog.getByText(/\): \d+ attended/).innerText();
    await dialog.getByRole('button', { name: 'Record evidence' }).click();
    await page.getByText('Evidence recorded', { exact: true }).waitFor();
    await page.getByText('Evidence recorded', { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });
    await screenshot(page, 'events-past-attendance');
    await expectNoSeriousA11yViolations(page, 'main');

    // The evidence is in the action's history, in the words of the summary.
    await page.getByText('Recorded as evidence for').getByRole('link').click();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(summary, { exact: true }).waitFor();
    expect(await history.getByText(summary, { exact: true }).locator('xpath=..').innerText()).toContain('Evidence');
    await page.context().close();
  });

  it('speaks of a past event in the past, and records a walk-in picked from People', async () => {
    const page = await openAs(browser, `${app.url}#/events/past`, 'owner@demo.local');
    await page.getByRole('list', { name: 'Past events' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Who came' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Who replied' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Who is coming' }).count()).toBe(0);
    expect(await page.getByText(/See you there/).count()).toBe(0);

    const record = page.getByRole('region', { name: 'Record attendance' });
    // Anyone in People without a registration for this event is offered; pick the first by keyboard.
    const before = await record.getByRole('checkbox').count();
    await record.getByRole('combobox', { name: 'Add a walk-in' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const added = record.getByRole('checkbox', { name: / \(walk-in\)$/ });
    await added.waitFor();
    expect(await record.getByRole('checkbox').count()).toBe(before + 1);
    const name = (await added.evaluate((box) => box.closest('.fui-Checkbox')?.textContent ?? '')).replace(/ \(walk-in\)$/, '');
    expect(name).not.toBe('');
    await record.getByRole('button', { name: /Save attendance/ }).click();
    await page.locator('.fui-ToastBody', { hasText: '1 of them walk-in' }).waitFor();

    // Stored as what happened — a walk-in who attended, not a "Going" they never said — and ticked from now on.
    await page.reload();
    const saved = page.getByRole('region', { name: 'Record attendance' }).getByRole('checkbox', { name: `${name} (walk-in)` });
    await saved.waitFor({ timeout: 60_000 });
    expect(await saved.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: `${name} (going)` }).count()).toBe(0);
    // Listed apart from the replies (they held no place, so Going is unchanged), and counted as a walk-in.
    const walkIns = page.getByRole('region', { name: 'Walk-in' });
    await walkIns.getByRole('heading', { name: /^Walk-in \(\d+\)$/ }).waitFor();
    await walkIns.getByText(name, { exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Going' }).getByText(name, { exact: true }).count()).toBe(0);
    await page.getByText(/^\d+ attended, 1 of them walk-in( \(\d+ had a place\))?\.$/).waitFor();
    await screenshot(page, 'events-walk-in');
    await expectNoSeriousA11yViolations(page, 'main');
    await page.context().close();
  });
});
