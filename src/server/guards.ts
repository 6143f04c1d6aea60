/**
 * What the local server checks before it reads a request body: the `Host` it was addressed to
 * (a DNS-rebinding guard), the `Origin` of a browser request (only the tab's own), the URL's
 * length, and the body's size. A web page the user happens to visit must not be able to reach
 * the local server through the browser: a rebound DNS name arrives with its own `Host`, and a
 * cross-site request carries its page's `Origin`.
 */
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { GraphError } from './errors';

/** Request bodies above this are refused with 413 (Graph's own request limit is 4 MB for most APIs). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Longer request targets (path and query) are refused with 414. */
export const MAX_URL_LENGTH = 8 * 1024;
/** Node's header limit, raised so that URLs up to `MAX_URL_LENGTH` reach our 414 rather than Node's 431. */
export const MAX_HEADER_BYTES = 32 * 1024;

export const requestTooLarge = (message: string): GraphError => new GraphError(413, 'requestEntityTooLarge', message);
export const uriTooLong = (message: string): GraphError => new GraphError(414, 'requestUriTooLong', message);
export const misdirected = (message: string): GraphError => new GraphError(421, 'misdirectedRequest', message);
export const foreignOrigin = (message: string): GraphError => new GraphError(403, 'accessDenied', message);
export const unsupportedMediaType = (message: string): GraphError => new GraphError(415, 'unsupportedMediaType', message);

/** The name part of a `Host` header (`127.0.0.1:53000` → `127.0.0.1`, `[::1]:53000` → `::1`). */
function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']'));
  const colon = trimmed.lastIndexOf(':');
  return colon >= 0 ? trimmed.slice(0, colon) : trimmed;
}

export interface RequestGuards {
  /** Throws 421 unless `Host` names this machine (an IP address, `localhost`) or a configured tab host. */
  checkHost(host: string | undefined): void;
  /**
   * Throws 403 when a browser sent the request from another site's page: `Origin`, when present,
   * must be the tab's own origin (the one the request was addressed to) or a configured tab origin.
   * Returns the origin to echo in CORS headers, if any.
   */
  checkOrigin(origin: string | undefined, host: string | undefined): string | undefined;
}

/**
 * @param tabOrigins Extra origins the tab is served from (e.g. `TAB_ENDPOINT`, a dev tunnel in
 * front of this server); their hosts are accepted in `Host` too.
 */
export function createGuards(listenHost: string, tabOrigins: readonly string[] = []): RequestGuards {
  const extraOrigins = new Set<string>();
  const extraHosts = new Set<string>();
  for (const origin of tabOrigins) {
    try {
      const url = new URL(origin);
      extraOrigins.add(url.origin.toLowerCase());
      extraHosts.add(url.hostname.toLowerCase().replace(/^\[|\]$/g, ''));
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  const listenName = hostName(listenHost);
  // A rebound DNS name is never an IP literal, `localhost` or the name we were told to listen on.
  const allowedHost = (name: string): boolean =>
    isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || (listenName !== '' && name === listenName) || extraHosts.has(name);
  return {
    checkHost(host) {
      if (!host || !allowedHost(hostName(host))) {
        throw misdirected(`This local server answers only requests addressed to this machine (an IP address or localhost), not to '${host ?? ''}'.`);
      }
    },
    checkOrigin(origin, host) {
      if (origin === undefined) return undefined;
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      const own = url !== undefined && host !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === host.trim().toLowerCase();
      if (url && (own || extraOrigins.has(url.origin.toLowerCase()))) return url.origin;
      throw foreignOrigin(`Requests from ${origin === 'null' ? 'a sandboxed or local page' : `'${origin}'`} are not accepted: only the tab this server serves may call it.`);
    },
  };
}

/** Throws 414 for a request target longer than `MAX_URL_LENGTH`. */
export function checkUrlLength(url: string): void {
  if (url.length > MAX_URL_LENGTH) {
    throw uriTooLong(`The request URL is ${url.length} characters long; at most ${MAX_URL_LENGTH} are accepted. Shorten $filter or split the request.`);
  }
}

/**
 * Reads a JSON body of at most `limit` bytes: 413 as soon as `Content-Length` says more, or the
 * bytes read pass the limit (a chunked upload), without holding more than `limit` in memory.
 * Undefined when there is no body; 400 when it is not JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  const tooLarge = () => requestTooLarge(`The request body is larger than ${limit} bytes, the most this server accepts.`);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphError(400, 'invalidRequest', 'The request body is not valid JSON.');
  }
}

/** Graph and SharePoint request bodies are JSON objects; an array or a bare value is refused up front. */
export function requireObjectBody(body: unknown): unknown {
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw new GraphError(400, 'invalidRequest', `The request body must be a JSON object ({ … }), not ${Array.isArray(body) ? 'an array' : body === null ? 'null' : `a ${typeof body}`}.`);
  }
  return body;
}

