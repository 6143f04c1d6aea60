/**
 * `notify digest|reminders` against the local server seeded with the demo data: the posted card
 * appears in `GET …/messages` of the channel or chat, a local fake Workflows webhook receives the
 * payload Teams expects, and --dry-run posts nothing.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { createHub } from '../../src/data/createHub';
import { demoDataset, demoDirectory } from '../../src/demo';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';
import { provisionAndSeedLocal } from '../../src/cli/setUp';
import { adaptiveCardProblems } from '../fixtures/validateAdaptiveCard';

jest.setTimeout(180_000);

interface GraphMessage {
  readonly id: string;
  readonly attachments: { contentType: string; content: string }[];
}

let server: LocalGraphServer;
let baseUrl: string;
let dataDir: string;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['notify', ...argv], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { GRAPH_BASE_URL: `${baseUrl}/graph/v1.0`, APP_BASE_URL: `${baseUrl}/` },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every message, following `@odata.nextLink` as Graph pages them. */
async function messages(path: string): Promise<GraphMessage[]> {
  const all: GraphMessage[] = [];
  let url: string | undefined = `${baseUrl}/graph/v1.0${path}`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { value: GraphMessage[]; '@odata.nextLink'?: string };
    all.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return all;
}

/** The Sent Cards list, read through the data layer as the tab reads it. */
async function sentCards() {
  const hub = createHub({ graphBaseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local', siteId: 'root' });
  return hub.sentCards.all();
}

const cardsOf = (list: GraphMessage[]) =>
  list.flatMap((m) => m.attachments.filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => JSON.parse(a.content) as Record<string, unknown>));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'th-notify-'));
  server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  baseUrl = await server.listen(0, '127.0.0.1');
  await provisionAndSeedLocal(`${baseUrl}/graph/v1.0`, demoDataset('demo', new Date()), () => undefined);
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('notify digest', () => {
  it('posts the digest card to the channel, where GET …/messages shows it', async () => {
    const before = cardsOf(await messages('/teams/local-team/channels/general/messages')).length;
    const result = await run('digest', '--channel', 'local-team/general');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Posted "Friday Digest" to the channel local-team\/general/);
    const cards = cardsOf(await messages('/teams/local-team/channels/general/messages'));
    expect(cards).toHaveLength(before + 1);
    const [newest] = await messages('/teams/local-team/channels/general/messages');
    expect((await sentCards()).filter((r) => r.destination === 'Channel' && r.kind === 'Digest')).toEqual([
      expect.objectContaining({ target: 'local-team/general', sentBy: 'owner@demo.local', messageId: newest.id, cardVersion: '1.5' }),
    ]);
    const digest = cards.find((c) => JSON.stringify(c).includes('Friday Digest'))!;
    expect(adaptiveCardProblems(digest)).toEqual([]);
    // The demo plans have Red and overdue actions and upcoming events.
    expect(JSON.stringify(digest)).toMatch(/Coming up/);
    expect(JSON.stringify(digest)).toContain(`${baseUrl}/#/`);
  });

  it('posts to a Workflows webhook the message payload Teams expects', async () => {
    const received: unknown[] = [];
    const hook: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
    const { port } = hook.address() as { port: number };
    try {
      const result = await run('digest', '--webhook', `http://127.0.0.1:${port}/workflows/digest`);
      expect(result.code).toBe(0);
    } finally {
      await new Promise((done) => hook.close(done));
    }
    expect(received).toEqual([
      {
        method: 'POST',
        type: 'application/json',
        body: {
          type: 'message',
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: expect.objectContaining({ type: 'AdaptiveCard', version: '1.4' }) }],
        },
      },
    ]);
    // Workflows renders up to 1.4 (microsoft/AdaptiveCards#8965): the card is built for it.
    const sentCard = (received[0] as { body: { attachments: { content: unknown }[] } }).body.attachments[0].content;
    expect(adaptiveCardProblems(sentCard, '1.4')).toEqual([]);
    // …and the hub records what it sent in its own list, card included.
    const records = await sentCards();
    expect(records.filter((r) => r.destination === 'Workflow webhook' && r.kind === 'Digest')).toEqual([
      expect.objectContaining({ target: `127.0.0.1:${port}`, sentBy: 'owner@demo.local', cardVersion: '1.4', card: sentCard, summary: 'Friday Digest' }),
    ]);
  });

  it('with --dry-run prints the card and posts nothing', async () => {
    const before = (await messages('/teams/local-team/channels/general/messages')).length;
    const result = await run('digest', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain('"type": "AdaptiveCard"');
    expect(result.out).toContain('Dry run: 1 card(s) built, nothing posted.');
    expect(await messages('/teams/local-team/channels/general/messages')).toHaveLength(before);
  });

  it('says what is wrong with the target and posts nothing', async () => {
    const result = await run('digest', '--channel', 'general');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--channel "general" is not teamId\/channelId/);
    const both = await run('digest', '--chat', 'x', '--webhook', 'https://example.org/hook');
    expect(both.err).toMatch(/Give only one place to post to/);
    expect((await run('weekly')).code).toBe(2);
  });
});

describe('notify reminders', () => {
  it('posts one card per overdue action to the chat, mentioning its owners', async () => {
    const result = await run('reminders', '--chat', 'local-chat-steering', '--within', 'all');
    expect(result.code).toBe(0);
    const count = Number(/(\d+) actions? (?:is|are) past their target date/.exec(result.out)?.[1]);
    expect(count).toBeGreaterThan(0);
    const cards = cardsOf(await messages('/chats/local-chat-steering/messages'));
    expect(cards).toHaveLength(count);
    for (const card of cards) expect(adaptiveCardProblems(card)).toEqual([]);
    const withOwners = cards.filter((c) => ((c.msteams as { entities: unknown[] }).entities ?? []).length > 0);
    expect(withOwners.length).toBeGreaterThan(0);
    // Only the current plan's owners are chased: the demo's closed plans have overdue actions too.
    const plans = demoDataset('demo', new Date()).plans;
    const current = plans.filter((p) => p.state !== 'Closed').map((p) => p.title);
    const closed = plans.filter((p) => p.state === 'Closed').map((p) => p.title);
    expect(closed.length).toBeGreaterThan(0);
    for (const card of cards) {
      const text = JSON.stringify(card);
      expect(current.some((title) => text.includes(title))).toBe(true);
      for (const title of closed) expect(text).not.toContain(title);
    }
  });

  it('by default reminds only actions that became overdue in the last 7 days', async () => {
    const result = await run('reminders', '--dry-run');
    expect(result.code).toBe(0);
    const all = await run('reminders', '--dry-run', '--within', 'all');
    const recent = Number(/(\d+) actions? (?:is|are) past/.exec(result.out)?.[1]);
    const every = Number(/(\d+) actions? (?:is|are) past/.exec(all.out)?.[1]);
    expect(recent).toBeLessThan(every);
    expect((await run('reminders', '--dry-run', '--within', 'soon')).code).toBe(2);
  });
});
