import type { Context } from '@microsoft/microsoft-graph-client';
import { requestMethod, requestUrl } from './headers';
import { ChainLink } from './link';

/** What `countRequests` adds up; a bench reads it after each scenario. */
export interface RequestTally {
  /** Requests put on the wire (a `$batch` is one; each retry counts). */
  requests: number;
  /** Sub-requests inside `$batch` bodies (Graph and SharePoint throttle each on its own). */
  batchedRequests: number;
  /** Bytes of response bodies as decoded (the JSON a client downloads and parses). */
  responseBytes: number;
  /** `METHOD url` of each request, in order sent. */
  readonly sent: string[];
}

/** A fresh, zeroed tally. */
export function newTally(): RequestTally {
  return { requests: 0, batchedRequests: 0, responseBytes: 0, sent: [] };
}

/**
 * Counts what goes on the wire, where it is placed in the chain (before `http(fetch)` to count
 * each retry). Measuring bytes reads a clone of each body, so use it in benches and tests.
 */
export class RequestCounter extends ChainLink {
  constructor(private readonly tally: RequestTally) {
    super();
  }

  async execute(context: Context): Promise<void> {
    this.tally.requests++;
    this.tally.sent.push(`${requestMethod(context)} ${requestUrl(context)}`);
    const body = context.options?.body;
    if (typeof body === 'string' && /\/\$batch(\?|$)/.test(requestUrl(context))) {
      try {
        this.tally.batchedRequests += ((JSON.parse(body) as { requests?: unknown[] }).requests ?? []).length;
      } catch {
        // not JSON: nothing to count
      }
    }
    await this.callNext(context);
    const response = context.response;
    if (response?.body) this.tally.responseBytes += (await response.clone().arrayBuffer()).byteLength;
  }
}

/** The pipeline's own count of wire requests (`pipeline.stats.requests`), put before the last link. */
export class WireCounter extends ChainLink {
  constructor(private readonly onSend: () => void) {
    super();
  }

  async execute(context: Context): Promise<void> {
    this.onSend();
    await this.callNext(context);
  }
}
