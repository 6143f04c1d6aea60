/**
 * The per-list store and the hub around it, driven by a scripted Graph (a fake `fetch` behind the
 * real pipeline). Delta follows https://learn.microsoft.com/graph/api/listitem-delta (nextLink
 * then deltaLink; deleted items; 410 Gone = start again), batching
 * https://learn.microsoft.com/graph/json-batching.
 */
import 'fake-indexeddb/auto';
import { createHubOnPipeline } from '../createHub';
import { createGraphPipeline } from '../graph/pipeline';
import type { Unit } from '../../domain/model';
import { LISTS } from '../schema/lists';
import { failureOf } from '../testing/failureOf';
import { indexedDbSnapshots, memorySnapshots, type SnapshotStorage } from './snapshotStorage';

const BASE = 'https://graph.microsoft.com/v1.0';
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const error = (status: number, code: string) => json(status, { error: { code, message: code, innerError: { 'request-id': 'r', date: '2026-01-01T00:00:00Z' } } });

interface Call {
  readonly method: string;
  readonly url: URL;
  readonly body?: unknown;
}

const unit = (id: number, name: string, modified = '2026-01-01T00:00:00Z') => ({ id: String(id), eTag: `"u${id},${modified}"`, createdDateTime: '2026-01-01T00:00:00Z', lastModifiedDateTime: modified, fields: { Title: name } });
const listIdOf = (key: string) => `list-${key}`;

/**
 * A scripted Graph: lists and `$batch` answered here (each sub-request through `answer`), every
 * other request through `answer`. Records every call that went on the wire.
 */
function fakeGraph(answer: (call: Call) => Response | Promise<Response>) {
  const wire: Call[] = [];
  const handled: Call[] = [];
  const respond = async (call: Call): Promise<Response> => {
    handled.push(call);
    if (call.url.pathname.endsWith('/sites/site-1/lists')) return json(200, { value: LISTS.map((l) => ({ id: listIdOf(l.key), displayName: l.displayName })) });
    return answer(call);
  };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = { method: (init?.method ?? 'GET').toUpperCase(), url: new URL(String(input)), body: init?.body ? JSON.parse(String(init.body)) : undefined };
    wire.push(call);
    if (call.url.pathname.endsWith('/$batch')) {
      const { requests } = call.body as { requests: { id: string; method: string; url: string }[] };
      const responses = await Promise.all(
        requests.map(async (r) => {
          const answered = await respond({ method: r.method, url: new URL(BASE + r.url) });
          return { id: r.id, status: answered.status, body: await answered.json() };
        }),
      );
      return json(200, { responses });
    }
    return respond(call);
  }) as typeof fetch;
  const pipeline = createGraphPipeline({ baseUrl: BASE, getAccessToken: async () => 't', fetchImpl, retry: { maxRetries: 0, sleep: async () => undefined } });
  return { pipeline, wire, handled };
}

const isDelta = (call: Call, list: string) => call.url.pathname === `/v1.0/sites/site-1/lists/${listIdOf(list)}/items/delta`;
const deltaLink = (list: string, token: string) => `${BASE}/sites/site-1/lists/${listIdOf(list)}/items/delta?token=${token}`;

