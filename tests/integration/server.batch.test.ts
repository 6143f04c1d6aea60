import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

type BatchAnswer = { responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> & { error?: { code: string; message: string } } }[] };

describe('local Graph server: $batch', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startServer();
    await createTestLists(t);
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  const create = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
    id,
    method: 'POST',
    url: '/sites/root/lists/Units/items',
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Title: title } },
    ...extra,
  });

  it('runs 20 creates in one batch, each answered with its own status and body', async () => {
    const requests = Array.from({ length: 20 }, (_, i) => create(String(i + 1), `Unit ${i + 1}`));
    const answer = await t.graph<BatchAnswer>('POST', '/$batch', { body: { requests } });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(answer.body.responses[0].headers['Content-Type']).toBe('application/json');
    const all = await t.graph<{ value: unknown[] }>('GET', '/sites/root/lists/Units/items');
    expect(all.body.value).toHaveLength(20);
  });

  it('refuses more than 20 requests with 400 and runs none of them', async () => {
    const before = (await t.graph<{ value: unknown[] }>('GET', '/sites/root/lists/Units/items')).body.value.length;
    const requests = Array.from({ length: 21 }, (_, i) => create(String(i + 1), `Extra ${i + 1}`));
    const answer = await t.graph<{ error: { code: string; message: string } }>('POST', '/$batch', { body: { requests } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/21 requests; at most 20/);
    expect((await t.graph<{ value: unknown[] }>('GET', '/sites/root/lists/Units/items')).body.value.length).toBe(before);
  });

  it('orders requests by dependsOn and answers 424 to dependants of a failed request', async () => {
    const answer = await t.graph<BatchAnswer>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'read', method: 'GET', url: '/sites/root/lists/Units/items?$top=1', dependsOn: ['make'] },
          create('make', 'Made first'),
          { id: 'bad', method: 'PATCH', url: '/sites/root/lists/Units/items/9999/fields', body: { Title: 'x' }, headers: { 'Content-Type': 'application/json' } },
          { id: 'after-bad', method: 'GET', url: 'me', dependsOn: ['bad'] },
          { id: 'chain', method: 'GET', url: '/me', dependsOn: ['after-bad'] },
        ],
      },
    });
    const byId = Object.fromEntries(answer.body.responses.map((r) => [r.id, r]));
    expect(byId.make.status).toBe(201);
    expect(byId.read.status).toBe(200);
    expect(byId.bad.status).toBe(404);
    expect(byId.bad.body?.error?.code).toBe('itemNotFound');
    expect(byId['after-bad'].status).toBe(424);
    expect(byId['after-bad'].body?.error?.code).toBe('failedDependency');
    expect(byId.chain.status).toBe(424);
  });

  it('gives each failed sub-request Graph’s innerError: its own request id, the client’s id echoed, and the date', async () => {
    const answer = await t.graph<BatchAnswer>('POST', '/$batch', {
      body: {
        requests: [
          { id: 'missing', method: 'GET', url: '/sites/root/lists/Nope', headers: { 'client-request-id': 'batch-client-1' } },
          { id: 'after', method: 'GET', url: '/me', dependsOn: ['missing'] },
        ],
      },
    });
    const [missing, after] = answer.body.responses.map((r) => (r.body?.error as { innerError?: Record<string, string> } | undefined)?.innerError);
    expect(missing).toEqual({ 'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/), 'client-request-id': 'batch-client-1', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/) });
    expect(after?.['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(after?.['request-id']).not.toBe(missing?.['request-id']);
  });

  it('accepts sub-request urls with or without a leading slash, and absolute Graph urls', async () => {
    const answer = await t.graph<BatchAnswer>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: 'me' }, { id: '2', method: 'GET', url: `${t.baseUrl}/graph/v1.0/me` }, { id: '3', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me?$select=displayName' }] },
    });
    expect(answer.body.responses.map((r) => [r.status, r.body?.userPrincipalName ?? r.body?.displayName])).toEqual([
      [200, 'owner@demo.local'],
      [200, 'owner@demo.local'],
      [200, 'Olivia Owner'],
    ]);
  });

  it('authorises each sub-request as the batch’s caller', async () => {
    const answer = await t.graph<BatchAnswer>('POST', '/$batch', { as: 'visitor@demo.local', body: { requests: [create('1', 'Nope'), { id: '2', method: 'GET', url: '/me' }] } });
    expect(answer.body.responses[0].status).toBe(403);
    expect(answer.body.responses[1].body?.userPrincipalName).toBe('visitor@demo.local');
  });

  it('refuses a batch with a missing dependency, a duplicate id, or no requests', async () => {
    expect((await t.graph('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] } })).status).toBe(400);
    expect((await t.graph('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '1', method: 'GET', url: '/me' }] } })).status).toBe(400);
    expect((await t.graph('POST', '/$batch', { body: {} })).status).toBe(400);
  });

  it('answers 401 to a batch without a token', async () => {
    expect((await t.graph('POST', '/$batch', { as: null, body: { requests: [{ id: '1', method: 'GET', url: '/me' }] } })).status).toBe(401);
  });
});
