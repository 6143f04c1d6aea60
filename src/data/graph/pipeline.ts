import { Client, type Middleware } from '@microsoft/microsoft-graph-client';
import { failureFromBody, failureFromThrown, hubErrorFromFailure } from './errors';
import { bearer, http, requestId, retry } from './middleware';
import { WireCounter } from './middleware/countRequests';
import type { RetryOptions } from './middleware/retry';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One request through the pipeline. Per-call options are named fields, never positional flags. */
export interface GraphCall {
  readonly method: HttpMethod;
  /** Path under the base URL, already encoded (build it with `graphPath`), or an absolute `@odata.nextLink`. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as `If-Match`: the write happens only if the item is still at this version (else 412). */
  readonly ifMatch?: string;
  /** The operation in a person's words, used in error messages ("Saving action 12"). */
  readonly what: string;
  readonly signal?: AbortSignal;
}

/** One `$batch` sub-request; `url` is relative to the version root (`/sites/…/items`). */
export interface BatchRequest {
  readonly id: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
}

export interface BatchResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface GraphPipelineOptions {
  /** e.g. `https://graph.microsoft.com/v1.0` or `http://127.0.0.1:53000/graph/v1.0` (or a site's `…/_api`). */
  readonly baseUrl: string;
  readonly getAccessToken: () => Promise<string>;
  readonly fetchImpl?: typeof fetch;
  readonly retry?: RetryOptions;
  readonly newRequestId?: () => string;
  /**
   * The middleware chain, in order; the last link sends (`http(fetch)`). Give a list to replace
   * the default chain, or a function to change it (add `countRequests(tally)` for a bench, `chaos(…)`
   * in a test) — as the Graph client's `MiddlewareFactory` and PnPjs behaviors compose.
   */
  readonly middleware?: readonly Middleware[] | ((defaults: Middleware[]) => readonly Middleware[]);
}

export interface GraphPipeline {
  readonly baseUrl: string;
  /** The Graph client over this pipeline's middleware chain (for `PageIterator` and the like). */
  readonly client: Client;
  /** Sends one request; a failure rejects with a `HubError`. */
  send<T>(call: GraphCall): Promise<T>;
  /** Sends up to 20 sub-requests as one `POST /$batch`; sub-responses come back in request order. */
  batch(requests: readonly BatchRequest[], what: string): Promise<BatchResponse[]>;
  /** Requests put on the wire so far (each retry counts). */
  readonly stats: { readonly requests: number };
}

/** Graph refuses a `$batch` of more than 20 requests. */
export const MAX_BATCH = 20;

/**
 * The default middleware chain, in order: auth → request id → retry (honouring `Retry-After`,
 * also inside `$batch`) → HTTP. Callers change it through `GraphPipelineOptions.middleware`.
 */
export function defaultMiddleware(options: Omit<GraphPipelineOptions, 'middleware'>): Middleware[] {
  return [bearer(options.getAccessToken), requestId(options.newRequestId), retry(options.retry), http(options.fetchImpl)];
}

/** The chain a pipeline runs: the caller's (or the default), with a counter of wire requests before the last link. */
function composeChain(options: GraphPipelineOptions, stats: { requests: number }): Middleware[] {
  const defaults = defaultMiddleware(options);
  const chosen = options.middleware === undefined ? defaults : typeof options.middleware === 'function' ? options.middleware(defaults) : options.middleware;
  if (chosen.length === 0) throw new RangeError('A Graph pipeline needs at least one middleware: the last one sends, e.g. http(fetch).');
  const chain = [...chosen];
  chain.splice(chain.length - 1, 0, new WireCounter(() => void stats.requests++));
  return chain;
}

/**
 * Builds the one HTTP pipeline every Graph (and SharePoint REST) call of the data layer goes
 * through: the Graph client (`Client.initWithMiddleware`) over `middlewareChain`.
 */
export function createGraphPipeline(options: GraphPipelineOptions): GraphPipeline {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const stats = { requests: 0 };
  const { host, version } = splitBaseUrl(baseUrl);
  const client = Client.initWithMiddleware({ baseUrl: host, defaultVersion: version, middleware: composeChain(options, stats) });

  const relative = (path: string): string => (path.startsWith(baseUrl) ? path.slice(baseUrl.length) || '/' : path);

  async function send<T>(call: GraphCall): Promise<T> {
    const headers: Record<string, string> = { ...call.headers };
    if (call.ifMatch !== undefined) headers['If-Match'] = call.ifMatch;
    let request = client.api(relative(call.path)).headers(headers);
    if (call.signal) request = request.option('signal', call.signal);
    try {
      switch (call.method) {
        case 'GET':
          return (await request.get()) as T;
        case 'POST':
          return (await request.post(call.body ?? {})) as T;
        case 'PATCH':
          return (await request.patch(call.body ?? {})) as T;
        case 'PUT':
          return (await request.put(call.body ?? {})) as T;
        case 'DELETE':
          return (await request.delete()) as T;
      }
    } catch (thrown) {
      if (call.signal?.aborted) throw thrown;
      throw hubErrorFromFailure(failureFromThrown(thrown), call.what);
    }
  }

  async function batch(requests: readonly BatchRequest[], what: string): Promise<BatchResponse[]> {
    if (requests.length > MAX_BATCH) throw new RangeError(`A $batch holds at most ${MAX_BATCH} requests, not ${requests.length}`);
    if (requests.length === 0) return [];
    const answer = await send<{ responses?: BatchResponse[] }>({ method: 'POST', path: '/$batch', body: { requests }, what });
    const byId = new Map((answer?.responses ?? []).map((r) => [String(r.id), r]));
    return requests.map((r) => byId.get(r.id) ?? { id: r.id, status: 0, body: { error: { code: 'missingResponse', message: 'The batch answer left this request out.' } } });
  }

  return { baseUrl, client, send, batch, stats };
}

/** The `HubError` for a failed `$batch` sub-response. */
export function batchFailure(response: BatchResponse, what: string) {
  return hubErrorFromFailure(failureFromBody(response.status, response.body, response.headers as Record<string, string> | undefined), what);
}

/** Whether a sub-response succeeded. */
export function isSuccess(response: BatchResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** The Graph client joins `baseUrl` + `defaultVersion` + path; split ours at its last segment. */
function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop() ?? '';
  return { host: `${url.origin}${segments.length ? '/' + segments.join('/') : ''}`, version };
}