describe('a list store', () => {
  it('loads a list the first time through delta, page by page with progress, and keeps the delta link', async () => {
    const { pipeline, handled } = fakeGraph((call) => {
      if (isDelta(call, 'units') && !call.url.searchParams.has('token')) return json(200, { value: [unit(1, 'Chemistry')], '@odata.nextLink': deltaLink('units', 'page2') });
      if (call.url.searchParams.get('token') === 'page2') return json(200, { value: [unit(2, 'Physics')], '@odata.deltaLink': deltaLink('units', 't1') });
      return error(404, 'itemNotFound');
    });
    const storage = memorySnapshots();
    const hub = createHubOnPipeline(pipeline, 'site-1', { storage });
    const seen: string[] = [];
    hub.units.store.subscribe(() => seen.push(`${hub.units.store.snapshot().status}:${hub.units.store.snapshot().items.length}`));
    const progress: number[] = [];
    const units = await hub.units.all({ onProgress: (n) => progress.push(n) });
    expect(units.map((u) => u.name)).toEqual(['Chemistry', 'Physics']);
    expect(seen).toContain('loading:1');
    expect(progress).toContain(1);
    expect(hub.units.store.snapshot()).toMatchObject({ status: 'ready', fromCache: false });
    const first = handled.find((c) => isDelta(c, 'units'));
    // Only what the app maps: item-level $select and fields($select=…), pages of 5,000.
    expect(first?.url.searchParams.get('$select')).toBe('id,eTag,createdDateTime,lastModifiedDateTime');
    expect(first?.url.searchParams.get('$expand')).toBe('fields($select=Title,UnitKind,Faculty,ShortName)');
    expect(first?.url.searchParams.get('$top')).toBe('5000');
    expect((await storage.read(storage.keys().find((k) => k.endsWith('|units')) ?? ''))?.deltaLink).toBe(deltaLink('units', 't1'));
  });

  it('shows the snapshot of an earlier visit at once, then applies changes and deletions from its delta link', async () => {
    const storage = memorySnapshots();
    const first = fakeGraph((call) => (isDelta(call, 'units') ? json(200, { value: [unit(1, 'Chemistry'), unit(2, 'Physics'), unit(3, 'Biology')], '@odata.deltaLink': deltaLink('units', 't1') }) : error(404, 'x')));
    await createHubOnPipeline(first.pipeline, 'site-1', { storage }).units.all();

    const second = fakeGraph((call) =>
      call.url.searchParams.get('token') === 't1'
        ? json(200, { value: [unit(1, 'Chemistry and Pharmacy', '2026-02-01T00:00:00Z'), { id: '2', deleted: { state: 'deleted' } }, { id: '3', '@removed': { reason: 'deleted' } }], '@odata.deltaLink': deltaLink('units', 't2') })
        : error(404, 'x'),
    );
    const hub = createHubOnPipeline(second.pipeline, 'site-1', { storage });
    await hub.units.store.restore();
    expect(second.wire).toHaveLength(0);
    expect(hub.units.store.snapshot()).toMatchObject({ status: 'ready', fromCache: true });
    expect(hub.units.store.snapshot().items.map((u) => u.name)).toEqual(['Chemistry', 'Physics', 'Biology']);

    await hub.units.store.sync();
    expect(hub.units.store.snapshot().items.map((u) => u.name)).toEqual(['Chemistry and Pharmacy']);
    // Warm: no look-up of list ids, one request with the stored token.
    expect(second.handled.map((c) => c.url.searchParams.get('token'))).toEqual(['t1']);
  });

  it('keeps the same items when a sync brings no change, writing only the new delta link for the next visit', async () => {
    const kept = memorySnapshots();
    const first = fakeGraph(() => json(200, { value: [unit(1, 'Chemistry'), unit(2, 'Physics')], '@odata.deltaLink': deltaLink('units', 't1') }));
    await createHubOnPipeline(first.pipeline, 'site-1', { storage: kept }).units.all();

    const written: string[] = [];
    const storage: SnapshotStorage = { ...kept, write: async (key, snapshot) => (written.push(key), kept.write(key, snapshot)) };
    const second = fakeGraph((call) => json(200, { value: [], '@odata.deltaLink': deltaLink('units', call.url.searchParams.get('token') === 't1' ? 't2' : 't3') }));
    const hub = createHubOnPipeline(second.pipeline, 'site-1', { storage });
    await hub.units.store.ready();
    const shown = hub.units.store.snapshot().items;
    await hub.units.store.upToDate();
    expect(hub.units.store.snapshot()).toMatchObject({ status: 'ready', fromCache: false });
    expect(hub.units.store.snapshot().items).toBe(shown);
    expect(written).toEqual([]);

    // The next visit asks from the newer link, with the items kept before.
    const third = fakeGraph((call) => json(200, { value: [], '@odata.deltaLink': deltaLink('units', `${call.url.searchParams.get('token')}+`) }));
    const later = createHubOnPipeline(third.pipeline, 'site-1', { storage: kept });
    await expect(later.units.all()).resolves.toHaveLength(2);
    expect(third.handled.map((c) => c.url.searchParams.get('token'))).toEqual(['t2']);
  });

  it('starts a fresh enumeration when Graph answers 410 Gone, dropping what the new one does not list', async () => {
    const storage = memorySnapshots();
    const first = fakeGraph(() => json(200, { value: [unit(1, 'Chemistry'), unit(2, 'Physics')], '@odata.deltaLink': deltaLink('units', 'old') }));
    await createHubOnPipeline(first.pipeline, 'site-1', { storage }).units.all();
    const second = fakeGraph((call) => {
      if (call.url.searchParams.get('token') === 'old') return error(410, 'resyncRequired');
      if (isDelta(call, 'units') && !call.url.searchParams.has('token')) return json(200, { value: [unit(2, 'Physics')], '@odata.deltaLink': deltaLink('units', 'new') });
      if (call.url.searchParams.get('token') === 'new') return json(200, { value: [], '@odata.deltaLink': deltaLink('units', 'new') });
      return error(404, 'x');
    });
    const hub = createHubOnPipeline(second.pipeline, 'site-1', { storage });
    await expect(hub.units.all()).resolves.toEqual([expect.objectContaining({ id: '2', name: 'Physics' })]);
    await hub.units.all();
    expect(second.handled.filter((c) => isDelta(c, 'units')).map((c) => c.url.searchParams.get('token'))).toEqual(['old', null, 'new']);
  });

  it('never lets a stale delta answer overwrite a newer record', async () => {
    const { pipeline } = fakeGraph((call) =>
      call.url.searchParams.get('token') === 't1' ? json(200, { value: [unit(1, 'Old name', '2026-01-01T00:00:00Z')], '@odata.deltaLink': deltaLink('units', 't2') }) : json(200, { value: [unit(1, 'Chemistry', '2026-01-01T00:00:00Z')], '@odata.deltaLink': deltaLink('units', 't1') }),
    );
    const hub = createHubOnPipeline(pipeline, 'site-1');
    await hub.units.all();
    const newer = { ...(await hub.units.all())[0], name: 'New name', modified: '2026-03-01T00:00:00Z', eTag: '"u1,3"' };
    (hub.units.store as unknown as { put(r: unknown[]): void }).put([newer]);
    await hub.units.store.sync();
    expect(hub.units.store.snapshot().items[0].name).toBe('New name');
  });
});

