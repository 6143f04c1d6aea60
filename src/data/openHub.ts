/**
 * Opening the hub in as few round trips as the dependencies allow.
 *
 * - First visit: one `$batch` asks for the site, who you are and the site's lists together (the
 *   lists are addressed through the site's path, so they need not wait for its id).
 * - Later visits: what the last one learnt (site id, you, the lists) is read from IndexedDB: no
 *   request before the pages show.
 * Lists load on their first reader, not here: the lists read in the same tick go in one `$batch`
 * of delta requests (src/data/createHub.ts), each from its IndexedDB snapshot when an earlier
 * visit kept one. On a later visit that first `$batch` also confirms who you are.
 */
import type { Hub, SignedInUser } from './hub';
import { batchFailure, isSuccess, type GraphPipeline } from './graph/pipeline';
import { createHubOnPipeline, ME_PATH, signedInUser, type HubCacheOptions } from './createHub';
import type { GraphList } from './lists/listDirectory';
import { LISTS } from './schema/lists';
import type { ListKey } from './schema/types';
import { sitePath, type SiteRef } from './site';
import { memorySnapshots, type SnapshotStorage } from './store/snapshotStorage';
import type { BatchExtra } from './store/syncLists';

const LIST_SELECT = '$select=id,displayName,name,webUrl';

export interface OpenHubOptions {
  readonly storage?: SnapshotStorage;
  /** Whose snapshots these are (e.g. the person's sign-in name): one device may serve several people. */
  readonly scope?: string;
  readonly now?: () => Date;
}

export interface OpenedHub {
  readonly hub: Hub;
  readonly user: SignedInUser;
  /** Schema lists not on the site (first run: an owner sets them up). */
  readonly missing: readonly ListKey[];
  /** True when shown from what an earlier visit kept, before any answer from Graph. */
  readonly fromCache: boolean;
}

/** What a visit keeps for the next one, besides the lists' snapshots. */
interface Remembered {
  readonly siteId: string;
  readonly user: SignedInUser;
  readonly lists: readonly GraphList[];
}

/** Opens the hub for a site: from what an earlier visit kept if anything, else in one round trip. */
export async function openHub(pipeline: GraphPipeline, ref: SiteRef, options: OpenHubOptions = {}): Promise<OpenedHub> {
  const storage = options.storage ?? memorySnapshots();
  const key = ['start', options.scope ?? '', pipeline.baseUrl, JSON.stringify(ref)].join('|');
  const cache = (lists: readonly GraphList[], firstBatch: readonly BatchExtra[] = []): HubCacheOptions => ({ storage, scope: options.scope, now: options.now, lists, firstBatch });

  const remembered = await storage.readValue<Remembered>(key).catch(() => undefined);
  if (remembered && missingFrom(remembered.lists).length === 0) {
    const confirmMe: BatchExtra = {
      request: { method: 'GET', url: ME_PATH },
      answer: ({ status, body }) => {
        if (status >= 200 && status < 300) void storage.writeValue(key, { ...remembered, user: signedInUser(body) }).catch(() => undefined);
      },
    };
    const hub = createHubOnPipeline(pipeline, remembered.siteId, cache(remembered.lists, [confirmMe]));
    return { hub, user: remembered.user, missing: [], fromCache: true };
  }

  const [site, me, lists] = await pipeline.batch(
    [
      { id: 'site', method: 'GET', url: `${sitePath(ref)}?$select=id,webUrl,displayName` },
      { id: 'me', method: 'GET', url: ME_PATH },
      { id: 'lists', method: 'GET', url: `${sitePath(ref, 'lists')}?${LIST_SELECT}&$top=5000` },
    ],
    'Opening your team’s hub',
  );
  for (const [answer, what] of [
    [site, 'Finding the SharePoint site'],
    [me, 'Reading who you are'],
    [lists, 'Finding the lists of this team’s SharePoint site'],
  ] as const) {
    if (!isSuccess(answer)) throw batchFailure(answer, what);
  }
  const siteId = (site.body as { id: string }).id;
  const user = signedInUser(me.body);
  const found = ((lists.body as { value?: GraphList[]; '@odata.nextLink'?: string }).value ?? []) as GraphList[];
  // A site with more than 5,000 lists is not one we set up; the directory looks again if a list is not found.
  const missing = missingFrom(found);
  const hub = createHubOnPipeline(pipeline, siteId, cache(found));
  if (missing.length > 0) return { hub, user, missing, fromCache: false };
  // Kept at once, not after lists have loaded: a visit that ends before then (a large list still
  // paging, one list failing) must not make the next one look everything up again. Lists without
  // a snapshot simply load afresh next time.
  void storage.writeValue(key, { siteId, user, lists: found } satisfies Remembered).catch(() => undefined);
  return { hub, user, missing, fromCache: false };
}

function missingFrom(lists: readonly GraphList[]): ListKey[] {
  const names = new Set(lists.map((l) => l.displayName));
  return LISTS.filter((l) => !names.has(l.displayName)).map((l) => l.key);
}
