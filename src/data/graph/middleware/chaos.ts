import type { Context } from '@microsoft/microsoft-graph-client';
import { requestMethod, requestUrl } from './headers';
import { ChainLink } from './link';

/** The request a chaos script is asked about. */
export interface ChaosRequest {
  readonly method: string;
  readonly url: string;
  /** 1 for the first request through this link, 2 for the next… */
  readonly sequence: number;
}

export interface ChaosOptions {
  /** Share (0–1) of requests answered with a failure instead of being sent. */
  readonly rate?: number;
  /** Statuses to answer with (default 429 and 503, as Graph throttles). */
  readonly statuses?: readonly number[];
  /** `Retry-After` on the failures (seconds; default 1). */
  readonly retryAfterSeconds?: number;
  /** Injected so tests are deterministic (default `Math.random`). */
  readonly random?: () => number;
  /** A scripted answer for a request, or undefined to let it through (checked before `rate`). */
  readonly script?: (request: ChaosRequest) => Response | undefined;
}

/**
 * Client-side fault injection in the manner of the Graph client's `ChaosHandler` and Dev Proxy:
 * answers some requests with Graph-shaped failures without sending them, so tests can check what
 * the data layer does on 429, 503 or 410 without touching it.
 */
export class ChaosMiddleware extends ChainLink {
  private sequence = 0;

  constructor(private readonly options: ChaosOptions) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const request: ChaosRequest = { method: requestMethod(context), url: requestUrl(context), sequence: ++this.sequence };
    const scripted = this.options.script?.(request);
    if (scripted) {
      context.response = scripted;
      return;
    }
    const random = this.options.random ?? Math.random;
    if ((this.options.rate ?? 0) > 0 && random() < (this.options.rate ?? 0)) {
      const statuses = this.options.statuses ?? [429, 503];
      const status = statuses[Math.floor(random() * statuses.length) % statuses.length];
      context.response = graphFailure(status, status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Injected by chaos middleware.', { 'Retry-After': String(this.options.retryAfterSeconds ?? 1) });
      return;
    }
    await this.callNext(context);
  }
}

/** A response in Graph's error shape. */
export function graphFailure(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message, innerError: { 'request-id': 'chaos', date: new Date(0).toISOString() } } }), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
