/**
 * Activity feed notices against the local server, which checks them as Graph does (declared
 * activity type, every template parameter, 204) and keeps them for the recipient
 * (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification,
 * https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification):
 * certificate expiry notices from `npm run notify -- certificates`, and the place offered to the
 * person a released place moves up from a waiting list.
 */
import { main } from '../../src/cli/main';
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import type { Hub } from '../../src/data/hub';
import { tellPlacesOffered } from '../../src/data/notices/placeOffered';
import { formatEventWhen } from '../../src/domain/events/timeZone';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { waitingListOf } from '../../src/domain/events/waitingList';
import { formatLongDate } from '../../src/domain/events/timeZone';
import { deepLink } from '../../src/domain/links';
import type { Person } from '../../src/domain/model';
import { removeDir, startServer, type TestServer } from './serverHarness';

jest.setTimeout(120_000);

interface Notice {
  activityType: string;
  text: string;
  previewText: string;
  from: { userPrincipalName: string };
  topic: { webUrl: string | null };
}

let t: TestServer;
let owner: Hub;
let manager: Person;
let marcus: Person;
let mina: Person;

const hubAs = (upn: string): Hub => createHubOnPipeline(createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${upn}` }), 'root');
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function feedOf(upn: string): Promise<Notice[]> {
  const answer = await t.graph<{ value: Notice[] }>('GET', '/me/teamwork/activityNotifications', { as: upn });
  expect(answer.status).toBe(200);
  return answer.body.value;
}

async function notify(...argv: string[]) {
  const out: string[] = [];
  const code = await main(['notify', ...argv], { out: (l) => out.push(l), err: (l) => out.push(l), env: { GRAPH_BASE_URL: `${t.baseUrl}/graph/v1.0`, APP_BASE_URL: `${t.baseUrl}/` } });
  return { code, out: out.join('\n') };
}

beforeAll(async () => {
  t = await startServer();
  await provisionSite({ graph: createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local' }), siteId: 'root', getSharePointToken: async () => 'dev:owner@demo.local' });
  owner = hubAs('owner@demo.local');
  manager = await owner.people.create({ name: 'Olivia Owner', email: 'owner@demo.local' });
  marcus = await owner.people.create({ name: 'Marcus Member', email: 'member@demo.local', lineManagerId: manager.id });
  mina = await owner.people.create({ name: 'Mina Member', email: 'member2@demo.local' });
});

afterAll(async () => {
  await t?.stop();
  removeDir(t.dataDir);
});

describe('certificate expiry notices (notify certificates)', () => {
  it('tells the person and their line manager once per certificate per threshold', async () => {
    const skill = (name: string) => owner.skills.create({ name, category: 'Safety/compliance', unitIds: [], neededByUnitIds: [], retired: false });
    const [radiation, laser, firstAid] = await Promise.all([skill('Radiation safety'), skill('Laser safety'), skill('First aid')]);
    const rate = (person: Person, skillId: typeof radiation.id, certificateExpiry: string) =>
      owner.ratings.create({ personId: person.id, skillId, source: 'Manager', level: 3, wantsToDevelop: false, certificateExpiry });
    await rate(marcus, radiation.id, dayFromToday(20)); // inside 30 days: person and manager
    await rate(marcus, laser.id, dayFromToday(-3)); // already expired: not "N days before"
    await rate(mina, firstAid.id, dayFromToday(45)); // outside 30 days

    const first = await notify('certificates');
    expect(first.out).toContain('Sent 2 certificate notice(s).');
    expect(first.code).toBe(0);
    const expiry = formatLongDate(`${dayFromToday(20)}T12:00:00Z`);
    const [toMarcus] = await feedOf('member@demo.local');
    expect(toMarcus).toMatchObject({ activityType: 'certificateExpiring', text: `Radiation safety certificate of Marcus Member expires ${expiry}` });
    expect(toMarcus.previewText).toBe(`Your Radiation safety certificate expires in 20 days (${expiry}). Please book the renewal and update the expiry date in Technician Hub.`);
    expect(toMarcus.topic.webUrl).toBe(`${t.baseUrl}/#/people/${marcus.id}`);
    const [toManager] = await feedOf('owner@demo.local');
    expect(toManager.previewText).toBe(`Marcus Member's Radiation safety certificate expires in 20 days (${expiry}). Please arrange the renewal.`);
    expect(await feedOf('member2@demo.local')).toEqual([]);

    // Run again (tomorrow's cron, or a retry): nobody is told twice.
    const again = await notify('certificates');
    expect(again.out).toContain('Sent 0 certificate notice(s).');
    expect(await feedOf('member@demo.local')).toHaveLength(1);

    // A wider threshold reaches Mina's certificate; the 30-day notices already sent stay sent.
    const wider = await notify('certificates', '--days', '60,30');
    expect(wider.out).toContain('Sent 1 certificate notice(s).');
    expect(await feedOf('member2@demo.local')).toHaveLength(1);
    expect(await feedOf('member@demo.local')).toHaveLength(1);
    const records = (await owner.sentCards.all()).filter((r) => r.kind === 'Certificate notice');
    expect(records.map((r) => r.target).sort()).toEqual(['member2@demo.local', 'member@demo.local', 'owner@demo.local']);
  });
});