describe('a stale cache', () => {
  it('never replaces what the store already holds: a record Graph answered while the snapshot was being read wins', async () => {
    const kept = memorySnapshots();
    const first = fakeGraph(() => json(200, { value: [unit(1, 'Chemistry', '2026-01-01T00:00:00Z'), unit(2, 'Physics')], '@odata.deltaLink': deltaLink('units', 't1') }));
    await createHubOnPipeline(first.pipeline, 'site-1', { storage: kept }).units.all();

    // IndexedDB is slow to answer this time; meanwhile a save's answer (February) reaches the store.
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const storage: SnapshotStorage = { ...kept, read: async (key) => (await slow, kept.read(key)) };
    const hub = createHubOnPipeline(fakeGraph(() => error(404, 'x')).pipeline, 'site-1', { storage });
    const [chemistry] = (await kept.read<Unit>(kept.keys()[0]))?.items ?? [];
    const restoring = hub.units.store.restore();
    hub.units.store.put([{ ...chemistry, name: 'Chemistry and Pharmacy', modified: '2026-02-01T00:00:00Z' }]);
    release();
    await restoring;
    expect(hub.units.store.snapshot().items.map((u) => u.name).sort()).toEqual(['Chemistry and Pharmacy', 'Physics']);
  });
});

describe('writes through the store', () => {
  const loaded = () => json(200, { value: [unit(1, 'Chemistry')], '@odata.deltaLink': deltaLink('units', 't1') });

  it('show at once, before Graph answers, and keep what Graph saved', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { pipeline } = fakeGraph(async (call) => {
      if (call.method === 'PATCH') {
        await held;
        return json(200, {});
      }
      if (call.url.pathname.endsWith('/items/1')) return json(200, unit(1, 'Chemistry and Pharmacy', '2026-02-01T00:00:00Z'));
      return loaded();
    });
    const hub = createHubOnPipeline(pipeline, 'site-1');
    await hub.units.all();
    const saving = hub.units.update('1' as never, { name: 'Chemistry and Pharmacy' }, '"u1"');
    expect(hub.units.store.snapshot().items[0].name).toBe('Chemistry and Pharmacy');
    release();
    await expect(saving).resolves.toMatchObject({ modified: '2026-02-01T00:00:00Z' });
    expect(hub.units.store.snapshot().items[0]).toMatchObject({ name: 'Chemistry and Pharmacy', modified: '2026-02-01T00:00:00Z' });
  });

  it('are rolled back when Graph refuses them (412: someone else changed it)', async () => {
    const { pipeline } = fakeGraph((call) => (call.method === 'PATCH' || call.method === 'DELETE' ? error(412, 'preconditionFailed') : loaded()));
    const hub = createHubOnPipeline(pipeline, 'site-1');
    await hub.units.all();
    const refused = await failureOf(hub.units.update('1' as never, { name: 'Mine' }, '"stale"'));
    expect(refused.code).toBe('conflict');
    expect(hub.units.store.snapshot().items.map((u) => u.name)).toEqual(['Chemistry']);
    await expect(hub.units.remove('1' as never, '"stale"')).rejects.toMatchObject({ code: 'conflict' });
    expect(hub.units.store.snapshot().items.map((u) => u.name)).toEqual(['Chemistry']);
  });

  it('reach every reader of the list', async () => {
    const { pipeline } = fakeGraph((call) => (call.method === 'POST' ? json(201, unit(2, 'Physics')) : loaded()));
    const hub = createHubOnPipeline(pipeline, 'site-1');
    await hub.units.all();
    const told: number[] = [];
    hub.units.store.subscribe(() => told.push(hub.units.store.snapshot().items.length));
    await hub.units.create({ name: 'Physics' } as never);
    expect(told.at(-1)).toBe(2);
  });

  it('filter in memory with SharePoint’s rules: text without regard to case, indexed columns only', async () => {
    const person = (id: number, email: string) => ({ id: String(id), eTag: '"p"', createdDateTime: '2026-01-01T00:00:00Z', lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: { Title: `P${id}`, Email: email } });
    const { pipeline } = fakeGraph(() => json(200, { value: [person(1, 'Ann@Uni.ac.uk'), person(2, 'bob@uni.ac.uk')], '@odata.deltaLink': deltaLink('people', 't1') }));
    const hub = createHubOnPipeline(pipeline, 'site-1');
    await expect(hub.people.where({ email: 'ann@uni.ac.uk' })).resolves.toEqual([expect.objectContaining({ id: '1' })]);
    await expect(hub.people.where({ jobTitle: 'Technician' })).rejects.toMatchObject({ code: 'badRequest' });
  });
});

