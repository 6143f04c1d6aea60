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
  // One list alone (a poll of one page's list) needs no $batch around its one request.
  if (stores.length === 1 && extras.length === 0) return stores[0].sync();
  type Received = { readonly status: number; readonly body?: unknown; readonly error?: unknown };
  type Part = { readonly request: Omit<BatchRequest, 'id'>; readonly receive: (received: Received) => void };
  const parts: Part[] = extras.map((extra) => ({ request: extra.request, receive: extra.answer }));
  // Each store either puts its first request in the batch or bows out (already syncing, no list
  // id, a link on another host); the batch goes once every store has done one or the other.
  let waiting = stores.length;
  let sent = false;
  let release: () => void = () => undefined;
  const allIn = new Promise<void>((resolve) => (release = resolve));
  const check = () => {
    if (!sent && parts.length - extras.length === waiting) {
      sent = true;
      release();
    }
  };
  const bowOut = () => {
    waiting--;
    check();
  };

  const syncs = stores.map((store) => {
    if (store.isSyncing()) {
      bowOut();
      return store.sync();
    }
    let joined = false;
    const running = store.sync((path) => {
      const url = relativeTo(pipeline.baseUrl, path);
      joined = true;
      if (url === undefined || sent) {
        bowOut();
        return store.fetchPage(path);
      }
      return new Promise<DeltaAnswer>((resolve) => {
        parts.push({
          request: { method: 'GET', url },
          receive: ({ status, body, error }) =>
            resolve(status >= 200 && status < 300 ? { ok: true, page: body as DeltaPage } : { ok: false, status, error: error ?? batchFailure({ id: '', status, body }, 'Bringing the lists up to date') }),
        });
        check();
      });
    });
    void running.catch(() => undefined).finally(() => {
      if (!joined) bowOut();
    });
    return running;
  });
  check();

  await allIn;
  const batches: Part[][] = [];
  for (let i = 0; i < parts.length; i += MAX_BATCH) batches.push(parts.slice(i, i + MAX_BATCH));
  await Promise.all(
    batches.map(async (batch) => {
      try {
        const responses = await pipeline.batch(
          batch.map((p, i) => ({ ...p.request, id: String(i + 1) })),
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