describe('a place released from a full event', () => {
  it('tells the person who moves up, in their activity feed, from the person who released it', async () => {
    const event = await owner.events.create({
      title: 'Microscopy masterclass', type: 'Training/CPD', start: `${dayFromToday(10)}T13:00:00Z`, end: `${dayFromToday(10)}T15:00:00Z`,
      audienceUnitIds: [], themes: [], relatedActionIds: [], capacity: 1, cancelled: false,
    });
    const member = hubAs('member@demo.local');
    const held = await member.registrations.create({ eventId: event.id, personId: marcus.id, response: 'Going', respondedAt: '2026-01-01T09:00:00Z', attended: false });
    await hubAs('member2@demo.local').registrations.create({ eventId: event.id, personId: mina.id, response: 'Going', respondedAt: '2026-01-01T10:00:00Z', attended: false });
    const before = waitingListOf(event, await owner.registrations.where({ eventId: event.id }));
    expect(before.waiting.map((r) => r.personId)).toEqual([mina.id]);

    await member.registrations.update(held.id, { response: 'Not going', respondedAt: new Date().toISOString() }, held.eTag);
    const result = await tellPlacesOffered(member, {
      event, before, registrations: await member.registrations.where({ eventId: event.id }), people: [manager, marcus, mina], teamId: 'local-team',
      linkTo: (target) => deepLink(target, { appBaseUrl: `${t.baseUrl}/` }), sentBy: 'member@demo.local', now: new Date(), timeZone: 'America/Chicago',
    });
    expect(result).toEqual({ told: [mina], notTold: [] });
    const [notice] = await feedOf('member2@demo.local').then((feed) => feed.filter((n) => n.activityType === 'placeOffered'));
    expect(notice).toMatchObject({ text: 'Marcus Member released a place: you are going to Microscopy masterclass', from: { userPrincipalName: 'member@demo.local' } });
    expect(notice.topic.webUrl).toBe(`${t.baseUrl}/#/events/${event.id}`);
    expect((await owner.sentCards.all()).filter((r) => r.kind === 'Place offered')).toEqual([expect.objectContaining({ destination: 'Activity feed', target: 'member2@demo.local', sentBy: 'member@demo.local' })]);
    // The event's time is given on the site's clock (here a Chicago site's), not always UK time.
    expect((await owner.sentCards.all()).find((r) => r.kind === 'Place offered')?.summary).toContain(formatEventWhen(event.start, event.end, 'America/Chicago'));
  });

  it('is refused, as Graph refuses it, with an activity type the manifest does not declare or a missing parameter', async () => {
    const base = { topic: { source: 'text', value: 'x', webUrl: 'https://teams.microsoft.com/l/entity/x/y' }, previewText: { content: 'x' } };
    const undeclared = await t.graph('POST', '/users/member2@demo.local/teamwork/sendActivityNotification', { body: { ...base, activityType: 'madeUp' } });
    expect(undeclared.status).toBe(400);
    const missing = await t.graph('POST', '/users/member2@demo.local/teamwork/sendActivityNotification', { body: { ...base, activityType: 'placeOffered', templateParameters: [] } });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain("'eventTitle'");
  });
});
