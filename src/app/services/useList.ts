/**
 * Reading lists in components: every page reads the same per-list store (src/data/store), so a
 * list is loaded once per visit — from IndexedDB at once on a later visit — and a change made
 * anywhere, or arriving by delta, shows everywhere that reads it.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ListState, ListView } from '../../data/store/listStore';
import type { AsyncState } from './useAsync';

/** A list as a page shows it. */
export interface ListRead<T> {
  readonly items: readonly T[];
  /** The first load is running: nothing yet, or only the pages received so far (`items` streams in). */
  readonly loading: boolean;
  /** The last load failed and there is nothing else to show. */
  readonly error: unknown;
  /** Items received so far during a first load (for a progress indicator). */
  readonly loaded: number;
  readonly state: ListState<T>;
  /** Asks Graph for changes again (a "Try again" button). */
  reload(): void;
}

function read<T>(store: ListView<T>, state: ListState<T>): ListRead<T> {
  return {
    items: state.items,
    loading: state.status === 'empty' || state.status === 'loading',
    // After a failed refresh the items known before are still worth showing.
    error: state.status === 'error' && state.items.length === 0 ? state.error : undefined,
    loaded: state.loaded,
    state,
    reload: () => void store.sync().catch(() => undefined),
  };
}

/**
 * One list's items, kept current: cached items at once, then whatever delta brings.
 * @example const people = useList(hub.people);
 */
export function useList<T>(list: { readonly store: ListView<T> }): ListRead<T> {
  const { store } = list;
  const state = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => {
    // First reader of a list nobody asked for yet: load it (a failure shows through the state).
    void store.ready().catch(() => undefined);
  }, [store]);
  return useMemo(() => read(store, state), [store, state]);
}

/** What several lists give together: `data` once each has something to show. */
export interface ListsRead<D> {
  readonly data: D | undefined;
  readonly loading: boolean;
  readonly error: unknown;
  reload(): void;
}

/**
 * Combines several `useList` reads: `data` is `combine(...)` once every list has items to show
 * (memoised on the lists' arrays), the first error otherwise.
 */
export function useCombined<D>(reads: readonly ListRead<unknown>[], combine: () => D, deps: readonly unknown[]): ListsRead<D> {
  const loading = reads.some((r) => r.loading);
  const error = reads.find((r) => r.error !== undefined)?.error;
  const ready = !loading && error === undefined;
  // Recomputed when any list's items change (each store keeps its array until something changes).
  const data = useMemo(() => (ready ? combine() : undefined), [ready, ...reads.map((r) => r.items), ...deps]);
  return { data, loading, error, reload: () => reads.forEach((r) => r.reload()) };
}

/**
 * Something derived from one list, in the shape pages already use for loads (`AsyncState`):
 * recomputed when the list's items change.
 */
export function useListData<T, D>(list: { readonly store: ListView<T> }, derive: (items: readonly T[]) => D, deps: readonly unknown[]): AsyncState<D> {
  const read = useList(list);
  const { data, loading, error, reload } = useCombined([read as ListRead<unknown>], () => derive(read.items), deps);
  return { data, loading, error, reload };
}
