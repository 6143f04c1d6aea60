/**
 * Opening the hub: the first visit asks for the site, who you are and the lists in one `$batch`
 * (https://learn.microsoft.com/graph/json-batching), then every list's first delta page in one
 * more; a later visit shows what IndexedDB kept without waiting and asks for changes in one.
 */
import { createGraphPipeline } from './graph/pipeline';
import { openHub } from './openHub';
import { LISTS } from './schema/lists';
import { memorySnapshots } from './store/snapshotStorage';

const BASE = 'https://graph.microsoft.com/v1.0';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A scripted Graph that only answers through `$batch`, recording each batch's sub-request urls. */
function batchOnlyGraph(lists: readonly { key: string; displayName: string }[] = LISTS, options: { readonly unfinished?: string } = {}) {
  const batches: string[][] = [];
  const alone: string[] = [];
  const answer = (url: string): { status: number; body: unknown } => {
    if (url.startsWith('/sites/root?')) return { status: 200, body: { id: 'site-1', webUrl: 'https://contoso.sharepoint.com/sites/tech' } };
    if (url.startsWith('/me?')) return { status: 200, body: { id: 'u1', displayName: 'Ann', userPrincipalName: 'ann@uni.ac.uk' } };
    if (url.startsWith('/sites/root/lists?')) return { status: 200, body: { value: lists.map((l) => ({ id: `list-${l.key}`, displayName: l.displayName })) } };
    const delta = /\/lists\/([^/]+)\/items\/delta/.exec(url);
    // `unfinished`: a list whose enumeration has a second page that fails (the visit ends mid-load).
    if (delta && delta[1] === `list-${options.unfinished}` && !url.includes('token=')) {
      return { status: 200, body: { value: [], '@odata.nextLink': `${BASE}/sites/site-1/lists/${delta[1]}/items/delta?skiptoken=2` } };
    }
    if (delta) return { status: 200, body: { value: [], '@odata.deltaLink': `${BASE}/sites/site-1/lists/${delta[1]}/items/delta?token=t${batches.length}` } };
    return { status: 404, body: { error: { code: 'itemNotFound', message: url } } };
  };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.searchParams.has('skiptoken')) {
      alone.push(url.href);
      return json(500, { error: { code: 'generalException', message: 'The visit ended here.' } });
    }
    if (!url.pathname.endsWith('/$batch')) throw new Error(`expected only $batch, got ${url.pathname}`);
    const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
    batches.push(requests.map((r) => r.url));
    return json(200, { responses: requests.map((r) => ({ id: r.id, ...answer(r.url) })) });
  }) as typeof fetch;
  return { pipeline: createGraphPipeline({ baseUrl: BASE, getAccessToken: async () => 't', fetchImpl }), batches, alone };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('opening the hub', () => {
  it('asks for the site, you and the lists in one $batch, and loads a list only when it is read', async () => {
    const { pipeline, batches } = batchOnlyGraph();
    const opened = await openHub(pipeline, 'root', { storage: memorySnapshots(), scope: 'ann' });
    expect(batches[0].map((u) => u.split('?')[0])).toEqual(['/sites/root', '/me', '/sites/root/lists']);
    expect(opened).toMatchObject({ user: { userPrincipalName: 'ann@uni.ac.uk' }, missing: [], fromCache: false });
    await tick();
    expect(batches).toHaveLength(1);
    // Lists read in the same tick (a page's hooks) go in one $batch — with Hub Settings, where the
    // site's time zone for People's dates is kept; the other lists are not asked for.
    const { people, actions } = opened.hub;
    await Promise.all([people.store.ready(), actions.store.ready()]);
    expect(batches).toHaveLength(2);
    expect(batches[1].map((u) => /\/lists\/([^/]+)\//.exec(u)?.[1])).toEqual(['list-people', 'list-hubSettings', 'list-actions']);
  });

  it('on a later visit opens from what was kept with no request, then asks the lists read for their changes in one $batch', async () => {
    const storage = memorySnapshots();
    const first = batchOnlyGraph();
    const visit = await openHub(first.pipeline, 'root', { storage, scope: 'ann' });
    await Promise.all([visit.hub.people.store.ready(), visit.hub.actions.store.ready()]);
    await tick();

    const later = batchOnlyGraph();
    const opened = await openHub(later.pipeline, 'root', { storage, scope: 'ann' });
    expect(opened.fromCache).toBe(true);
    expect(opened.hub.siteId).toBe('site-1');
    const { people, actions } = opened.hub;
    await Promise.all([people.store.ready(), actions.store.ready()]);
    // Shown from IndexedDB before Graph has answered anything.
    expect(later.batches).toHaveLength(0);
    expect(people.store.snapshot()).toMatchObject({ status: 'ready', fromCache: true });
    await Promise.all([people.store.open(), actions.store.open()]);
    expect(later.batches).toHaveLength(1);
    // Who you are, then People, Hub Settings (the zone of People's dates) and Actions.
    expect(later.batches[0]).toHaveLength(4);
    expect(later.batches[0][0]).toMatch(/^\/me\?/);
    expect(later.batches[0].slice(1).every((u) => u.includes('/items/delta?token='))).toBe(true);
    expect(people.store.snapshot()).toMatchObject({ status: 'ready', fromCache: false });
  });

  it('opens a later visit from what was kept even when the first visit ended before every list had loaded', async () => {
    const storage = memorySnapshots();
    const first = batchOnlyGraph(LISTS, { unfinished: 'skillRatings' });
    const visit = await openHub(first.pipeline, 'root', { storage, scope: 'ann' });
    const [people, ratings] = await Promise.allSettled([visit.hub.people.store.ready(), visit.hub.ratings.store.ready()]);
    expect([people.status, ratings.status]).toEqual(['fulfilled', 'rejected']);
    expect(first.alone).toHaveLength(1);
    await tick();

    const later = batchOnlyGraph();
    const opened = await openHub(later.pipeline, 'root', { storage, scope: 'ann' });
    expect(opened.fromCache).toBe(true);
    await Promise.all([opened.hub.people.store.open(), opened.hub.ratings.store.open()]);
    expect(opened.hub.people.store.snapshot()).toMatchObject({ status: 'ready' });
    // No look-up of the site, you or the lists: one $batch with who you are, People's changes,
    // and the list that never finished loading enumerated afresh.
    expect(later.batches).toHaveLength(1);
    const [me] = later.batches[0];
    const peopleRequest = later.batches[0].find((u) => u.includes('/list-people/'));
    const ratingsRequest = later.batches[0].find((u) => u.includes('/list-skillRatings/'));
    expect(me).toMatch(/^\/me\?/);
    expect(peopleRequest).toContain('/lists/list-people/items/delta?token=');
    expect(ratingsRequest).toContain('/lists/list-skillRatings/items/delta?');
    expect(ratingsRequest).not.toContain('token=');
  });

  it('tells a first run which lists are missing, and loads none', async () => {
    const { pipeline, batches } = batchOnlyGraph(LISTS.filter((l) => l.key !== 'people'));
    const opened = await openHub(pipeline, 'root', { storage: memorySnapshots() });
    expect(opened.missing).toEqual(['people']);
    await tick();
    expect(batches).toHaveLength(1);
  });
});
