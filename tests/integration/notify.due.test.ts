/**
 * `notify due` posts each due announcement exactly once: two runs overlapping, Graph answering
 * 429/503 at random (the local server's fault injection, as Dev Proxy does), a Workflows webhook
 * refusing a post once, and a run that stopped part-way. Claims use If-Match, which SharePoint
 * answers with 412 when the item changed since it was read
 * (https://learn.microsoft.com/en-us/graph/api/listitem-update — "If-Match").
 */
import { createServer, type Server } from 'node:http';
import { main } from '../../src/cli/main';
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import type { Hub } from '../../src/data/hub';
import { provisionSite } from '../../src/data/provision/provisionSite';
import type { Announcement } from '../../src/domain/notices/records';
import { UNKNOWN_OUTCOME } from '../../src/domain/notices/schedule';
import { postDue } from '../../src/cli/notify/postDue';
import { adaptiveCardProblems } from '../fixtures/validateAdaptiveCard';
import { removeDir, startServer, type TestServer } from './serverHarness';

jest.setTimeout(180_000);

let t: TestServer;
let hook: Server;
let hookUrl: string;
/** What the fake Workflows webhook received, in order (card titles). */
let received: { title: string; version: string; card: unknown }[] = [];
/** Titles the webhook refuses (502) the first time it sees them. */
const refuseOnce = new Set<string>();

/** Throttled or unavailable answers the runs met (and retried). */
let faultsMet = 0;

/** A hub as `upn`; retries wait a moment instead of the `Retry-After` second, to keep the test short. */
function hubAs(upn: string): Hub {
  const retry = { maxRetries: 8, sleep: () => new Promise<void>((r) => setTimeout(r, 5)), onRetry: () => void faultsMet++ };
  const pipeline = createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${upn}`, retry });
  return createHubOnPipeline(pipeline, 'root');
}

const titleOf = (card: unknown): string => {
  const body = (card as { body: { items?: { text: string }[] }[] }).body;
  return body[0].items?.[1].text ?? '';
};

function run(hub: Hub, clock: () => Date, log: string[] = []) {
  return postDue({ hub, clock, target: { kind: 'webhook', url: hookUrl }, dryRun: false, linkOptions: { appBaseUrl: `${t.baseUrl}/` }, log: (l) => log.push(l), sentBy: 'owner@demo.local', newClaimId: () => crypto.randomUUID() });
}

async function schedule(hub: Hub, title: string, dueAt: string, extra: Partial<Announcement> = {}): Promise<Announcement> {
  return hub.announcements.create({ title, message: `About ${title}.`, dueAt, state: 'Scheduled', attempts: 0, askToAcknowledge: true, ...extra });
}

const setFaults = (faultRate: number) => fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: { Authorization: 'Bearer dev:owner@demo.local', 'content-type': 'application/json' }, body: JSON.stringify({ faultRate }) });

beforeAll(async () => {
  t = await startServer();
  const owner = createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local' });
  await provisionSite({ graph: owner, siteId: 'root', getSharePointToken: async () => 'dev:owner@demo.local' });
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const card = (JSON.parse(body) as { attachments: { content: { version: string } }[] }).attachments[0].content;
      const title = titleOf(card);
      if (refuseOnce.delete(title)) {
        res.writeHead(502).end('Bad gateway');
        return;
      }
      received.push({ title, version: card.version, card });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/workflows/due`;
});

afterAll(async () => {
  await new Promise((done) => hook?.close(done));
  await t?.stop();
  removeDir(t.dataDir);
});

beforeEach(() => {
  received = [];
});

