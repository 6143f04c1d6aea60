/**
 * A `ListRepository` with its list's store around it: reads come from the store (kept fresh by
 * delta), writes go to Graph and into the store at once — undone if Graph refuses them — so every
 * page reading the list sees the change.
 */
import type { Draft, Stored } from '../../domain/model';
import type { IndexedFilter, ListRepository, LoadOptions } from '../hub';
import { recordMatcher } from '../lists/listRepository';
import { ListStore, type ListView } from './listStore';

/** A list's repository and its store. */
export interface CachedList<T extends Stored<string>> extends ListRepository<T> {
  /** Where the list's items live in the tab: shared by every page, fresh by delta. */
  readonly store: ListView<T>;
}

/**
 * Wraps `repository` around `store`. `all` and `where` bring the store up to date (its first
 * sync, or one delta request once loaded) and answer from it; `get`, `create`, `update`, `remove` and `createMany`
 * put Graph's answer into it.
 */
export function cachedList<T extends Stored<string>>(repository: ListRepository<T>, store: ListStore<T>): CachedList<T> {
  async function fresh(options: LoadOptions = {}): Promise<readonly T[]> {
    options.signal?.throwIfAborted();
    const stop = options.onProgress ? store.subscribe(() => options.onProgress?.(store.snapshot().loaded)) : undefined;
    try {
      // Not read yet this session: its first sync (batched with other lists read in the same
      // tick) is what brings it up to date; once read, one delta request.
      await store.upToDate();
    } finally {
      stop?.();
    }
    options.signal?.throwIfAborted();
    return store.snapshot().items;
  }

  return {
    listKey: repository.listKey,
    store,

    async all(options) {
      return [...(await fresh(options))];
    },

    async where(filter: IndexedFilter<T>, options) {
      const matches = recordMatcher<T>(repository.listKey, filter);
      return (await fresh(options)).filter(matches);
    },

    async get(id) {
      const item = await repository.get(id);
      store.put([item]);
      return item;
    },

    async create(draft: Draft<T>) {
      const item = await repository.create(draft);
      store.put([item]);
      return item;
    },

    async update(id, changes, eTag) {
      const current = store.get(id);
      const settle = store.optimistic(id, current ? ({ ...current, ...changes } as T) : undefined);
      try {
        const saved = await repository.update(id, changes, eTag);
        settle({ saved });
        return saved;
      } catch (error) {
        settle('refused');
        throw error;
      }
    },

    async remove(id, eTag) {
      const settle = store.optimistic(id, undefined);
      try {
        await repository.remove(id, eTag);
        settle('removed');
      } catch (error) {
        settle('refused');
        throw error;
      }
    },

    async createMany(drafts, options) {
      try {
        const created = await repository.createMany(drafts, options);
        store.put(created);
        return created;
      } catch (error) {
        // Some may have been added before the failure: delta brings whatever Graph kept.
        void store.sync().catch(() => undefined);
        throw error;
      }
    },
  };
}