describe('bringing every list up to date', () => {
  async function warmHub(storage: SnapshotStorage) {
    const cold = fakeGraph((call) => json(200, { value: [], '@odata.deltaLink': `https://graph.microsoft.com${call.url.pathname}?token=t1` }));
    await createHubOnPipeline(cold.pipeline, 'site-1', { storage }).sync();
    // Cold: the list ids once, then every list's first page in one $batch.
    expect(cold.wire.map((c) => c.url.pathname.split('/').pop())).toEqual(['lists', '$batch']);
  }

  it('asks for all lists’ changes in one $batch on a warm open', async () => {
    const storage = memorySnapshots();
    await warmHub(storage);
    const warm = fakeGraph((call) => json(200, { value: [], '@odata.deltaLink': `https://graph.microsoft.com${call.url.pathname}?token=t2` }));
    await createHubOnPipeline(warm.pipeline, 'site-1', { storage }).sync();
    expect(warm.wire).toHaveLength(1);
    expect(warm.wire[0].url.pathname).toBe('/v1.0/$batch');
    const sub = (warm.wire[0].body as { requests: { url: string }[] }).requests;
    expect(sub).toHaveLength(LISTS.length);
    expect(sub.every((r) => r.url.includes('/items/delta?token=t1'))).toBe(true);
  });

  it('lets one list start again (410) without holding up the others', async () => {
    const storage = memorySnapshots();
    await warmHub(storage);
    const warm = fakeGraph((call) => {
      if (isDelta(call, 'units') && call.url.searchParams.get('token') === 't1') return error(410, 'resyncRequired');
      return json(200, { value: isDelta(call, 'units') ? [unit(9, 'Fresh')] : [], '@odata.deltaLink': `https://graph.microsoft.com${call.url.pathname}?token=t2` });
    });
    const hub = createHubOnPipeline(warm.pipeline, 'site-1', { storage });
    await hub.sync();
    expect(hub.units.store.snapshot().items.map((u) => u.name)).toEqual(['Fresh']);
    expect(warm.wire.map((c) => c.url.pathname.split('/').pop())).toEqual(['$batch', 'lists', 'delta']);
  });
});

describe('IndexedDB snapshots', () => {
  it('keep a list between visits and survive a failing database by finding nothing', async () => {
    const storage = indexedDbSnapshots(`test-${Date.now()}`);
    await storage.write('k', { listId: 'l', shape: 's', deltaLink: 'd', items: [{ id: '1' }], syncedAt: 'now' });
    await expect(indexedDbSnapshots(`test-other-${Date.now()}`).read('k')).resolves.toBeUndefined();
    await expect(storage.read('k')).resolves.toEqual({ listId: 'l', shape: 's', deltaLink: 'd', items: [{ id: '1' }], syncedAt: 'now' });
    await storage.remove('k');
    await expect(storage.read('k')).resolves.toBeUndefined();
    await expect(indexedDbSnapshots('x', undefined).read('k')).resolves.toBeUndefined();
  });
});
