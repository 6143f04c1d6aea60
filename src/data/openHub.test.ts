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
function batchOnlyGraph(lists: readonly { key: string; displayName: string }[] = LISTS) {
  const batches: string[][] = [];
  const answer = (url: string): { status: number; body: unknown } => {
    if (url.startsWith('/sites/root?')) return { status: 200, body: { id: 'site-1', webUrl: 'https://contoso.sharepoint.com/sites/tech' } };
    if (url.startsWith('/me?')) return { status: 200, body: { id: 'u1', displayName: 'Ann', userPrincipalName: 'ann@uni.ac.uk' } };
    if (url.startsWith('/sites/root/lists?')) return { status: 200, body: { value: lists.map((l) => ({ id: `list-${l.key}`, displayName: l.displayName })) } };
    const delta = /\/lists\/([^/]+)\/items\/delta/.exec(url);
    if (delta) return { status: 200, body: { value: [], '@odata.deltaLink': `${BASE}/sites/site-1/lists/${delta[1]}/items/delta?token=t${batches.length}` } };
    return { status: 404, body: { error: { code: 'itemNotFound', message: url } } };
  };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (!url.pathname.endsWith('/$batch')) throw new Error(`expected only $batch, got ${url.pathname}`);
    const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
    batches.push(requests.map((r) => r.url));
    return json(200, { responses: requests.map((r) => ({ id: r.id, ...answer(r.url) })) });
  }) as typeof fetch;
  return { pipeline: createGraphPipeline({ baseUrl: BASE, getAccessToken: async () => 't', fetchImpl }), batches };
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

  it('tells a first run which lists are missing, and loads none', async () => {
    const { pipeline, batches } = batchOnlyGraph(LISTS.filter((l) => l.key !== 'people'));
    const opened = await openHub(pipeline, 'root', { storage: memorySnapshots() });
    expect(opened.missing).toEqual(['people']);
    await opened.refreshed;
    expect(batches).toHaveLength(1);
  });
});
