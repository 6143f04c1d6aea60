/**
 * A colleague's change reaches an open tab without a reload: two people's hubs on the local
 * server, one changes an action's status, the other's delta poll (on focus) brings it — one delta
 * request with the token kept from the first load (https://learn.microsoft.com/graph/api/listitem-delta).
 * And eTags still guard writes: a save made on what the tab showed before the colleague's change is
 * refused with 412 (https://learn.microsoft.com/graph/api/listitem-update, `If-Match`), nothing is
 * written, and the tab goes back to what it knew.
 */
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import type { Hub } from '../../src/data/hub';
import { provisionSite } from '../../src/data/provision/provisionSite';
import type { Action } from '../../src/domain/model';
import { MIN_GAP_MS, startDeltaPoll, type PollHost } from '../../src/app/services/useDeltaPoll';
import { removeDir, startServer, type TestServer } from './serverHarness';

jest.setTimeout(120_000);

let t: TestServer;
/** Graph requests the second person's tab sent (method and path with query), `$batch` sub-requests included. */
const sent: string[] = [];

function hubAs(upn: string, record = false): Hub {
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (record) {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/$batch')) {
        const { requests } = JSON.parse(await request.clone().text()) as { requests: { method: string; url: string }[] };
        for (const r of requests) sent.push(`${r.method} ${r.url}`);
      } else sent.push(`${request.method} ${url.pathname}${url.search}`);
    }
    return fetch(request);
  };
  return createHubOnPipeline(createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${upn}`, fetchImpl }), 'root');
}

/** Resolves once `check` holds for the store's items (checked on every change); fails after 10 s. */
function until<T>(list: { store: { subscribe(l: () => void): () => void; snapshot(): { items: readonly T[] } } }, check: (items: readonly T[]) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check(list.store.snapshot().items)) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error('The change never reached the tab.'));
    }, 10_000);
    const stop = list.store.subscribe(() => {
      if (!check(list.store.snapshot().items)) return;
      stop();
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(async () => {
  t = await startServer();
  const owner = createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: async () => 'dev:owner@demo.local' });
  await provisionSite({ graph: owner, siteId: 'root', getSharePointToken: async () => 'dev:owner@demo.local' });
});

afterAll(async () => {
  await t?.stop();
  removeDir(t?.dataDir);
});

it('shows a colleague’s status change on the next poll, and refuses a save made on what was shown before', async () => {
  const colleague = hubAs('owner@demo.local');
  const plan = await colleague.plans.create({ title: 'Plan 2026', institution: 'University of Liverpool', periodStart: '2026-01-01', periodEnd: '2028-12-31', stage: '1', statusScheme: 'Red/Amber/Green', state: 'Active', extraThemes: [], strategyPillars: [] });
  const action = await colleague.actions.create({ planId: plan.id, title: 'Profiles', reference: 'V1', talentRefs: [], themes: ['Visibility'], task: 'Publish technician profiles', ragStatus: 'Amber', ownerIds: [], strategyAlignment: [] });

  // The second person's tab shows the actions (a page subscribes to the store).
  const tab = hubAs('member@demo.local', true);
  await tab.actions.store.ready();
  const stopReading = tab.actions.store.subscribe(() => undefined);
  let clock = 0;
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const window = new EventTarget();
  const stopPolling = startDeltaPoll(tab, { document, window, now: () => clock } as unknown as PollHost);
  const shown = (): Action | undefined => tab.actions.store.snapshot().items.find((a) => a.id === action.id);
  expect(shown()).toMatchObject({ ragStatus: 'Amber', eTag: action.eTag });

  await colleague.actions.update(action.id, { ragStatus: 'Green', evidence: 'Profiles are live' }, action.eTag);

  // A save on what the tab showed (the old eTag): SharePoint refuses it, the tab puts back what it knew.
  await expect(tab.actions.update(action.id, { ragStatus: 'Red', redExplanation: 'No budget' }, action.eTag)).rejects.toMatchObject({ code: 'conflict' });
  expect(shown()?.ragStatus).toBe('Amber');
  expect((await colleague.actions.get(action.id)).ragStatus).toBe('Green');

  // The person comes back to the tab: one delta request with the kept token brings the change.
  sent.length = 0;
  clock += MIN_GAP_MS;
  window.dispatchEvent(new Event('focus'));
  await until<Action>(tab.actions, (items) => items.some((a) => a.id === action.id && a.ragStatus === 'Green'));
  expect(shown()).toMatchObject({ ragStatus: 'Green', evidence: 'Profiles are live' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatch(/^GET .*\/items\/delta\?.*token=/);

  stopPolling();
  stopReading();
});
