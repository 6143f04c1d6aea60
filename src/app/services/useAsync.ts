import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface AsyncState<T> {
  /** The last value loaded (kept while reloading, so the page does not flash empty). */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Runs the load again (after a save, or from a "Try again" button). */
  reload(): void;
}

/**
 * Runs an async load when `deps` change and tracks its state. The signal aborts when the component
 * unmounts or the deps change, and a stale answer never overwrites a newer one.
 *
 * For things that are not list items (Graph chats, starting the session); list items are read
 * through their stores with `useList`.
 *
 * @example const chats = useAsync(() => hub.messages.listChats(), [hub]);
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ data: previous.data, error, loading: false }));
      },
    );
    return () => controller.abort();
    // The caller's deps decide when to load again, as with useEffect.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
