import type { GraphPipeline } from './pipeline';

/** A page of a Graph collection. */
export interface GraphPage<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
}

export interface PagingOptions<T> {
  readonly what: string;
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  /** Called after each page with everything so far. */
  readonly onPage?: (loaded: readonly T[]) => void;
}

/** Reads a collection to its end, following each `@odata.nextLink` as given (it carries the `$skiptoken`). */
export async function readAllPages<T>(pipeline: GraphPipeline, firstPath: string, options: PagingOptions<T>): Promise<T[]> {
  const all: T[] = [];
  let path: string | undefined = firstPath;
  while (path) {
    options.signal?.throwIfAborted();
    const page: GraphPage<T> = await pipeline.send<GraphPage<T>>({ method: 'GET', path, what: options.what, signal: options.signal, headers: options.headers });
    all.push(...(page.value ?? []));
    options.onPage?.(all);
    path = page['@odata.nextLink'] || undefined;
  }
  return all;
}

/**
 * Runs `work` over `items` with at most `limit` in flight at once, results in input order.
 * Stops starting new work after the first failure and rejects with it once running work settles.
 */
export async function inFlight<I, R>(items: readonly I[], limit: number, work: (item: I, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failure = failure ?? { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
