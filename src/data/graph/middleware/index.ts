/**
 * The pipeline's middleware, as factories a caller lists in order (the last one sends):
 *
 * ```ts
 * createGraphPipeline({ baseUrl, getAccessToken, middleware: [
 *   bearer(getToken), requestId(), retry({ maxRetries: 5 }), countRequests(tally), chaos({ rate: 0.3 }), http(fetch)] });
 * ```
 */
import type { Middleware } from '@microsoft/microsoft-graph-client';
import { AuthMiddleware } from './bearerToken';
import { ChaosMiddleware, type ChaosOptions } from './chaos';
import { RequestCounter, type RequestTally } from './countRequests';
import { HttpMiddleware } from './http';
import { RequestIdMiddleware } from './requestId';
import { RetryMiddleware, type RetryOptions } from './retry';

export { graphFailure, type ChaosOptions, type ChaosRequest } from './chaos';
export { newTally, type RequestTally } from './countRequests';

/** `Authorization: Bearer <token>` on every request. */
export const bearer = (getAccessToken: () => Promise<string>): Middleware => new AuthMiddleware(getAccessToken);
/** A `client-request-id` on every request (kept across retries). */
export const requestId = (newId?: () => string): Middleware => new RequestIdMiddleware(newId);
/** Retries 429/503/504 honouring `Retry-After`, also inside `$batch`. */
export const retry = (options?: RetryOptions): Middleware => new RetryMiddleware(options);
/** Counts requests, batched sub-requests and response bytes into `tally`. */
export const countRequests = (tally: RequestTally): Middleware => new RequestCounter(tally);
/** Answers some requests with Graph-shaped failures instead of sending them. */
export const chaos = (options: ChaosOptions): Middleware => new ChaosMiddleware(options);
/** The last link: sends with `fetch` (injected in tests). */
export const http = (fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Middleware => new HttpMiddleware(fetchImpl);
