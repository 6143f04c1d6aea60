/**
 * One store per SharePoint list: where the tab's data lives. It shows the IndexedDB snapshot at
 * once, brings it up to date with Graph `items/delta`, and tells every subscriber about each
 * change — delta pages, and writes made through the hub (applied at once, undone if refused).
 *
 * Delta as Graph documents it (https://learn.microsoft.com/graph/api/listitem-delta): the first
 * call without a token enumerates the list page by page (`@odata.nextLink`) and ends with an
 * `@odata.deltaLink`; calling that link returns what changed since, deleted items carrying the
 * `deleted` facet (or `@removed`); a `410 Gone` means the token can no longer be served and the
 * enumeration starts again from scratch.
 */
import { HubError } from '../../domain/errors';
import type { Stored } from '../../domain/model';
import type { GraphListItem } from '../mapping/fields';
import type { ListKey } from '../schema/types';
import type { ListSnapshot, SnapshotStorage } from './snapshotStorage';

/** A listItem in a delta page: changed, or deleted (`deleted` facet; `@removed` on some resources). */
export type DeltaItem = GraphListItem & { readonly deleted?: { readonly state?: string }; readonly '@removed'?: unknown };

export interface DeltaPage {
  readonly value?: readonly DeltaItem[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

/** One answer to a delta request, whether sent alone or inside a `$batch`. */
export type DeltaAnswer = { readonly ok: true; readonly page: DeltaPage } | { readonly ok: false; readonly status?: number; readonly error: unknown };

/** What a store needs from the data layer (built by `createHubOnPipeline`). */
export interface ListSource<T> {
  readonly listKey: ListKey;
  /** Key of the list's snapshot (site, person and list). */
  readonly storageKey: string;
  /** The `$select` shape items are read with; a snapshot of another shape is thrown away. */
  readonly shape: string;
  readonly storage: SnapshotStorage;
  /** The list's Graph id (looked up once per session). */
  listId(): Promise<string>;
  /** Forgets list ids (after a 404: the list may have been recreated). */
  forgetListIds(): void;
  /** `…/items/delta?$select=…&$expand=fields($select=…)&$top=…` for a list id. */
  initialPath(listId: string): string;
  /** Sends one delta request. */
  fetch(path: string): Promise<DeltaAnswer>;
  read(item: GraphListItem): T;
  /** Anything `read` needs first (the site's time zone), fetched while the first request is under way. */
  prepare?: () => Promise<void>;
  /**
   * Runs the store's first sync for its first reader; the hub gathers the lists first read in
   * the same tick into one `$batch` (`syncLists`). Without it the store syncs alone.
   */
  firstSync?: (store: ListView<T>) => Promise<void>;
  now(): Date;
}

export type ListStatus =
  /** Nothing known yet. */
  | 'empty'
  /** The first load is running; `items` grows as pages arrive and `loaded` counts them. */
  | 'loading'
  | 'ready'
  /** The last sync failed; `items` are what was known before. */
  | 'error';

export interface ListState<T> {
  readonly status: ListStatus;
  /** Same array until something changes, so React can compare it. */
  readonly items: readonly T[];
  /** Items received so far during a first load (for a progress indicator). */
  readonly loaded: number;
  /** Items are from the snapshot of an earlier visit and not yet confirmed by delta. */
  readonly fromCache: boolean;
  readonly syncing: boolean;
  readonly error?: unknown;
  /** ISO time of the last complete sync. */
  readonly syncedAt?: string;
}

/** The read side of a store, as pages use it. */
export interface ListView<T> {
  readonly listKey: ListKey;
  subscribe(listener: () => void): () => void;
  snapshot(): ListState<T>;
  /** Reads the IndexedDB snapshot (once; no request). */
  restore(): Promise<void>;
  /**
   * Brings the list up to date with delta (concurrent calls share one sync). `first`, if given,
   * sends the first request (e.g. inside a `$batch` with other lists'); later pages go alone.
   */
  sync(first?: (path: string) => Promise<DeltaAnswer>): Promise<void>;
  /** Whether a sync is running now. */
  isSyncing(): boolean;
  /** Sends one delta request alone (when it cannot go in a `$batch`). */
  fetchPage(path: string): Promise<DeltaAnswer>;
  /**
   * Loads the list for its first reader — nothing is loaded before someone reads it — and
   * resolves with the items as soon as there is something to show: the IndexedDB snapshot of an
   * earlier visit at once (its changes follow by delta), else the first load from Graph.
   */
  ready(): Promise<readonly T[]>;
  /**
   * Starts the list's first sync once (again after a failure) and resolves when it ends: what
   * `ready` starts; `all`/`where` wait for it to answer from fresh data.
   */
  open(): Promise<void>;
  /** Brings the list up to date: its first sync if that has not ended yet, else one more delta. */
  upToDate(): Promise<void>;
  /** The request that would bring this list up to date (its delta link, or a fresh enumeration). */
  nextPath(): Promise<string>;
  /** Whether anything on screen reads the list now (a poll only asks about those). */
  observed(): boolean;
  /** Puts records Graph returned (a stale one never replaces a newer one). */
  put(records: readonly T[]): void;
}

const EMPTY: ListState<never> = { status: 'empty', items: [], loaded: 0, fromCache: false, syncing: false };

export class ListStore<T extends Stored<string>> implements ListView<T> {
  readonly listKey: ListKey;
  private state: ListState<T> = EMPTY;
  private readonly listeners = new Set<() => void>();
  private byId = new Map<string, T>();
  private listId?: string;
  private deltaLink?: string;
  private restoring?: Promise<void>;
  private syncing?: Promise<void>;
  private opening?: Promise<void>;
  /** The first sync (started by `open`) has ended. */
  private openedOnce = false;
  /** Ids with a write in flight: delta leaves them alone until the write answers. */
  private readonly pending = new Map<string, number>();
  private persisting: Promise<void> = Promise.resolve();
  /** The items last kept in the snapshot (same array: unchanged since) and that snapshot's delta link. */
  private persisted?: { readonly items: readonly T[]; readonly deltaLink: string };

  constructor(private readonly source: ListSource<T>) {
    this.listKey = source.listKey;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = (): ListState<T> => this.state;

  observed(): boolean {
    return this.listeners.size > 0;
  }

  private set(patch: Partial<ListState<T>>, itemsChanged = false): void {
    this.state = { ...this.state, ...patch, ...(itemsChanged ? { items: [...this.byId.values()] } : {}) };
    for (const listener of [...this.listeners]) listener();
  }

  restore(): Promise<void> {
    const key = this.source.storageKey;
    this.restoring ??= Promise.all([this.source.storage.read<T>(key), this.source.storage.readValue<LaterLink>(laterLinkKey(key)).catch(() => undefined)]).then(
      ([snapshot, later]) => {
        if (!snapshot || snapshot.shape !== this.source.shape || this.state.status !== 'empty') return;
        const merging = this.byId.size > 0;
        // A stale cache never overwrites newer data: records put or written while the snapshot
        // was being read (Graph's answers this session) win over the snapshot's, unless the
        // snapshot's copy was modified later.
        const kept = new Map(snapshot.items.map((item) => [item.id as string, item]));
        for (const [id, known] of this.byId) {
          const cached = kept.get(id);
          if (!cached || this.pending.has(id) || !isNewer(cached, known)) kept.set(id, known);
        }
        this.byId = kept;
        this.listId = snapshot.listId;
        // A later sync that changed nothing kept only its link (see `persist`); one recorded
        // against another snapshot is not this one's.
        const newer = later?.of === snapshot.deltaLink ? later : undefined;
        this.deltaLink = newer?.deltaLink ?? snapshot.deltaLink;
        this.set({ status: 'ready', fromCache: true, syncedAt: newer?.syncedAt ?? snapshot.syncedAt, loaded: kept.size }, true);
        if (!merging) this.persisted = { items: this.state.items, deltaLink: snapshot.deltaLink };
      },
      () => undefined,
    );
    return this.restoring;
  }

  async nextPath(): Promise<string> {
    await this.restore();
    // A known delta link names the list already: a warm open needs no look-up of list ids.
    if (this.deltaLink) return this.deltaLink;
    const listId = await this.source.listId();
    this.listId = listId;
    return this.source.initialPath(listId);
  }

  fetchPage(path: string): Promise<DeltaAnswer> {
    return this.source.fetch(path);
  }

  isSyncing(): boolean {
    return this.syncing !== undefined;
  }

  sync(first?: (path: string) => Promise<DeltaAnswer>): Promise<void> {
    if (this.syncing) return this.syncing;
    const running = this.runSync(first).finally(() => {
      this.syncing = undefined;
    });
    this.syncing = running;
    return running;
  }

  open(): Promise<void> {
    if (!this.opening) {
      // Already brought up to date (or being) by a caller of `sync`: nothing more to start.
      const started = this.syncing ?? (this.state.status === 'ready' && !this.state.fromCache ? Promise.resolve() : this.firstSync());
      this.opening = started;
      started.then(
        () => (this.openedOnce = true),
        // A failed first sync is tried again by the next reader.
        () => {
          if (this.opening === started) this.opening = undefined;
        },
      );
    }
    return this.opening;
  }

  upToDate(): Promise<void> {
    return this.openedOnce ? this.sync() : this.open();
  }

  private firstSync(): Promise<void> {
    return this.source.firstSync ? this.source.firstSync(this) : this.sync();
  }

  async ready(): Promise<readonly T[]> {
    const first = this.open();
    await this.restore();
    if (this.state.status !== 'ready') await first;
    return this.state.items;
  }

  private async runSync(first: ((path: string) => Promise<DeltaAnswer>) | undefined): Promise<void> {
    this.set({ syncing: true, error: undefined });
    try {
      let path = await this.nextPath();
      const [firstAnswer] = await Promise.all([(first ?? this.source.fetch)(path), this.source.prepare?.()]);
      let answer = firstAnswer;
      let enumeration: Map<string, T> | undefined = this.deltaLink ? undefined : new Map();
      let restarted = false;
      for (;;) {
        if (!answer.ok) {
          const { status } = answer;
          // 410: the token is too old or the service needs a fresh start; 404: the list was replaced.
          if ((status === 410 || status === 404) && !restarted) {
            restarted = true;
            if (status === 404) this.source.forgetListIds();
            this.deltaLink = undefined;
            this.listId = await this.source.listId();
            enumeration = new Map();
            path = this.source.initialPath(this.listId);
            answer = await this.source.fetch(path);
            continue;
          }
          throw answer.error;
        }
        const { page } = answer;
        if (enumeration) this.collect(enumeration, page);
        else this.apply(page);
        const next = page['@odata.nextLink'];
        if (next) {
          path = next;
          answer = await this.source.fetch(path);
          continue;
        }
        const deltaLink = page['@odata.deltaLink'];
        if (!deltaLink) throw new HubError('server', `Loading ${this.listKey}: Graph's delta answer had neither @odata.nextLink nor @odata.deltaLink.`);
        this.deltaLink = deltaLink;
        if (enumeration) this.replaceWith(enumeration);
        // Changes were applied page by page: the items array stays the same when nothing changed,
        // so readers need not compute again (a poll every minute mostly brings nothing).
        this.set({ status: 'ready', fromCache: false, syncing: false, syncedAt: this.source.now().toISOString(), loaded: this.byId.size }, enumeration !== undefined);
        await this.persist();
        return;
      }
    } catch (error) {
      this.set({ status: 'error', syncing: false, error });
      throw error;
    }
  }

  /** A page of a fresh enumeration; shown as it arrives when there was nothing to show before. */
  private collect(into: Map<string, T>, page: DeltaPage): void {
    for (const item of page.value ?? []) {
      if (isDeleted(item)) into.delete(String(item.id));
      else into.set(String(item.id), this.source.read(item));
    }
    if (this.byId.size === 0 && (this.state.status === 'empty' || this.state.status === 'loading')) {
      this.state = { ...this.state, status: 'loading', loaded: into.size, items: [...into.values()] };
      for (const listener of [...this.listeners]) listener();
    } else {
      this.set({ loaded: into.size });
    }
  }

  /** The end of a fresh enumeration: what it found is the list (writes in flight kept). */
  private replaceWith(found: Map<string, T>): void {
    for (const [id] of this.pending) {
      const mine = this.byId.get(id);
      if (mine) found.set(id, mine);
    }
    for (const [id, item] of found) {
      const known = this.byId.get(id);
      if (known && isNewer(known, item)) found.set(id, known);
    }
    this.byId = found;
  }

  /** Changes since the last token: the last occurrence of an item wins; a stale one never overwrites newer data. */
  private apply(page: DeltaPage): void {
    let changed = false;
    for (const item of page.value ?? []) {
      const id = String(item.id);
      if (this.pending.has(id)) continue;
      if (isDeleted(item)) {
        changed = this.byId.delete(id) || changed;
        continue;
      }
      const incoming = this.source.read(item);
      const known = this.byId.get(id);
      if (known && (isNewer(known, incoming) || known.eTag === incoming.eTag)) continue;
      this.byId.set(id, incoming);
      changed = true;
    }
    if (changed) this.set({}, true);
  }

  /**
   * Keeps the list for the next visit. When the items are those already kept (a sync that changed
   * nothing), only the new delta link is written — not 26,000 ratings again on every open and poll.
   */
  private persist(): Promise<void> {
    const key = this.source.storageKey;
    const deltaLink = this.deltaLink ?? '';
    const syncedAt = this.state.syncedAt ?? this.source.now().toISOString();
    if (!deltaLink) return this.persisting;
    const { persisted } = this;
    let write: () => Promise<void>;
    if (persisted && persisted.items === this.state.items) {
      const later: LaterLink = { of: persisted.deltaLink, deltaLink, syncedAt };
      write = () => this.source.storage.writeValue(laterLinkKey(key), later);
    } else {
      const snapshot: ListSnapshot<T> = { listId: this.listId ?? idFromDeltaLink(deltaLink) ?? '', shape: this.source.shape, deltaLink, items: this.state.items, syncedAt };
      this.persisted = { items: snapshot.items, deltaLink };
      write = () => this.source.storage.write(key, snapshot);
    }
    this.persisting = this.persisting.then(write).catch(() => undefined);
    return this.persisting;
  }

  // Writes -----------------------------------------------------------------------------------

  /** Puts records Graph returned (a create, an update read back, a get) and keeps them. */
  put(records: readonly T[]): void {
    let changed = false;
    for (const record of records) {
      const known = this.byId.get(record.id);
      if (known && isNewer(known, record)) continue;
      this.byId.set(record.id, record);
      changed = true;
    }
    if (changed) {
      this.set({}, true);
      void this.persist();
    }
  }

  /**
   * Shows a write at once, before Graph has answered (`next` undefined: the item disappears);
   * delta leaves the item alone meanwhile. Call the returned `settle` with Graph's outcome: the
   * saved record, `'removed'`, or `'refused'` to put back what was there before.
   */
  optimistic(id: string, next: T | undefined): (outcome: WriteOutcome<T>) => void {
    const before = this.byId.get(id);
    this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
    if (next) this.byId.set(id, next);
    else this.byId.delete(id);
    this.set({}, true);
    let settled = false;
    return (outcome) => {
      if (settled) return;
      settled = true;
      const left = (this.pending.get(id) ?? 1) - 1;
      if (left <= 0) this.pending.delete(id);
      else this.pending.set(id, left);
      if (outcome === 'refused') {
        if (before) this.byId.set(id, before);
        else this.byId.delete(id);
      } else if (outcome === 'removed') this.byId.delete(id);
      else this.byId.set(id, outcome.saved);
      this.set({}, true);
      void this.persist();
    };
  }

  /** The item as the store has it now. */
  get(id: string): T | undefined {
    return this.byId.get(id);
  }
}

/** How a write made with `optimistic` ended. */
export type WriteOutcome<T> = { readonly saved: T } | 'removed' | 'refused';

/** A delta link newer than the snapshot's, from syncs that changed nothing since it was kept. */
interface LaterLink {
  /** The snapshot's own delta link: the record counts only beside that snapshot. */
  readonly of: string;
  readonly deltaLink: string;
  readonly syncedAt: string;
}

const laterLinkKey = (storageKey: string): string => `${storageKey}|later-link`;

function isDeleted(item: DeltaItem): boolean {
  return item.deleted !== undefined || '@removed' in item;
}

/** Whether `a` was modified after `b` (ISO timestamps from Graph). */
function isNewer(a: Stored<string>, b: Stored<string>): boolean {
  const ta = Date.parse(a.modified);
  const tb = Date.parse(b.modified);
  return Number.isFinite(ta) && Number.isFinite(tb) && ta > tb;
}

function idFromDeltaLink(link: string | undefined): string | undefined {
  return link ? /\/lists\/([^/?]+)\/items\/delta/.exec(link)?.[1] : undefined;
}
