/**
 * Brings many lists up to date in one round trip: each store's next delta request (its delta
 * link, or the first page of a fresh enumeration) goes into one `$batch`, and each store carries
 * on alone only if it has more pages. Graph counts each sub-request against the throttling
 * budget (https://learn.microsoft.com/graph/json-batching), so this saves round trips, not units.
 */
import { HubError } from '../../domain/errors';
import { MAX_BATCH, batchFailure, type BatchRequest, type GraphPipeline } from '../graph/pipeline';
import type { DeltaAnswer, DeltaPage, ListView } from './listStore';

/** Extra sub-requests a caller wants in the same `$batch` (e.g. `/me` at start-up). */
export interface BatchExtra {
  readonly request: Omit<BatchRequest, 'id'>;
  readonly answer: (response: { status: number; body?: unknown }) => void;
}

/**
 * Syncs `stores` with one `$batch` per 20 requests (sent together). Rejects with the first
 * store's failure after every store has finished, so one bad list does not stop the others.
 */
export async function syncLists(pipeline: GraphPipeline, stores: readonly ListView<unknown>[], extras: readonly BatchExtra[] = []): Promise<void> {
  const prepared = await Promise.all(
    stores.map(async (store) => {
      try {
        return { store, url: relativeTo(pipeline.baseUrl, await store.nextPath()) };
      } catch {
        return { store, url: undefined };
      }
    }),
  );
  type Received = { readonly status: number; readonly body?: unknown; readonly error?: unknown };
  type Part = { readonly request: BatchRequest; readonly receive: (received: Received) => void };
  const parts: Part[] = [];
  const syncs: Promise<void>[] = [];
  prepared.forEach(({ store, url }, index) => {
    if (url === undefined) {
      // Not batchable (the list id could not be found, or a link on another host): the store syncs on its own.
      syncs.push(store.sync());
      return;
    }
    let deliver: (answer: DeltaAnswer) => void = () => undefined;
    const first = new Promise<DeltaAnswer>((resolve) => (deliver = resolve));
    syncs.push(first.then((answer) => store.sync(answer)));
    const id = String(index + 1);
    parts.push({
      request: { id, method: 'GET', url },
      receive: ({ status, body, error }) =>
        deliver(status >= 200 && status < 300 ? { ok: true, page: body as DeltaPage } : { ok: false, status, error: error ?? batchFailure({ id, status, body }, 'Bringing the lists up to date') }),
    });
  });
  extras.forEach((extra, index) => parts.push({ request: { ...extra.request, id: `x${index + 1}` }, receive: extra.answer }));

  const batches: Part[][] = [];
  for (let i = 0; i < parts.length; i += MAX_BATCH) batches.push(parts.slice(i, i + MAX_BATCH));
  await Promise.all(
    batches.map(async (batch) => {
      try {
        const responses = await pipeline.batch(
          batch.map((p) => p.request),
          'Bringing the lists up to date',
        );
        responses.forEach((response, i) => batch[i].receive({ status: response.status, body: response.body }));
      } catch (error) {
        const status = error instanceof HubError ? (error.details.status as number | undefined) : undefined;
        for (const p of batch) p.receive({ status: status ?? 0, error });
      }
    }),
  );
  const results = await Promise.allSettled(syncs);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A delta link as a `$batch` URL (relative to the version root), or undefined if it is on another host. */
export function relativeTo(baseUrl: string, path: string): string | undefined {
  if (path.startsWith('/')) return path;
  const base = baseUrl.replace(/\/+$/, '');
  return path.startsWith(`${base}/`) ? path.slice(base.length) : undefined;
}
