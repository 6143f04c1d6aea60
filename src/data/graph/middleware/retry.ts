import type { Context } from '@microsoft/microsoft-graph-client';
import { requestMethod, requestUrl, setHeader } from './headers';
import { ChainLink } from './link';

/** Statuses Graph uses for "slow down / try again" (throttling and transient unavailability). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  readonly maxRetries?: number;
  /** Wait used when a response has no `Retry-After` (doubles each attempt; default 1 s). */
  readonly baseDelaySeconds?: number;
  /** Longest wait ever made, even if `Retry-After` asks for more (default 60 s). */
  readonly maxDelaySeconds?: number;
  /** Injected so tests can script time; defaults to `setTimeout`. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told about each wait (e.g. to log "throttled, retrying in 2 s"). */
  readonly onRetry?: (info: { readonly url: string; readonly status: number; readonly attempt: number; readonly delayMs: number }) => void;
}

interface BatchSubRequest {
  readonly id: string;
  readonly dependsOn?: readonly string[];
  readonly [key: string]: unknown;
}

interface BatchSubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Retries throttled and unavailable responses (429/503/504), waiting what `Retry-After` says
 * (seconds or an HTTP date) or backing off exponentially when it says nothing. A `$batch` answered
 * 200 may still hold throttled sub-responses (each sub-request is throttled on its own): only those,
 * and the dependants that failed with 424 because of them, are sent again, and the answers are
 * merged back into one batch response. After `maxRetries` the last response is passed on unchanged;
 * the caller turns it into a `throttled` error.
 * https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling
 */
export class RetryMiddleware extends ChainLink {
  private readonly maxRetries: number;
  private readonly baseDelaySeconds: number;
  private readonly maxDelaySeconds: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RetryOptions = {}) {
    super();
    this.maxRetries = options.maxRetries ?? 5;
    this.baseDelaySeconds = options.baseDelaySeconds ?? 1;
    this.maxDelaySeconds = options.maxDelaySeconds ?? 60;
    this.sleep = options.sleep ?? defaultSleep;
  }

  async execute(context: Context): Promise<void> {
    const url = requestUrl(context);
    for (let attempt = 0; ; attempt++) {
      await this.callNext(context);
      const response = context.response;
      if (!response) return;
      if (RETRYABLE_STATUSES.has(response.status) && attempt < this.maxRetries && isReplayable(context)) {
        await this.wait(url, response.status, attempt, response.headers.get('Retry-After'));
        setHeader(context, 'Retry-Attempt', String(attempt + 1));
        continue;
      }
      if (response.ok && isBatch(context)) await this.retryBatchParts(context, url);
      return;
    }
  }

  private async wait(url: string, status: number, attempt: number, retryAfter: string | null | undefined): Promise<void> {
    const seconds = Math.min(this.maxDelaySeconds, parseRetryAfter(retryAfter) ?? this.baseDelaySeconds * 2 ** attempt);
    const delayMs = Math.max(0, Math.round(seconds * 1000));
    this.options.onRetry?.({ url, status, attempt: attempt + 1, delayMs });
    await this.sleep(delayMs);
  }

  private async retryBatchParts(context: Context, url: string): Promise<void> {
    const original = context.response as Response;
    const requestBody = parseJson<{ requests?: BatchSubRequest[] }>(context.options?.body);
    if (!requestBody?.requests) return;
    const first = (await original.clone().json().catch(() => undefined)) as { responses?: BatchSubResponse[] } | undefined;
    if (!first?.responses) return;

    const answers = new Map(first.responses.map((r) => [r.id, r]));
    for (let attempt = 0; attempt < this.maxRetries; attempt++) {
      const again = subRequestsToRetry(requestBody.requests, answers);
      if (again.length === 0) break;
      const waits = [...answers.values()].filter((r) => RETRYABLE_STATUSES.has(r.status)).map((r) => headerValue(r.headers, 'Retry-After'));
      const longest = waits.map((w) => parseRetryAfter(w)).reduce<number | undefined>((a, b) => (b === undefined ? a : Math.max(a ?? 0, b)), undefined);
      await this.wait(url, 429, attempt, longest === undefined ? undefined : String(longest));

      const ids = new Set(again.map((r) => r.id));
      // A dependency that already succeeded is not in this round; dropping it keeps the batch valid.
      const requests = again.map((r) => (r.dependsOn ? { ...r, dependsOn: r.dependsOn.filter((d) => ids.has(d)) } : r));
      context.options = { ...context.options, body: JSON.stringify({ requests }) };
      await this.callNext(context);
      const response = context.response as Response;
      if (RETRYABLE_STATUSES.has(response.status)) continue; // the whole batch was throttled: same parts again
      if (!response.ok) return; // a real failure of the batch itself: let the caller see it
      const next = (await response.json()) as { responses?: BatchSubResponse[] };
      for (const r of next.responses ?? []) answers.set(r.id, r);
    }
    const merged = { responses: requestBody.requests.map((r) => answers.get(r.id)).filter((r) => r !== undefined) };
    context.response = new Response(JSON.stringify(merged), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }
}

/** Throttled sub-requests, plus those that failed (424) only because one they depend on was throttled. */
function subRequestsToRetry(requests: readonly BatchSubRequest[], answers: ReadonlyMap<string, BatchSubResponse>): BatchSubRequest[] {
  const retry = new Set(requests.filter((r) => RETRYABLE_STATUSES.has(answers.get(r.id)?.status ?? 0)).map((r) => r.id));
  let grew = retry.size > 0;
  while (grew) {
    grew = false;
    for (const r of requests) {
      if (!retry.has(r.id) && answers.get(r.id)?.status === 424 && r.dependsOn?.some((d) => retry.has(d))) {
        retry.add(r.id);
        grew = true;
      }
    }
  }
  return requests.filter((r) => retry.has(r.id));
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: () => number = Date.now): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now()) / 1000);
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function isBatch(context: Context): boolean {
  return requestMethod(context) === 'POST' && /\/\$batch$/.test(requestUrl(context).split('?')[0]);
}

/** A streamed body cannot be sent twice; everything our data layer sends is a string. */
function isReplayable(context: Context): boolean {
  const body = context.options?.body;
  return body === undefined || body === null || typeof body === 'string';
}

function parseJson<T>(body: unknown): T | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body) as T;
  } catch {
    return undefined;
  }
}
