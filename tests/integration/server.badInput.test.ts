/**
 * Bad input against the local Graph server: every request here is refused with a clear 4xx in
 * Graph's error shape (`{ error: { code, message, innerError } }`, https://learn.microsoft.com/en-us/graph/errors)
 * and leaves nothing behind — not in memory (a read by another person) and not on disk (a read
 * after a restart).
 */
import { request } from 'node:http';
import { createTestLists, removeDir, startServer, type Answer, type TestServer } from './serverHarness';

type GraphErrorBody = { error: { code: string; message: string; innerError: { 'request-id': string; date: string } } };
type Items = { value: { id: string; fields: Record<string, unknown> }[] };
type Messages = { value: { id: string; from: { user: { displayName: string } }; body: { content: string } }[] };

const CHANNEL = '/teams/local-team/channels/general/messages';
const UNITS = '/sites/root/lists/Units/items';

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

/**
 * One request over a raw socket: headers as given (a declared Content-Length need not be sent in
 * full), `send` bytes of body, and the answer as soon as it arrives.
 */
function rawRequest(base: string, options: { method?: string; path: string; headers?: Record<string, string>; send?: Buffer | string; chunks?: { size: number; count: number } }): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        done({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined });
      });
    });
    // The server may close while we are still sending: that is the point, not a failure.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : fail(error)));
    if (options.send !== undefined) req.write(options.send);
    if (options.chunks) for (let i = 0; i < options.chunks.count; i += 1) req.write(Buffer.alloc(options.chunks.size, 0x20));
    if (options.headers?.['Content-Length'] === undefined || options.send !== undefined) req.end();
  });
}

