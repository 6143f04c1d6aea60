/**
 * The skills data on a site an earlier release set up, which lacks the lists later releases added
 * (Skill Targets, Leaving Dates): the skills pages still open, the missing lists read as having no
 * entries and are named as absent — so leaving dates are People's own, never invented — while a
 * core list that fails is still an error.
 */
import { createGraphPipeline } from '../../../../data/graph/pipeline';
import { openHub } from '../../../../data/openHub';
import { LISTS } from '../../../../data/schema/lists';
import { memorySnapshots } from '../../../../data/store/snapshotStorage';
import { SkillsStore, type SkillsState } from './skillsStore';

const BASE = 'https://graph.microsoft.com/v1.0';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const stamp = { eTag: '"1"', createdDateTime: '2026-01-01T00:00:00Z', lastModifiedDateTime: '2026-01-01T00:00:00Z' };

/** A scripted Graph site with every list except `absent`; `failing` lists answer 500 to delta. */
function site(options: { readonly absent: readonly string[]; readonly failing?: readonly string[] }) {
  const lists = LISTS.filter((l) => !options.absent.includes(l.key));
  const page = (key: string): unknown[] =>
    key === 'people' ? [{ id: '1', ...stamp, fields: { Title: 'Ann', Email: 'ann@uni.ac.uk', ExpectedLeavingDate: '2027-03-01T00:00:00Z' } }] : [];
  const answer = (url: string): { status: number; body: unknown } => {
    if (url.startsWith('/sites/root?')) return { status: 200, body: { id: 'site-1' } };
    if (url.startsWith('/me?')) return { status: 200, body: { id: 'u1', displayName: 'Ann', userPrincipalName: 'ann@uni.ac.uk' } };
    if (/\/lists\?/.test(url)) return { status: 200, body: { value: lists.map((l) => ({ id: `list-${l.key}`, displayName: l.displayName })) } };
    const delta = /\/lists\/list-([^/]+)\/items\/delta/.exec(url);
    if (delta && options.failing?.includes(delta[1])) return { status: 500, body: { error: { code: 'generalException', message: 'Something broke.' } } };
    if (delta) return { status: 200, body: { value: page(delta[1]), '@odata.deltaLink': `${BASE}/sites/site-1/lists/list-${delta[1]}/items/delta?token=t` } };
    return { status: 404, body: { error: { code: 'itemNotFound', message: url } } };
  };
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    if (!url.pathname.endsWith('/$batch')) {
      const { status, body } = answer(url.pathname.replace('/v1.0', '') + url.search);
      return json(status, body);
    }
    const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
    return json(200, { responses: requests.map((r) => ({ id: r.id, ...answer(r.url) })) });
  }) as typeof fetch;
  return createGraphPipeline({ baseUrl: BASE, getAccessToken: async () => 't', fetchImpl, retry: { maxRetries: 0 } });
}

async function settled(store: SkillsStore): Promise<SkillsState> {
  store.load();
  for (let i = 0; i < 200; i++) {
    const state = store.snapshot();
    if (state.status !== 'loading') return state;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the skills data never settled');
}

describe('skills data on a site without the lists later releases added', () => {
  it('is ready, names the missing lists as absent and keeps People’s own leaving dates', async () => {
    const { hub, missing } = await openHub(site({ absent: ['skillTargets', 'leavingDates'] }), 'root', { storage: memorySnapshots() });
    expect(missing).toEqual(['skillTargets', 'leavingDates']);
    const state = await settled(new SkillsStore(hub));
    expect(state.status).toBe('ready');
    expect(state.data?.absent).toEqual(['skillTargets', 'leavingDates']);
    expect(state.data?.targets).toEqual([]);
    expect(state.data?.people.map((p) => [p.name, p.expectedLeavingDate])).toEqual([['Ann', '2027-03-01']]);
  });

  it('names nothing absent on a site with every list', async () => {
    const { hub } = await openHub(site({ absent: [] }), 'root', { storage: memorySnapshots() });
    const state = await settled(new SkillsStore(hub));
    expect(state.status).toBe('ready');
    expect(state.data?.absent).toEqual([]);
  });

  it('still fails when a list it has cannot be read', async () => {
    const { hub } = await openHub(site({ absent: ['skillTargets'], failing: ['skillRatings'] }), 'root', { storage: memorySnapshots() });
    const state = await settled(new SkillsStore(hub));
    expect(state.status).toBe('error');
  });
});
