import type { Hub, SignedInUser } from './hub';
import { HubError } from '../domain/errors';
import type { Action, HubSetting, Person } from '../domain/model';
import { withOwnerAccounts } from '../domain/actions/ownerAccounts';
import { siteTimeZone, SITE_TIME_ZONE_SETTING } from '../domain/siteDates';
import { createGraphPipeline, type GraphPipeline } from './graph/pipeline';
import type { RetryOptions } from './graph/middleware/retry';
import { ListDirectory, type GraphList } from './lists/listDirectory';
import { createListRepository, deltaPath, itemSelect, siteReading } from './lists/listRepository';
import { createActivityService } from './activity';
import { selectedFields, toDomain } from './mapping/fields';
import type { ListRecords } from './mapping/listMappings';
import { createMessageService } from './messages';
import type { ListKey } from './schema/types';
import { cachedList, type CachedList } from './store/cachedList';
import { ListStore, type DeltaAnswer, type DeltaPage, type ListView } from './store/listStore';
import { memorySnapshots, type SnapshotStorage } from './store/snapshotStorage';
import { syncLists, type BatchExtra } from './store/syncLists';

export interface CreateHubOptions {
  /** e.g. `http://127.0.0.1:53000/graph/v1.0` or `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly getAccessToken: () => Promise<string>;
  /** The Graph id of the team's SharePoint site (`root` on the local server). */
  readonly siteId: string;
  readonly fetchImpl?: typeof fetch;
  readonly retry?: RetryOptions;
}

/** Where a hub keeps its lists between visits. */
export interface HubCacheOptions {
  /** Snapshots of each list (IndexedDB in the tab; memory by default). */
  readonly storage?: SnapshotStorage;
  /** Tells apart the snapshots of different people and tenants on one device (e.g. the person's UPN). */
  readonly scope?: string;
  readonly now?: () => Date;
  /** The site's lists, if already at hand (the start-up `$batch`, an earlier visit): no look-up needed. */
  readonly lists?: readonly GraphList[];
  /** The site's time zone (IANA) when the caller knows it; otherwise read from Hub Settings once. */
  readonly timeZone?: string;
  /** Sub-requests to send in the first lists' `$batch` (a later visit confirms who you are). */
  readonly firstBatch?: readonly BatchExtra[];
}

/** `GET /me` with what `SignedInUser` keeps (also sent in start-up's `$batch`, src/data/openHub.ts). */
export const ME_PATH = '/me?$select=id,displayName,userPrincipalName,mail';

/** Graph's `/me` answer as a `SignedInUser` (an empty `mail` is left out). */
export function signedInUser(body: unknown): SignedInUser {
  const me = body as SignedInUser & { mail?: string | null };
  return { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName, ...(me.mail ? { mail: me.mail } : {}) };
}

/**
 * The site's zone as provisioning recorded it in Hub Settings; where it has not (provisioned without
 * SharePoint access), the zone of the device the hub runs on — right for a site in the zone its
 * people work in, which is how Microsoft 365 sets a new team site's zone.
 */
