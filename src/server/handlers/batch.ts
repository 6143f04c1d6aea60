/**
 * JSON batching: `POST /$batch` with at most 20 requests; `dependsOn` orders them and a failed
 * dependency answers 424 for its dependants
 * (https://learn.microsoft.com/en-us/graph/json-batching). Sub-requests run in-process, each
 * authorised and fault-injected like a top-level request, and all their writes go to SQLite in
 * one transaction. A failed sub-request's body carries `innerError` with its own request id and
 * date, as Graph's do, so a client can quote it whichever way the request was sent.
 */
import { randomUUID } from 'node:crypto';
import { json, RawJson, type GraphRequest, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, errorBody, errorDate, failedDependency, GraphError } from '../errors';

export const MAX_BATCH_REQUESTS = 20;

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

export type Dispatch = (request: GraphRequest, subRequest: boolean) => GraphResponse;

function readRequests(body: unknown): SubRequest[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw badRequest('A batch needs { "requests": [ … ] }.');
  if (requests.length === 0) throw badRequest('The batch has no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) throw badRequest(`The batch has ${requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed in one $batch.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown, index): SubRequest => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const where = `Batch request ${index + 1}`;
    if (typeof r.id !== 'string' || r.id === '') throw badRequest(`${where} needs a string 'id'.`);
    if (seen.has(r.id)) throw badRequest(`${where}: the id '${r.id}' is used twice.`);
    seen.add(r.id);
    if (typeof r.method !== 'string') throw badRequest(`${where} ('${r.id}') needs a 'method'.`);
    if (typeof r.url !== 'string' || r.url === '') throw badRequest(`${where} ('${r.id}') needs a relative 'url'.`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) throw badRequest(`${where} ('${r.id}'): dependsOn must be an array of request ids.`);
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
  for (const r of parsed) {
    for (const d of r.dependsOn) if (!seen.has(d)) throw badRequest(`Batch request '${r.id}' depends on '${d}', which is not in the batch.`);
  }
  return parsed;
}

/** `/sites/root?$top=1` (or an absolute Graph URL) → path and query below `/graph/v1.0`. */
function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const relative = url.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/?(graph\/)?v1\.0(?=\/|$)/i, '');
  const withSlash = relative.startsWith('/') ? relative : `/${relative}`;
  const q = withSlash.indexOf('?');
  return q < 0 ? { path: withSlash, query: new URLSearchParams() } : { path: withSlash.slice(0, q), query: new URLSearchParams(withSlash.slice(q + 1)) };
}

/** Fills in Graph's `innerError` on a failed sub-response (the dispatcher answers code and message only). */
function withInnerError(response: GraphResponse, request: SubRequest): GraphResponse {
  const error = (response.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (response.status < 400 || !error || typeof error.code !== 'string') return response;
  const ids = { requestId: randomUUID(), clientRequestId: request.headers['client-request-id'] ?? randomUUID(), date: errorDate(new Date()) };
  return { ...response, body: errorBody(new GraphError(response.status, error.code, String(error.message)), ids) };
}

export function createBatchHandler(dispatch: Dispatch) {
  return (ctx: HandlerContext): GraphResponse => {
    const requests = readRequests(ctx.request.body);
    const byId = new Map(requests.map((r) => [r.id, r]));
    const results = new Map<string, GraphResponse>();
    const running = new Set<string>();

    const run = (request: SubRequest): GraphResponse => {
      const done = results.get(request.id);
      if (done) return done;
      if (running.has(request.id)) throw badRequest(`Batch request '${request.id}' is part of a dependsOn cycle.`);
      running.add(request.id);
      let response: GraphResponse;
      const failed = request.dependsOn.find((d) => {
        const status = run(byId.get(d) as SubRequest).status;
        return status < 200 || status >= 300;
      });
      if (failed !== undefined) {
        const error = failedDependency(`Request '${request.id}' was not run because request '${failed}' it depends on failed.`);
        response = { status: error.status, body: { error: { code: error.code, message: error.message } } };
      } else {
        const { path, query } = splitUrl(request.url);
        const headers: Record<string, string | undefined> = { authorization: ctx.request.headers.authorization, ...request.headers };
        response = dispatch({ method: request.method, path, query, headers, body: request.body }, true);
      }
      running.delete(request.id);
      results.set(request.id, response);
      return response;
    };

    const responses = ctx.state.store.transaction(() =>
      requests.map((request) => {
        const answered = run(request);
        const response = withInnerError(answered.body instanceof RawJson ? { ...answered, body: JSON.parse(answered.body.text) as unknown } : answered, request);
        const headers: Record<string, string> = { ...(response.headers ?? {}) };
        if (response.body !== undefined) headers['Content-Type'] = 'application/json';
        return { id: request.id, status: response.status, headers, ...(response.body !== undefined ? { body: response.body } : {}) };
      }),
    );
    return json(200, { responses });
  };
}
