/**
 * Bad input against the local Graph server: every request here is refused with a clear 4xx in
 * Graph's error shape (`{ error: { code, message, innerError } }`, https://learn.microsoft.com/en-us/graph/errors)
 * and leaves nothing behind — not in memory (a read by another person) and not on disk (a read
 * after a restart).
 */
import { createTestLists, removeDir, startServer, type Answer, type TestServer } from './serverHarness';

type GraphErrorBody = { error: { code: string; message: string; innerError: { 'request-id': string; date: string } } };
type Items = { value: { id: string; fields: Record<string, unknown> }[] };
type Messages = { value: { id: string; from: { user: { displayName: string } }; body: { content: string } }[] };

const CHANNEL = '/teams/local-team/channels/general/messages';

/** A 4xx with a Graph error body that says something. */
function expectGraphError(answer: Answer<unknown>, status: number, message?: RegExp): void {
  const body = answer.body as GraphErrorBody;
  expect({ status: answer.status, code: typeof body?.error?.code }).toEqual({ status, code: 'string' });
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(body.error.innerError['request-id']).toEqual(expect.any(String));
  if (message) expect(body.error.message).toMatch(message);
}

/** Everything a person can read that a refused write could have touched. */
async function snapshot(t: TestServer): Promise<unknown> {
  const units = await t.graph<Items>('GET', '/sites/root/lists/Units/items?$expand=fields&$top=5000', { as: 'visitor@demo.local' });
  const people = await t.graph<Items>('GET', '/sites/root/lists/People/items?$expand=fields&$top=5000', { as: 'visitor@demo.local' });
  const channel = await t.graph<Messages>('GET', `${CHANNEL}?$top=50`, { as: 'visitor@demo.local' });
  const lists = await t.graph<{ value: { id: string; displayName: string }[] }>('GET', '/sites/root/lists', { as: 'visitor@demo.local' });
  const seen = { units: units.body.value, people: people.body.value, channel: channel.body.value, lists: lists.body.value.map((l) => l.displayName).sort() };
  // The port changes on a restart (and a message keeps the address it was posted to); nothing else may.
  return JSON.parse(JSON.stringify(seen).replace(/http:\/\/127\.0\.0\.1:\d+/g, '<server>')) as unknown;
}

describe('local Graph server: bad input is refused and leaves nothing', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startServer();
    await createTestLists(t);
    await t.graph('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Existing unit' } } });
    await t.graph('POST', CHANNEL, { as: 'owner@demo.local', body: { body: { content: 'The owner’s real message' } } });
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  /** Runs `refused`, checks its error, and that nothing changed — now, and after a restart. */
  async function refusedLeavesNothing(refused: () => Promise<Answer<unknown>>, status: number, message?: RegExp): Promise<void> {
    const before = await snapshot(t);
    expectGraphError(await refused(), status, message);
    expect(await snapshot(t)).toEqual(before);
    await t.stop();
    t = await startServer({}, t.dataDir);
    expect(await snapshot(t)).toEqual(before);
  }

  describe('$batch (https://learn.microsoft.com/en-us/graph/json-batching)', () => {
    it('refuses a dependsOn cycle before running anything: the earlier create is not kept in memory or on disk', async () => {
      await refusedLeavesNothing(
        () =>
          t.graph('POST', '/$batch', {
            body: {
              requests: [
                { id: '1', method: 'POST', url: '/sites/root/lists/Units/items', headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: 'ghost' } } },
                { id: '2', method: 'GET', url: '/me', dependsOn: ['3'] },
                { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
              ],
            },
          }),
        400,
        /cycle/,
      );
    });

    it("runs every sub-request as the batch's caller: a sub-request's own Authorization is ignored", async () => {
      const before = await snapshot(t);
      const answer = await t.graph<{ responses: { id: string; status: number; body: { userPrincipalName?: string } }[] }>('POST', '/$batch', {
        as: 'visitor@demo.local',
        body: {
          requests: [
            { id: 'who', method: 'GET', url: '/me', headers: { Authorization: 'Bearer dev:owner@demo.local' } },
            { id: 'write', method: 'POST', url: '/sites/root/lists/Units/items', headers: { 'Content-Type': 'application/json', authorization: 'Bearer dev:owner@demo.local' }, body: { fields: { Title: 'as owner?' } } },
          ],
        },
      });
      expect(answer.status).toBe(200);
      const byId = Object.fromEntries(answer.body.responses.map((r) => [r.id, r]));
      expect(byId.who.body.userPrincipalName).toBe('visitor@demo.local');
      expect(byId.write.status).toBe(403);
      expect(await snapshot(t)).toEqual(before);
    });

    it('refuses a batch that is a JSON array, or whose requests are not objects', async () => {
      await refusedLeavesNothing(() => t.graph('POST', '/$batch', { body: [{ id: '1', method: 'GET', url: '/me' }] }), 400);
      await refusedLeavesNothing(() => t.graph('POST', '/$batch', { body: { requests: [null] } }), 400, /Batch request 1/);
    });
  });

  describe('channel messages (https://learn.microsoft.com/en-us/graph/api/chatmessage-post)', () => {
    it('refuses a message that sets id and from (spoofing the owner), and the owner’s message stays', async () => {
      const owners = (await t.graph<Messages>('GET', CHANNEL)).body.value;
      const target = owners[owners.length - 1];
      await refusedLeavesNothing(
        () =>
          t.graph('POST', CHANNEL, {
            as: 'visitor@demo.local',
            body: { id: target.id, from: target.from, body: { content: 'Overwritten!' } },
          }),
        400,
        /'id' is set by the service/,
      );
      const after = (await t.graph<Messages>('GET', `${CHANNEL}/${target.id}`)).body as unknown as Messages['value'][number];
      expect(after.body.content).toBe('The owner’s real message');
    });

    it.each([
      ['messageType', { messageType: 'systemEventMessage' }],
      ['createdDateTime', { createdDateTime: '2001-01-01T00:00:00Z' }],
      ['from', { from: { user: { id: 'x', displayName: 'Olivia Owner' } } }],
    ])('refuses a message that sets %s', async (name, extra) => {
      await refusedLeavesNothing(() => t.graph('POST', CHANNEL, { as: 'member@demo.local', body: { body: { content: 'Hi' }, ...extra } }), 400, new RegExp(`'${name}' is set by the service`));
    });

    it('sets id, from and createdDateTime itself on an ordinary post', async () => {
      const posted = await t.graph<{ id: string; from: { user: { displayName: string } }; messageType: string }>('POST', CHANNEL, { as: 'member@demo.local', body: { body: { content: 'Mine' }, importance: 'high' } });
      expect(posted.status).toBe(201);
      expect(posted.body).toMatchObject({ messageType: 'message', importance: 'high', from: { user: { displayName: 'Marcus Member' } } });
    });
  });
});
