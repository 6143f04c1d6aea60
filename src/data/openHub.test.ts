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

describe('opening the hub', () => {
  it('asks for the site, you and the lists in one $batch, then every list in one more', async () => {
    const { pipeline, batches } = batchOnlyGraph();
    const opened = await openHub(pipeline, 'root', { storage: memorySnapshots(), scope: 'ann' });
    expect(batches[0].map((u) => u.split('?')[0])).toEqual(['/sites/root', '/me', '/sites/root/lists']);
    expect(opened).toMatchObject({ user: { userPrincipalName: 'ann@uni.ac.uk' }, missing: [], fromCache: false });
    await opened.refreshed;
    expect(batches).toHaveLength(2);
    expect(batches[1]).toHaveLength(LISTS.length);
  });

  it('on a later visit opens from what was kept, before any request, and refreshes in one $batch', async () => {
    const storage = memorySnapshots();
    const first = batchOnlyGraph();
    await (await openHub(first.pipeline, 'root', { storage, scope: 'ann' })).refreshed;
    await new Promise((resolve) => setTimeout(resolve, 0));

    const later = batchOnlyGraph();
    const opened = await openHub(later.pipeline, 'root', { storage, scope: 'ann' });
    expect(opened.fromCache).toBe(true);
    expect(opened.hub.siteId).toBe('site-1');
    expect(opened.hub.people.store.snapshot()).toMatchObject({ status: 'ready', fromCache: true });
    await opened.refreshed;
    expect(later.batches).toHaveLength(1);
    expect(later.batches[0]).toHaveLength(LISTS.length + 1);
    expect(later.batches[0].every((u) => u.startsWith('/me?') || u.includes('/items/delta?token='))).toBe(true);
  });

  it('opens a later visit from what was kept even when the first visit ended before every list had loaded', async () => {
    const storage = memorySnapshots();
    const first = batchOnlyGraph(LISTS, { unfinished: 'skillRatings' });
    await expect((await openHub(first.pipeline, 'root', { storage, scope: 'ann' })).refreshed).rejects.toThrow();
    expect(first.alone).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const later = batchOnlyGraph();
    const opened = await openHub(later.pipeline, 'root', { storage, scope: 'ann' });
    expect(opened.fromCache).toBe(true);
    expect(opened.hub.people.store.snapshot()).toMatchObject({ status: 'ready', fromCache: true });
    await opened.refreshed;
    // No look-up of the site, you or the lists: only changes (and who you are) in one $batch.
    expect(later.batches).toHaveLength(1);
    const peopleRequest = later.batches[0].find((u) => u.includes('/lists/list-people/'));
    expect(peopleRequest).toContain('/items/delta?token=');
    expect(later.batches[0].some((u) => u.startsWith('/sites/root'))).toBe(false);
  });

  it('tells a first run which lists are missing, and loads none', async () => {
    const { pipeline, batches } = batchOnlyGraph(LISTS.filter((l) => l.key !== 'people'));
    const opened = await openHub(pipeline, 'root', { storage: memorySnapshots() });
    expect(opened.missing).toEqual(['people']);
    await opened.refreshed;
    expect(batches).toHaveLength(1);
  });
});
