/**
 * Where list snapshots live between visits: IndexedDB in the tab, memory in the CLI and tests.
 * A snapshot is one record per list (items as domain records, the delta link, the list's id), so a
 * warm open reads each list with one IndexedDB get and shows it before any request is sent.
 */

/** What is kept of one list between visits. */
export interface ListSnapshot<T> {
  /** The list's Graph id when the snapshot was taken (a recreated list starts afresh). */
  readonly listId: string;
  /** The `$select` shape the items were read with: a snapshot of another shape is not used. */
  readonly shape: string;
  /** `@odata.deltaLink` after the last complete sync. */
  readonly deltaLink: string;
  readonly items: readonly T[];
  /** ISO time of the last complete sync. */
  readonly syncedAt: string;
}

export interface SnapshotStorage {
  read<T>(key: string): Promise<ListSnapshot<T> | undefined>;
  write<T>(key: string, snapshot: ListSnapshot<T>): Promise<void>;
  remove(key: string): Promise<void>;
  /** Any other small record kept between visits (what start-up learnt: site id, who you are). */
  readValue<V>(key: string): Promise<V | undefined>;
  writeValue<V>(key: string, value: V): Promise<void>;
}

/** Snapshots kept in memory only (CLI, tests, and browsers without IndexedDB). */
export function memorySnapshots(): SnapshotStorage & { readonly keys: () => string[] } {
  const kept = new Map<string, ListSnapshot<unknown>>();
  return {
    read: async <T>(key: string) => kept.get(key) as ListSnapshot<T> | undefined,
    write: async <T>(key: string, snapshot: ListSnapshot<T>) => void kept.set(key, snapshot as ListSnapshot<unknown>),
    remove: async (key: string) => void kept.delete(key),
    readValue: async <V>(key: string) => kept.get(key) as V | undefined,
    writeValue: async <V>(key: string, value: V) => void kept.set(key, value as ListSnapshot<unknown>),
    keys: () => [...kept.keys()],
  };
}

const STORE = 'snapshots';

/**
 * Snapshots in IndexedDB (database `name`, one object store keyed by list). If IndexedDB cannot be
 * opened (private mode, blocked storage), reads find nothing and writes are dropped: the tab then
 * loads from Graph as it would on a first visit.
 */
export function indexedDbSnapshots(name = 'technician-hub', factory: IDBFactory | undefined = globalThis.indexedDB): SnapshotStorage {
  let opened: Promise<IDBDatabase | undefined> | undefined;
  const database = (): Promise<IDBDatabase | undefined> => {
    opened ??= new Promise((resolve) => {
      if (!factory) return resolve(undefined);
      try {
        const request = factory.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
        request.onblocked = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
    return opened;
  };
  const run = async <R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<R | undefined> => {
    const db = await database();
    if (!db) return undefined;
    return new Promise<R | undefined>((resolve) => {
      try {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result as R);
        transaction.onerror = () => resolve(undefined);
        transaction.onabort = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
  };
  return {
    read: <T>(key: string) => run<ListSnapshot<T>>('readonly', (store) => store.get(key)),
    write: async <T>(key: string, snapshot: ListSnapshot<T>) => void (await run('readwrite', (store) => store.put(snapshot, key))),
    remove: async (key: string) => void (await run('readwrite', (store) => store.delete(key))),
    readValue: <V>(key: string) => run<V>('readonly', (store) => store.get(key)),
    writeValue: async <V>(key: string, value: V) => void (await run('readwrite', (store) => store.put(value, key))),
  };
}
