import { PageIterator } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from './middleware/retry';
import { chaos, countRequests, graphFailure, newTally } from './middleware';
import { createGraphPipeline, type GraphPipelineOptions } from './pipeline';
import { failureOf } from '../testing/failureOf';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

type Answer = (sent: Sent) => Response;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const graphError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message, innerError: { 'request-id': 'req-1', date: '2026-01-01T00:00:00Z' } } }, headers);

/** A scripted fake `fetch`: answers in order, records what was sent. */
function scriptedFetch(answers: Answer[]) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const one: Sent = { url: String(input), method: (init?.method ?? 'GET').toUpperCase(), headers, body };
    sent.push(one);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${one.method} ${one.url}`);
    return answer(one);
  }) as typeof fetch;
  return { fetchImpl, sent };
}

function pipelineWith(answers: Answer[], extra: Partial<GraphPipelineOptions> = {}) {
  const { fetchImpl, sent } = scriptedFetch(answers);
  const sleeps: number[] = [];
  const pipeline = createGraphPipeline({
    baseUrl: 'http://127.0.0.1:53000/graph/v1.0',
    getAccessToken: async () => 'dev:owner@demo.local',
    fetchImpl,
    newRequestId: () => 'rid-1',
    retry: { maxRetries: 3, sleep: async (ms) => void sleeps.push(ms) },
    ...extra,
  });
  return { pipeline, sent, sleeps };
}

describe('the Graph pipeline', () => {
  it('sends the bearer token and a client-request-id to any host, localhost included', async () => {
    const { pipeline, sent } = pipelineWith([() => json(200, { id: 'root' })]);
    await expect(pipeline.send({ method: 'GET', path: '/sites/root', what: 'Finding the site' })).resolves.toEqual({ id: 'root' });
    expect(sent[0].url).toBe('http://127.0.0.1:53000/graph/v1.0/sites/root');
    expect(sent[0].headers.authorization).toBe('Bearer dev:owner@demo.local');
    expect(sent[0].headers['client-request-id']).toBe('rid-1');
  });

  it('waits the seconds Retry-After names, then retries and succeeds', async () => {
    const { pipeline, sent, sleeps } = pipelineWith([() => graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '3' }), () => json(200, { ok: 1 })]);
    await expect(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' })).resolves.toEqual({ ok: 1 });
    expect(sleeps).toEqual([3000]);
    expect(sent).toHaveLength(2);
    expect(sent[1].headers['retry-attempt']).toBe('1');
    expect(pipeline.stats.requests).toBe(2);
  });

  it('retries 503 and 504 too, backing off when there is no Retry-After', async () => {
    const { pipeline, sleeps } = pipelineWith([() => graphError(503, 'serviceNotAvailable', 'busy'), () => json(504, {}), () => json(200, { ok: 1 })]);
    await pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' });
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('gives up after the maximum retries with a throttled error', async () => {
    const throttled = () => graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '2' });
    const { pipeline, sent } = pipelineWith([throttled, throttled, throttled, throttled]);
    const error = await failureOf(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' }));
    expect(error.code).toBe('throttled');
    expect(error.details.retryAfterSeconds).toBe(2);
    expect(error.details.graphCode).toBe('TooManyRequests');
    expect(sent).toHaveLength(4);
  });

  it('treats a 500 as a server fault, not as an auth problem, and does not retry it', async () => {
    const { pipeline, sent } = pipelineWith([() => graphError(500, 'generalException', 'boom')]);
    const error = await failureOf(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' }));
    expect(error.code).toBe('server');
    expect(error.message).toContain('Reading you');
    expect(sent).toHaveLength(1);
  });

  it('turns a 412 into a conflict that tells the person to reload', async () => {
    const { pipeline, sent } = pipelineWith([() => graphError(412, 'preconditionFailed', 'ETag mismatch')]);
    const error = await failureOf(pipeline.send({ method: 'PATCH', path: '/sites/s/lists/l/items/1/fields', body: { Title: 'x' }, ifMatch: '"a,1"', what: 'Saving action 1' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/someone else changed it/);
    expect(error.details.requestId).toBe('req-1');
    expect(sent[0].headers['if-match']).toBe('"a,1"');
  });

  it('carries the server’s words on a 403, and names the field of a 400', async () => {
    const { pipeline } = pipelineWith([
      () => graphError(403, 'accessDenied', 'Visitors cannot change items in Actions.'),
      () => graphError(400, 'invalidRequest', "Field 'Colour' is not recognized"),
      () => graphError(404, 'itemNotFound', 'Item not found'),
      () => graphError(401, 'InvalidAuthenticationToken', 'Unknown user'),
    ]);
    const forbidden = await failureOf(pipeline.send({ method: 'POST', path: '/x', body: {}, what: 'Adding an action' }));
    expect(forbidden.code).toBe('forbidden');
    expect(forbidden.message).toContain('Visitors cannot change items in Actions.');
    expect(forbidden.details.graphCode).toBe('accessDenied');
    const bad = await failureOf(pipeline.send({ method: 'POST', path: '/x', body: {}, what: 'Adding an action' }));
    expect(bad.code).toBe('badRequest');
    expect(bad.message).toContain("Field 'Colour'");
    await expect(pipeline.send({ method: 'GET', path: '/x', what: 'Reading' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(pipeline.send({ method: 'GET', path: '/x', what: 'Reading' })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('reports no answer at all as a network error', async () => {
    const { pipeline } = pipelineWith([
      () => {
        throw new TypeError('fetch failed');
      },
    ]);
    await expect(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' })).rejects.toMatchObject({ code: 'network' });
  });

  // The Graph client may reorder query parameters; the link's path and parameters arrive intact.
  const sameUrl = (a: string, b: string) => {
    const [x, y] = [new URL(a), new URL(b)];
    expect(x.origin + x.pathname).toBe(y.origin + y.pathname);
    expect([...x.searchParams].sort()).toEqual([...y.searchParams].sort());
  };

  it('follows an absolute http nextLink, also through the client’s PageIterator', async () => {
    const next = 'http://127.0.0.1:53000/graph/v1.0/sites/s/lists/l/items?$skiptoken=abc&$top=2';
    const { pipeline, sent } = pipelineWith([() => json(200, { value: [3], '@odata.nextLink': null })]);
    await pipeline.send({ method: 'GET', path: next, what: 'Reading' });
    sameUrl(sent[0].url, next);

    const second = pipelineWith([() => json(200, { value: [1], '@odata.nextLink': next }), () => json(200, { value: [2] })]);
    const seen: number[] = [];
    const first = await second.pipeline.client.api('/sites/s/lists/l/items').get();
    await new PageIterator(second.pipeline.client, first, (n: number) => seen.push(n) > 0).iterate();
    expect(seen).toEqual([1, 2]);
    sameUrl(second.sent[1].url, next);
  });
});

describe('$batch through the pipeline', () => {
  const sub = (id: string, status: number, body: unknown = {}, headers: Record<string, string> = {}) => ({ id, status, headers, body });

  it('retries only the throttled sub-requests and merges the answers in order', async () => {
    const { pipeline, sent, sleeps } = pipelineWith([
      () => json(200, { responses: [sub('2', 429, {}, { 'Retry-After': '4' }), sub('1', 201, { id: '10' }), sub('3', 201, { id: '12' })] }),
      () => json(200, { responses: [sub('2', 201, { id: '11' })] }),
    ]);
    const requests = ['1', '2', '3'].map((id) => ({ id, method: 'POST' as const, url: '/sites/s/lists/l/items', body: { fields: { Title: id } } }));
    const answers = await pipeline.batch(requests, 'Adding units');
    expect(answers.map((a) => [a.id, a.status])).toEqual([['1', 201], ['2', 201], ['3', 201]]);
    expect(sleeps).toEqual([4000]);
    expect((sent[1].body as { requests: { id: string }[] }).requests.map((r) => r.id)).toEqual(['2']);
  });

  it('sends again a dependant that failed only because its dependency was throttled', async () => {
    const { pipeline, sent } = pipelineWith([
      () => json(200, { responses: [sub('1', 503, {}, { 'Retry-After': '1' }), sub('2', 424)] }),
      () => json(200, { responses: [sub('1', 201), sub('2', 201)] }),
    ]);
    const answers = await pipeline.batch(
      [
        { id: '1', method: 'POST', url: '/a' },
        { id: '2', method: 'POST', url: '/b', dependsOn: ['1'] },
      ],
      'Adding',
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect((sent[1].body as { requests: { id: string; dependsOn?: string[] }[] }).requests).toEqual([
      { id: '1', method: 'POST', url: '/a' },
      { id: '2', method: 'POST', url: '/b', dependsOn: ['1'] },
    ]);
  });

  it('leaves a sub-request throttled after the maximum retries for the caller to report', async () => {
    const throttled = () => json(200, { responses: [sub('1', 429, {}, { 'Retry-After': '1' })] });
    const { pipeline, sent } = pipelineWith([throttled, throttled, throttled, throttled]);
    const [answer] = await pipeline.batch([{ id: '1', method: 'GET', url: '/me' }], 'Reading');
    expect(answer.status).toBe(429);
    expect(sent).toHaveLength(4);
  });

  it('refuses more than 20 sub-requests before sending anything', async () => {
    const { pipeline, sent } = pipelineWith([]);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET' as const, url: '/me' }));
    await expect(pipeline.batch(many, 'Reading')).rejects.toThrow(RangeError);
    expect(sent).toHaveLength(0);
  });
});

describe('composing the pipeline', () => {
  it('counts requests, batched sub-requests and response bytes where countRequests is placed', async () => {
    const tally = newTally();
    const { pipeline } = pipelineWith([() => json(200, { id: 'root' }), () => json(200, { responses: [{ id: '1', status: 200, body: {} }, { id: '2', status: 200, body: {} }] })], {
      middleware: (defaults) => [...defaults.slice(0, -1), countRequests(tally), defaults[defaults.length - 1]],
    });
    await pipeline.send({ method: 'GET', path: '/sites/root', what: 'Finding the site' });
    await pipeline.batch([{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/sites/root' }], 'Reading');
    expect(tally.requests).toBe(2);
    expect(tally.batchedRequests).toBe(2);
    expect(tally.responseBytes).toBe(JSON.stringify({ id: 'root' }).length + JSON.stringify({ responses: [{ id: '1', status: 200, body: {} }, { id: '2', status: 200, body: {} }] }).length);
    expect(tally.sent).toEqual(['GET http://127.0.0.1:53000/graph/v1.0/sites/root', 'POST http://127.0.0.1:53000/graph/v1.0/$batch']);
  });

  it('lets a test inject a fault client-side: chaos before retry is retried, nothing reaches the wire for it', async () => {
    const { pipeline, sent, sleeps } = pipelineWith([() => json(200, { ok: 1 })], {
      middleware: (defaults) => [...defaults.slice(0, -1), chaos({ script: ({ sequence }) => (sequence === 1 ? graphFailure(429, 'TooManyRequests', 'slow down', { 'Retry-After': '2' }) : undefined) }), defaults[defaults.length - 1]],
    });
    await expect(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' })).resolves.toEqual({ ok: 1 });
    expect(sleeps).toEqual([2000]);
    expect(sent).toHaveLength(1);
  });

  it('takes a whole list in place of the defaults', async () => {
    const { pipeline } = pipelineWith([], { middleware: [chaos({ script: () => graphFailure(503, 'serviceNotAvailable', 'down') })] });
    const error = await failureOf(pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' }));
    expect(error.code).toBe('throttled');
  });
});

describe('Retry-After', () => {
  it('reads seconds or an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', () => Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('never waits longer than the configured maximum', async () => {
    const { pipeline, sleeps } = pipelineWith([() => graphError(429, 'TooManyRequests', 'x', { 'Retry-After': '3600' }), () => json(200, {})], {
      retry: { maxRetries: 1, maxDelaySeconds: 10, sleep: async (ms) => void sleeps.push(ms) },
    });
    await pipeline.send({ method: 'GET', path: '/me', what: 'Reading you' });
    expect(sleeps).toEqual([10000]);
  });
});
