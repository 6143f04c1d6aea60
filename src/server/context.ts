/**
 * The shapes handlers work with: a parsed request and a JSON response. Handlers are synchronous
 * and transport-free, so `$batch` can run sub-requests in-process inside one SQLite transaction.
 */
import type { Directory, DirectoryUser } from './identity';
import type { GraphStore } from './store';
import type { SiteTimeZone } from '../domain/siteDates';

export interface GraphRequest {
  readonly method: string;
  /** Path below `/graph/v1.0`, e.g. `/sites/root/lists` (still percent-encoded). */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface ServerState {
  readonly store: GraphStore;
  readonly directory: Directory;
  readonly now: () => Date;
  /** The site's regional time zone (`/_api/web/RegionalSettings/TimeZone`): date-only values are its midnight. */
  readonly timeZone: SiteTimeZone;
  /** The server's base URL (`http://127.0.0.1:53000`), known once listening. */
  baseUrl: string;
}

/** Everything a handler needs: the request, the acting user, the state and route parameters. */
export interface HandlerContext {
  readonly request: GraphRequest;
  readonly user: DirectoryUser;
  readonly state: ServerState;
  readonly params: Readonly<Record<string, string>>;
}

export type Handler = (ctx: HandlerContext) => GraphResponse;

export const json = (status: number, body: unknown, headers?: Record<string, string>): GraphResponse => ({ status, body, headers });

/** Graph's timestamps: UTC ISO 8601 in whole seconds (`2024-07-26T09:30:00Z`). */
export const timestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A body already serialised: large item pages are built from per-item JSON kept between
 * requests, because serialising 26,000 items on every full load dominates its cost.
 */
export class RawJson {
  constructor(readonly text: string) {}
}
