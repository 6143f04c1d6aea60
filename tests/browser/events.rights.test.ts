/**
 * A registration someone else changed is shown as not counted, in words, never dropped silently.
 * Members have Contribute on Event Registrations and the list has no item-level write (organisers
 * record attendance on other people's registrations), so a member can change anyone's reply
 * through Graph. SharePoint records who did (the item's Editor, Graph listItem `lastModifiedBy`:
 * https://learn.microsoft.com/en-us/graph/api/resources/listitem), and the tab believes a
 * registration only when the registrant, the event's organiser or its author changed it last.
 */
import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, openAs, screenshot, startApp, type RunningApp } from './support';

jest.setTimeout(300_000);

const MEMBER = 'member@demo.local';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Item { id: string; fields: Record<string, unknown> }

async function graph(upn: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: { value?: Item[] } }> {
  const response = await fetch(`${app.url}graph/v1.0${path}`, {
    method,
    headers: { Authorization: `Bearer dev:${upn}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : {} };
}

const items = async (list: string): Promise<Item[]> => (await graph('owner@demo.local', 'GET', `/sites/root/lists/${encodeURIComponent(list)}/items?$expand=fields&$top=5000`)).json.value ?? [];

describe('event registrations changed by someone else', () => {
  it('says on the event page which registration is not counted and why, and tells the registrant', async () => {
    const people = await items('People');
    const mia = people.find((p) => String(p.fields.Email).toLowerCase() === MEMBER) as Item;
    const events = new Map((await items('Events')).map((e) => [e.id, e]));
    const upcoming = (e: Item | undefined) => !!e && Date.parse(String(e.fields.Start)) > Date.now() && e.fields.Cancelled !== true;
    // Someone else's "Going" for an upcoming event Mia does not organise.
    const target = (await items('Event Registrations')).find((r) => {
      const event = events.get(String(r.fields.EventLookupId));
      return r.fields.Response === 'Going' && String(r.fields.PersonLookupId) !== mia.id && upcoming(event) && String(event?.fields.OrganiserLookupId) !== mia.id;
    });
    expect(target).toBeDefined();
    const registrant = people.find((p) => p.id === String(target!.fields.PersonLookupId)) as Item;
    const eventId = String(target!.fields.EventLookupId);

    const page = await openAs(browser, `${app.url}#/events/${eventId}`, 'owner@demo.local');
    const notGoing = page.getByText(/^\d+ said they are not going\.$/);
    const before = await notGoing.innerText();
    expect(await page.getByRole('region', { name: 'Registrations not counted' }).count()).toBe(0);

    // SharePoint lets her: Contribute, no item-level write on this list.
    const forged = await graph(MEMBER, 'PATCH', `/sites/root/lists/Event%20Registrations/items/${target!.id}/fields`, { Response: 'Not going' });
    expect(forged.status).toBe(200);

    await page.reload();
    const notice = page.getByRole('region', { name: 'Registrations not counted' });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain(`${String(registrant.fields.Title)}: Not going — last changed by ${String(mia.fields.Title)}.`);
    expect(text).toContain('Changed by someone other than the registrant or the event’s organiser — not counted.');
    // Not among those who said no: the forged reply is not counted.
    expect(await notGoing.innerText()).toBe(before);
    await screenshot(page, 'events-registration-not-counted');
    await expectNoSeriousA11yViolations(page, 'main');
    await page.context().close();

    const theirs = await openAs(browser, `${app.url}#/events/${eventId}`, String(registrant.fields.Email));
    await theirs.getByText('Someone else changed your reply').waitFor();
    await theirs.getByText(/so it is not counted\. Reply again to put it right\./).waitFor();
    // Replying again puts it right: their own reply counts, and the notice goes.
    await theirs.getByRole('group', { name: 'Your reply' }).getByRole('button', { name: 'Going', exact: true }).click();
    await theirs.getByRole('button', { name: 'Going', exact: true, pressed: true }).waitFor();
    await theirs.getByText('Someone else changed your reply').waitFor({ state: 'detached' });
    await theirs.getByText(/^You (have a place|are number \d+ on the waiting list)$/).waitFor();
    await theirs.getByText(/registration is not counted/).waitFor({ state: 'detached' });
    await theirs.context().close();

    // Events have item-level write (the organiser they name is trusted): a member who did not
    // create this one is told who can change it, rather than offered an edit SharePoint refuses.
    const member = await openAs(browser, `${app.url}#/events/${eventId}`, MEMBER);
    await member.getByText(/^Only Olivia Owen, who created this event, or a site owner can change it\.$/).waitFor();
    expect(await member.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    await screenshot(member, 'events-member-cannot-edit');
    await member.context().close();
  });
});
