/**
 * The local server's SharePoint resource-unit budget, compression and delta, as Microsoft
 * documents them: "Avoid getting throttled or blocked in SharePoint Online"
 * (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online),
 * listItem delta (https://learn.microsoft.com/graph/api/listitem-delta) and Graph's advice to
 * use compression (https://learn.microsoft.com/graph/best-practices-concept).
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

const owner = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };

async function budget(t: TestServer, patch?: unknown): Promise<{ perMinute: number | null; used: number; total: number; refused: number }> {
  const answer = await fetch(`${t.baseUrl}/_local/budget`, patch === undefined ? { headers: owner } : { method: 'POST', headers: owner, body: JSON.stringify(patch) });
  return (await answer.json()) as { perMinute: number | null; used: number; total: number; refused: number };
}

/** Spent RU for one call, read from the budget before and after. */
async function costOf(t: TestServer, call: () => Promise<unknown>): Promise<number> {
  const before = (await budget(t)).total;
  await call();
  return (await budget(t)).total - before;
}

describe('local Graph server: SharePoint resource units', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startServer();
    await createTestLists(t);
  });
  afterEach(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it('charges 1 RU for a single item or a delta with a token, 2 for a list query, a delta without a token or a write', async () => {
    const item = await t.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Chemistry' } } });
    const latest = await t.graph<{ '@odata.deltaLink': string }>('GET', '/sites/root/lists/Units/items/delta?token=latest');
    expect(await costOf(t, () => t.graph('GET', `/sites/root/lists/Units/items/${item.body.id}`))).toBe(1);
    expect(await costOf(t, () => t.graph('GET', latest.body['@odata.deltaLink']))).toBe(1);
    expect(await costOf(t, () => t.graph('GET', '/sites/root/lists/Units/items/delta'))).toBe(2);
    expect(await costOf(t, () => t.graph('GET', '/sites/root/lists/Units/items?$expand=fields'))).toBe(2);
    expect(await costOf(t, () => t.graph('PATCH', `/sites/root/lists/Units/items/${item.body.id}/fields`, { body: { Title: 'Chem' } }))).toBe(2);
    // Not SharePoint: no resource units.
    expect(await costOf(t, () => t.graph('GET', '/me'))).toBe(0);
  });

  it('counts $batch sub-requests one by one', async () => {
    const requests = [1, 2, 3].map((n) => ({ id: String(n), method: 'GET', url: '/sites/root/lists/Units/items?$expand=fields' }));
    expect(await costOf(t, () => t.graph('POST', '/$batch', { body: { requests } }))).toBe(6);
  });

  it('answers 429 with Retry-After once the minute’s budget is spent, and the tier follows the licence count', async () => {
    expect((await budget(t, { licences: 800 })).perMinute).toBe(1200);
    expect((await budget(t, { licences: 20_000 })).perMinute).toBe(4800);
    await budget(t, { perMinute: 5, reset: true });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await t.graph<{ error: { code: string } }>('GET', '/sites/root/lists/Units/items?$expand=fields'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(Number(answers[2].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(answers[2].body.error.code).toBe('activityLimitReached');
    // Inside a $batch each sub-request is refused on its own; the envelope itself is answered.
    const batch = await t.graph<{ responses: { status: number }[] }>('POST', '/$batch', { body: { requests: [{ id: '1', method: 'GET', url: '/sites/root/lists' }] } });
    expect(batch.status).toBe(200);
    expect(batch.body.responses[0].status).toBe(429);
    expect((await budget(t)).refused).toBe(2);
  });

  it('never refuses by default, so ordinary work and tests are not throttled', async () => {
    expect((await budget(t)).perMinute).toBeNull();
  });
});

describe('local Graph server: compression and delta', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startServer();
    await createTestLists(t);
    await t.graph('POST', '/$batch', { body: { requests: Array.from({ length: 20 }, (_, i) => ({ id: String(i + 1), method: 'POST', url: '/sites/root/lists/Units/items', headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: `Unit ${i + 1} with a name long enough to compress` } } })) } });
  });
  afterEach(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  /** A raw GET, so the test sees the bytes on the wire (fetch would decompress them). */
  const raw = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${t.baseUrl}/graph/v1.0${path}`);
      const req = request(url, { headers: { Authorization: owner.Authorization, ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('gzips answers for clients that accept it, and only for them', async () => {
    const zipped = await raw('/sites/root/lists/Units/items?$expand=fields', 'gzip, deflate');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const plain = await raw('/sites/root/lists/Units/items?$expand=fields');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect((await raw('/sites/root/lists/Units/items?$expand=fields', 'gzip;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('keeps $select and $expand in the delta link, and answers 410 Gone with a fresh start for a token it cannot serve', async () => {
    const first = await t.graph<{ value: Record<string, unknown>[]; '@odata.deltaLink': string }>('GET', '/sites/root/lists/Units/items/delta?$select=id,eTag&$expand=fields($select=Title)');
    expect(first.body.value).toHaveLength(20);
    expect(Object.keys(first.body.value[0]).sort()).toEqual(['@odata.etag', 'eTag', 'fields', 'id']);
    await t.graph('PATCH', `/sites/root/lists/Units/items/${String(first.body.value[0].id)}/fields`, { body: { Title: 'Renamed' } });
    const changes = await t.graph<{ value: { id: string; fields: Record<string, unknown> }[] }>('GET', first.body['@odata.deltaLink']);
    expect(changes.body.value).toHaveLength(1);
    expect(Object.keys(changes.body.value[0].fields).filter((k) => !k.startsWith('@') && k !== 'id')).toEqual(['Title']);

    const future = first.body['@odata.deltaLink'].replace(/token=\d+-\d+/, 'token=999999-999999');
    const gone = await t.graph<{ error: { code: string } }>('GET', future);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('resyncRequired');
    const restart = await t.graph<{ value: unknown[] }>('GET', String(gone.headers.get('location')));
    expect(restart.body.value).toHaveLength(20);
  });

  it('accepts a per-item cost setting and refuses nonsense', async () => {
    const set = await fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: owner, body: JSON.stringify({ itemLatencyMs: 0.02 }) });
    expect(await set.json()).toMatchObject({ itemLatencyMs: 0.02 });
    const bad = await fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: owner, body: JSON.stringify({ itemLatencyMs: -1 }) });
    expect(bad.status).toBe(400);
  });
});