const asAnswer = (raw: RawAnswer): Answer<unknown> => ({ status: raw.status, headers: new Headers(), body: raw.body });

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
  const channel = await t.graph<Messages>('GET', `${CHANNEL}?$top=50`, { as: 'owner@demo.local' });
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
            // A member: they may post, so only the spoofed properties are refused (a visitor is refused before that — server.messages.test.ts).
            as: 'member@demo.local',
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

  describe('size limits: bodies, URLs, $filter, $top', () => {
    it('answers a huge POST without credentials with 401 before reading its body', async () => {
      await refusedLeavesNothing(
        async () => asAnswer(await rawRequest(t.baseUrl, { method: 'POST', path: `/graph/v1.0${UNITS}`, headers: { 'Content-Type': 'application/json', 'Content-Length': String(600 * 1024 * 1024) }, send: '{"fields":{"Title":"' })),
        401,
      );
    });

    it('answers a body declared larger than 4 MB with 413 once the caller is known, without reading it', async () => {
      const answer = await rawRequest(t.baseUrl, { method: 'POST', path: `/graph/v1.0${UNITS}`, headers: { Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json', 'Content-Length': String(600 * 1024 * 1024) }, send: '{"fields":' });
      expectGraphError(asAnswer(answer), 413, /larger than 4194304 bytes/);
      expect(answer.headers.connection).toBe('close');
    });

    it('answers a chunked body that grows past 4 MB with 413, and writes nothing', async () => {
      await refusedLeavesNothing(
        async () => asAnswer(await rawRequest(t.baseUrl, { method: 'POST', path: `/graph/v1.0${UNITS}`, headers: { Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json' }, send: '{"fields":{"Title":"big"},"pad":"', chunks: { size: 64 * 1024, count: 80 } })),
        413,
      );
    });

    it('answers an over-long URL with a Graph-shaped 414, and a URL past the header limit with a Graph-shaped 431 (not an empty body)', async () => {
      expectGraphError(await t.graph('GET', `${UNITS}?$filter=${encodeURIComponent(`fields/Title eq '${'x'.repeat(9000)}'`)}`), 414, /at most 8192/);
      const huge = await rawRequest(t.baseUrl, { path: `/graph/v1.0${UNITS}?x=${'y'.repeat(40 * 1024)}`, headers: { Authorization: 'Bearer dev:visitor@demo.local' } });
      expect(huge.status).toBe(431);
      expect(huge.body).toMatchObject({ error: { code: 'requestHeaderFieldsTooLarge', message: expect.stringMatching(/shorten the URL/) } });
    });

    it('answers a deeply nested $filter with 400 (not a 500 stack overflow), even for a visitor', async () => {
      const deep = `${'('.repeat(300)}fields/Title eq 'x'${')'.repeat(300)}`;
      expectGraphError(await t.graph('GET', `${UNITS}?$filter=${encodeURIComponent(deep)}`, { as: 'visitor@demo.local' }), 400, /levels deep/);
      // Inside a $batch the sub-request's URL is not bounded by the HTTP request line: the filter's own limits apply.
      const batched = await t.graph<{ responses: { status: number; body: unknown }[] }>('POST', '/$batch', { as: 'visitor@demo.local', body: { requests: [{ id: '1', method: 'GET', url: `${UNITS}?$filter=${encodeURIComponent(`${'('.repeat(50_000)}x`)}` }] } });
      expectGraphError({ status: batched.body.responses[0].status, headers: new Headers(), body: batched.body.responses[0].body }, 400, /at most 4096/);
      const nots = `${'not '.repeat(200)}fields/Title eq 'x'`;
      expectGraphError(await t.graph('GET', `${UNITS}?$filter=${encodeURIComponent(nots)}`, { as: 'visitor@demo.local' }), 400, /levels deep/);
      const many = Array.from({ length: 300 }, (_, i) => `id eq ${i}`).join(' or ');
      expectGraphError(await t.graph('GET', `${UNITS}?$filter=${encodeURIComponent(many)}`, { as: 'visitor@demo.local' }), 400, /more than 200 conditions/);
    });

    it('refuses $top above 5000 and a batch of more than 20 requests', async () => {
      expectGraphError(await t.graph('GET', `${UNITS}?$top=5001`), 400, /maximum page size of 5000/);
      const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'POST', url: UNITS, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `n${i}` } } }));
      await refusedLeavesNothing(() => t.graph('POST', '/$batch', { body: { requests } }), 400, /at most 20/);
    });
  });

  describe('bodies that are not what Graph takes', () => {
    it('refuses a JSON array body with a clear 400, not "Field required"', async () => {
      await refusedLeavesNothing(() => t.graph('POST', UNITS, { body: [{ fields: { Title: 'in an array' } }] }), 400, /must be a JSON object/);
    });

    it('refuses a body that is not JSON', async () => {
      await refusedLeavesNothing(async () => asAnswer(await rawRequest(t.baseUrl, { method: 'POST', path: `/graph/v1.0${UNITS}`, headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' }, send: '{"fields": {"Title": "x"' })), 400, /not valid JSON/);
    });
  });

  describe('impossible dates (SharePoint stores real dates from 1900 to 8900)', () => {
    it.each(['2027-02-30', '2027-02-28T25:00:00Z', '2027-13-01', '1899-12-31'])('refuses %s in a date column', async (value) => {
      await refusedLeavesNothing(() => t.graph('POST', '/sites/root/lists/People/items', { as: 'member@demo.local', body: { fields: { Title: 'Dated', Email: `d${value}@demo.local`, Started: value } } }), 400, /exists on the calendar/);
    });
  });

  describe('the local control surface and browser origins', () => {
    const faults = (headers: Record<string, string>, body?: string, method = 'POST') => rawRequest(t.baseUrl, { method, path: '/_local/faults', headers, ...(body !== undefined ? { send: body } : {}) });
    const OWNER = { Authorization: 'Bearer dev:owner@demo.local' };

    async function settingsUnchanged(run: () => Promise<void>): Promise<void> {
      const before = (await faults(OWNER, undefined, 'GET')).body;
      await run();
      expect((await faults(OWNER, undefined, 'GET')).body).toEqual(before);
    }

    it('refuses /_local/faults without a sign-in, for a member, and as text/plain (a cross-site form post)', async () => {
      await settingsUnchanged(async () => {
        expectGraphError(asAnswer(await faults({ 'Content-Type': 'text/plain' }, '{"faultRate":1}')), 401);
        expectGraphError(asAnswer(await faults({ Authorization: 'Bearer dev:member@demo.local', 'Content-Type': 'application/json' }, '{"faultRate":1}')), 403, /site owners/);
        expectGraphError(asAnswer(await faults({ ...OWNER, 'Content-Type': 'text/plain' }, '{"faultRate":1}')), 415);
      });
    });

    it.each([
      ['{"latencyMs":1e300}', /latencyMs must be a whole number of milliseconds from 0 to 60000/],
      ['{"latencyMs":-1}', /latencyMs/],
      ['{"faultRate":1.5}', /faultRate/],
      ['{"faultRate":0.1,"extra":true}', /Unknown fault setting 'extra'/],
      ['[1]', /must be a JSON object/],
    ])('refuses the fault settings %s', async (body, message) => {
      await settingsUnchanged(async () => expectGraphError(asAnswer(await faults({ ...OWNER, 'Content-Type': 'application/json' }, body)), 400, message));
    });

    it('refuses requests from another site’s page (Origin) and to another host name (DNS rebinding), in Graph’s shape', async () => {
      await settingsUnchanged(async () => {
        const foreign = await faults({ ...OWNER, 'Content-Type': 'application/json', Origin: 'https://evil.example' }, '{"faultRate":1}');
        expectGraphError(asAnswer(foreign), 403, /evil\.example/);
        expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await rawRequest(t.baseUrl, { method: 'OPTIONS', path: `/graph/v1.0${UNITS}`, headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
        expect({ status: preflight.status, allowed: preflight.headers['access-control-allow-origin'] }).toEqual({ status: 403, allowed: undefined });
        const rebound = await faults({ ...OWNER, 'Content-Type': 'application/json', Host: `evil.example:${new URL(t.baseUrl).port}` }, '{"faultRate":1}');
        expectGraphError(asAnswer(rebound), 421, /addressed to this machine/);
      });
      await refusedLeavesNothing(async () => asAnswer(await rawRequest(t.baseUrl, { method: 'POST', path: `/graph/v1.0${UNITS}`, headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json', Host: 'rebound.example' }, send: '{"fields":{"Title":"rebound"}}' })), 421);
    });

    it('answers the tab’s own origin with CORS for that origin only', async () => {
      const own = new URL(t.baseUrl).origin;
      const preflight = await rawRequest(t.baseUrl, { method: 'OPTIONS', path: `/graph/v1.0${UNITS}`, headers: { Origin: own, 'Access-Control-Request-Method': 'POST' } });
      expect({ status: preflight.status, allowed: preflight.headers['access-control-allow-origin'] }).toEqual({ status: 204, allowed: own });
      const read = await rawRequest(t.baseUrl, { path: `/graph/v1.0${UNITS}?$top=1`, headers: { ...OWNER, Origin: own } });
      expect({ status: read.status, allowed: read.headers['access-control-allow-origin'] }).toEqual({ status: 200, allowed: own });
    });
  });
});