describe('notify due', () => {
  it('posts each due announcement once when two runs overlap, Graph throttles and the webhook refuses one', async () => {
    const member = hubAs('member@demo.local');
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
    const due = await Promise.all(['Freezer checks', 'Fire drill', 'Lab closure', 'New starters', 'Gas delivery', 'Bench audit'].map((title, i) => schedule(member, title, ago(10 + i))));
    const later = await schedule(member, 'Next month', new Date(now.getTime() + 86_400_000).toISOString());
    const cancelled = await schedule(member, 'Called off', ago(30));
    await member.announcements.update(cancelled.id, { state: 'Cancelled' }, cancelled.eTag);
    refuseOnce.add('Lab closure');

    await setFaults(0.25);
    try {
      const clock = () => new Date();
      const [a, b] = await Promise.all([run(hubAs('owner@demo.local'), clock), run(hubAs('owner@demo.local'), clock)]);
      // Between them the overlapping runs posted all but the refused one, and none twice.
      expect(a.posted + b.posted).toBe(5);
      expect(a.refused + b.refused).toBe(1);
      // The retry (the next scheduled run) posts the refused one.
      const retry = await run(hubAs('owner@demo.local'), clock);
      expect(retry.posted).toBe(1);
      const again = await run(hubAs('owner@demo.local'), clock);
      expect(again.posted).toBe(0);
    } finally {
      await setFaults(0);
    }
    expect(faultsMet).toBeGreaterThan(0);

    expect(received.map((r) => r.title).sort()).toEqual(due.map((d) => d.title).sort());
    for (const r of received) {
      expect(r.version).toBe('1.4');
      expect(adaptiveCardProblems(r.card, '1.4')).toEqual([]);
    }
    const owner = hubAs('owner@demo.local');
    const after = await owner.announcements.all();
    for (const d of due) expect(after.find((x) => x.id === d.id)).toMatchObject({ state: 'Posted', postedAt: expect.any(String) });
    expect(after.find((x) => x.title === 'Lab closure')).toMatchObject({ attempts: 2, lastError: expect.stringContaining('502') });
    expect(after.find((x) => x.id === later.id)).toMatchObject({ state: 'Scheduled' });
    expect(after.find((x) => x.id === cancelled.id)).toMatchObject({ state: 'Cancelled' });
    // Sent Cards holds exactly one record per posted announcement.
    const sent = (await owner.sentCards.all()).filter((s) => s.kind === 'Announcement');
    expect(sent.map((s) => s.announcementId).sort()).toEqual(due.map((d) => d.id).sort());
    expect(sent.every((s) => s.destination === 'Workflow webhook' && s.cardVersion === '1.4')).toBe(true);
  });

  it('settles a run that stopped while posting: Posted when Sent Cards has it, never posted twice otherwise', async () => {
    const owner = hubAs('owner@demo.local');
    // Graph's timestamps are whole seconds.
    const longAgo = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recorded = await schedule(owner, 'Recorded before the stop', longAgo, { state: 'Posting', claimId: 'old-run', claimedAt: longAgo, attempts: 1 });
    await owner.sentCards.create({ summary: recorded.title, kind: 'Announcement', destination: 'Workflow webhook', target: 'example.org', sentBy: 'owner@demo.local', sentAt: longAgo, announcementId: recorded.id });
    const unknown = await schedule(owner, 'Stopped mid-post', longAgo, { state: 'Posting', claimId: 'old-run', claimedAt: longAgo, attempts: 1 });
    const fresh = await schedule(owner, 'Being posted right now', longAgo, { state: 'Posting', claimId: 'live-run', claimedAt: new Date().toISOString(), attempts: 1 });

    const result = await run(owner, () => new Date());
    expect(result.settled).toBe(2);
    expect(received).toEqual([]);
    expect(await owner.announcements.get(recorded.id)).toMatchObject({ state: 'Posted', postedAt: longAgo });
    expect(await owner.announcements.get(unknown.id)).toMatchObject({ state: 'Failed', lastError: UNKNOWN_OUTCOME });
    expect(await owner.announcements.get(fresh.id)).toMatchObject({ state: 'Posting', claimId: 'live-run' });
  });

  it('lets the author edit or cancel before a run claims it, and refuses a stale edit after', async () => {
    const member = hubAs('member@demo.local');
    const item = await schedule(member, 'Draft title', new Date(Date.now() - 60_000).toISOString());
    const edited = await member.announcements.update(item.id, { title: 'Better title' }, item.eTag);
    await run(hubAs('owner@demo.local'), () => new Date());
    expect(received.map((r) => r.title)).toEqual(['Better title']);
    // The tab still holds the version before the run claimed and posted it: the edit is refused.
    const stale = member.announcements.update(item.id, { state: 'Cancelled' }, edited.eTag);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect(await member.announcements.get(item.id)).toMatchObject({ state: 'Posted' });
  });

  it('posts an event’s own card when the announcement is of an event, with its places as they are then', async () => {
    const owner = hubAs('owner@demo.local');
    const event = await owner.events.create({
      title: 'Glassblowing demo', type: 'Showcase', start: '2030-05-14T12:00:00Z', end: '2030-05-14T13:30:00Z',
      audienceUnitIds: [], themes: [], relatedActionIds: [], capacity: 12, cancelled: false,
    });
    await schedule(owner, `Event: ${event.title}`, new Date(Date.now() - 60_000).toISOString(), { eventId: event.id, askToAcknowledge: false });
    await run(owner, () => new Date());
    expect(received).toHaveLength(1);
    const card = JSON.stringify(received[0].card);
    expect(card).toContain('Glassblowing demo');
    expect(card).toContain('12 places left');
    expect(card).toContain(`#/events/${event.id}`);
    expect(adaptiveCardProblems(received[0].card, '1.4')).toEqual([]);
  });

  it('runs from the command line: npm run notify -- due --webhook', async () => {
    await schedule(hubAs('member@demo.local'), 'From the CLI', new Date(Date.now() - 60_000).toISOString());
    const out: string[] = [];
    const code = await main(['notify', 'due', '--webhook', hookUrl], { out: (l) => out.push(l), err: (l) => out.push(l), env: { GRAPH_BASE_URL: `${t.baseUrl}/graph/v1.0`, APP_BASE_URL: `${t.baseUrl}/` } });
    expect(out.join('\n')).toContain('Posted 1 announcement(s)');
    expect(code).toBe(0);
    expect(received.map((r) => r.title)).toEqual(['From the CLI']);
  });
});