async function recordedTimeZone(settings: CachedList<HubSetting>): Promise<string> {
  // From the store: at once on a later visit (IndexedDB), else with the lists' first $batch.
  const recorded = (await settings.store.ready()).find((s) => s.key === SITE_TIME_ZONE_SETTING)?.value;
  return typeof recorded === 'string' && siteTimeZone(recorded) ? recorded : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A hub over an existing pipeline (the CLI shares one between provisioning and seeding). Each
 * list's repository is wrapped in the list's store, so every reader shares one copy.
 */
export function createHubOnPipeline(pipeline: GraphPipeline, siteId: string, cache: HubCacheOptions = {}): Hub {
  const lists = new ListDirectory(pipeline, siteId);
  if (cache.lists) lists.prime(cache.lists);
  // Date-only values are midnights in the site's zone: known before the first list with dates is read.
  // Read from the Hub Settings store (in the same $batch as the lists on a warm open).
  let settingsList: CachedList<HubSetting> | undefined;
  let zone: Promise<string> | undefined;
  const timeZone = (): Promise<string> => {
    zone ??= (cache.timeZone ? Promise.resolve(cache.timeZone) : recordedTimeZone(settingsList as CachedList<HubSetting>)).catch((error: unknown) => {
      zone = undefined; // a failed read is asked again next time
      throw error;
    });
    return zone;
  };
  const context = { pipeline, lists, timeZone };
  const storage = cache.storage ?? memorySnapshots();
  const stores: ListView<unknown>[] = [];
  const firstSync = gatherFirstSyncs(pipeline, cache.firstBatch ?? []);

  function list<K extends ListKey>(listKey: K): CachedList<ListRecords[K]> {
    // One zone for the list's store and its repository (date-only values are the site's midnights).
    const reading = siteReading(context, listKey);
    const store = new ListStore<ListRecords[K]>({
      listKey,
      storageKey: [cache.scope ?? '', pipeline.baseUrl, siteId, listKey].join('|'),
      shape: `${itemSelect(listKey).join(',')}|${selectedFields(listKey).join(',')}`,
      storage,
      listId: () => lists.idOf(listKey),
      forgetListIds: () => lists.refresh(),
      initialPath: (listId) => deltaPath(siteId, listId, listKey),
      fetch: (path) => fetchDelta(pipeline, path, `Loading ${listKey}`),
      // Date-only columns are read in the site's zone: known before the first page is mapped.
      prepare: reading.hasDates ? reading.learn : undefined,
      read: (item) => toDomain(listKey, item, { timeZone: reading.zone() }),
      firstSync: (store) => {
        const syncing = firstSync(store as ListView<unknown>);
        // Its dates are read in the site's zone (Hub Settings): asked for in the same $batch, not after.
        if (reading.hasDates) void reading.learn().catch(() => undefined);
        return syncing;
      },
      now: cache.now ?? (() => new Date()),
    });
    stores.push(store as ListView<unknown>);
    return cachedList(createListRepository(context, listKey, reading), store);
  }

  const people = list('people');
  return {
    siteId,
    units: list('units'),
    people,
    plans: list('actionPlans'),
    actions: fillingOwnerAccounts(list('actions'), people),
    actionUpdates: list('actionUpdates'),
    events: list('events'),
    registrations: list('eventRegistrations'),
    skills: list('skills'),
    ratings: list('skillRatings'),
    targets: list('skillTargets'),
    leavingDates: list('leavingDates'),
    settings: (settingsList = list('hubSettings')),
    announcements: list('announcements'),
    announcementReads: list('announcementReads'),
    sentCards: list('sentCards'),
    lists: stores,
    sync: (only) => syncLists(pipeline, only ?? stores),
    messages: createMessageService(pipeline),
    activity: createActivityService(pipeline),
    async me(): Promise<SignedInUser> {
      return signedInUser(await pipeline.send<unknown>({ method: 'GET', path: ME_PATH, what: 'Reading who you are' }));
    },
    missingLists: () => lists.missing(),
    siteTimeZone: timeZone,
  };
}

/**
 * Lists load when first read, not all at start-up: a page brings only what it shows. The lists
 * first read in the same tick (a page's hooks run together; start-up asks for People, Hub
 * Settings and the opening page's lists at once) go in one `$batch` — with `extras` in the first.
 * Each caller gets its own list's outcome.
 */
function gatherFirstSyncs(pipeline: GraphPipeline, extras: readonly BatchExtra[]): (store: ListView<unknown>) => Promise<void> {
  let waiting: { readonly stores: ListView<unknown>[]; readonly sent: Promise<void> } | undefined;
  let firstExtras = [...extras];
  return (store) => {
    if (!waiting) {
      const stores: ListView<unknown>[] = [];
      const sent = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        waiting = undefined;
        const batchExtras = firstExtras;
        firstExtras = [];
        // Each store's own sync (running from here on) carries its outcome; this only sends.
        void syncLists(pipeline, stores, batchExtras).catch(() => undefined);
      });
      waiting = { stores, sent };
    }
    waiting.stores.push(store);
    // Once the batch is under way the store is syncing: `sync()` returns that sync.
    return waiting.sent.then(() => store.sync());
  };
}

/**
 * Every save of an action through the hub — the tab, imports, carrying a plan forward, seeding —
 * writes the owners' site users into Owner accounts (see `ownerAccounts.ts`), read from the People
 * store (no request once People is loaded).
 */
function fillingOwnerAccounts(actions: CachedList<Action>, people: CachedList<Person>): CachedList<Action> {
  const fill = async <C extends Partial<Omit<Action, 'id' | 'eTag' | 'created' | 'modified'>>>(changes: C): Promise<C> =>
    changes.ownerIds === undefined ? changes : withOwnerAccounts(changes, await people.store.ready());
  return {
    ...actions,
    create: async (draft) => actions.create(await fill(draft)),
    update: async (id, changes, eTag) => actions.update(id, await fill(changes), eTag),
    createMany: async (drafts, options) => actions.createMany(await Promise.all(drafts.map(fill)), options),
  };
}

/** One delta request as an answer a store can act on (a 410 is an answer, not a failure). */
async function fetchDelta(pipeline: GraphPipeline, path: string, what: string): Promise<DeltaAnswer> {
  try {
    return { ok: true, page: await pipeline.send<DeltaPage>({ method: 'GET', path, what }) };
  } catch (error) {
    return { ok: false, status: error instanceof HubError ? (error.details.status as number | undefined) : undefined, error };
  }
}

/**
 * The data seam over Microsoft Graph: typed repositories for every list, Teams messages, `me`.
 * The same code talks to real Graph and to the local server; only the base URL and token differ.
 */
export function createHub(options: CreateHubOptions): Hub {
  const pipeline = createGraphPipeline({ baseUrl: options.graphBaseUrl, getAccessToken: options.getAccessToken, fetchImpl: options.fetchImpl, retry: options.retry });
  return createHubOnPipeline(pipeline, options.siteId);
}
