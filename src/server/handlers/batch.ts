/**
 * JSON batching: `POST /$batch` with at most 20 requests; `dependsOn` orders them and a failed
 * dependency answers 424 for its dependants
 * (https://learn.microsoft.com/en-us/graph/json-batching). A batch whose shape is wrong (too many
 * requests, a repeated id, a `dependsOn` naming a missing request or forming a cycle) is refused
 * whole with 400 before any sub-request runs. Sub-requests run in-process as the batch's caller —
 * an `Authorization` header inside a sub-request is ignored, as the batch is one authenticated
 * call — each fault-injected like a top-level request, and all their writes go to SQLite in one
 * transaction. A failed sub-request's body carries `innerError` with its own request id and
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
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('A batch needs a JSON object: { "requests": [ … ] }.');
  const requests = (body as { requests?: unknown }).requests;
  if (!Array.isArray(requests)) throw badRequest('A batch needs { "requests": [ … ] }.');
  if (requests.length === 0) throw badRequest('The batch has no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) throw badRequest(`The batch has ${requests.length} requests; at most ${MAX_BATCH_REQUESTS} are allowed in one $batch.`);
  const seen = new Set<string>();
  const parsed = requests.map((raw: unknown, index): SubRequest => {
    const where = `Batch request ${index + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest(`${where} must be a JSON object with id, method and url.`);
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') throw badRequest(`${where} needs a string 'id'.`);
    if (seen.has(r.id)) throw badRequest(`${where}: the id '${r.id}' is used twice.`);
    seen.add(r.id);
    if (typeof r.method !== 'string') throw badRequest(`${where} ('${r.id}') needs a 'method'.`);
    if (typeof r.url !== 'string' || r.url === '') throw badRequest(`${where} ('${r.id}') needs a relative 'url'.`);
    const headers: Record<string, string> = {};
    if (r.headers !== undefined && (typeof r.headers !== 'object' || r.headers === null || Array.isArray(r.headers))) throw badRequest(`${where} ('${r.id}'): headers must be an object.`);
    for (const [k, v] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    const dependsOn = r.dependsOn === undefined ? [] : r.dependsOn;
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) throw badRequest(`${where} ('${r.id}'): dependsOn must be an array of request ids.`);
    return { id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn: dependsOn as string[] };
  });
  for (const r of parsed) {
    for (const d of r.dependsOn) if (!seen.has(d)) throw badRequest(`Batch request '${r.id}' depends on '${d}', which is not in the batch.`);
  }
  refuseCycles(parsed);
  return parsed;
}

/** 400 when `dependsOn` forms a cycle (checked before anything runs, so a refused batch writes nothing). */
function refuseCycles(requests: readonly SubRequest[]): void {
  const byId = new Map(requests.map((r) => [r.id, r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (request: SubRequest, path: readonly string[]): void => {
    const seen = state.get(request.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(request.id)), request.id];
      throw badRequest(`The batch's dependsOn forms a cycle (${cycle.map((id) => `'${id}'`).join(' → ')}); nothing in the batch was run.`);
    }
    state.set(request.id, 'visiting');
    for (const d of request.dependsOn) visit(byId.get(d) as SubRequest, [...path, request.id]);
    state.set(request.id, 'done');
  };
  for (const request of requests) visit(request, []);
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
        // The batch's caller, whatever a sub-request's own Authorization says.
        const headers: Record<string, string | undefined> = { ...request.headers, authorization: ctx.request.headers.authorization };
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
