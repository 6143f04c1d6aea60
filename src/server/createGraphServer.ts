/**
 * The local Microsoft Graph–compatible SharePoint-lists server: Graph v1.0 under `/graph/v1.0`,
 * the SharePoint REST subset provisioning needs under `/_api/web`, local-only `/_local/*`
 * endpoints, and the built tab as static files. Data persists in `${dataDir}/graph.sqlite`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { authenticate, createDirectory, type DirectoryUser } from './identity';
import { RawJson, type GraphResponse, type ServerState } from './context';
import { errorBody, errorDate, GraphError, notFound } from './errors';
import { checkUrlLength, createGuards, MAX_BODY_BYTES, MAX_HEADER_BYTES, MAX_URL_LENGTH, readJsonBody, requireObjectBody, unsupportedMediaType, type RequestGuards } from './guards';
import { requireOwner } from './permissions';
import { createFaults } from './faults';
import { encodeBody } from './compression';
import { itemsIn } from './itemCount';
import { createBudget, spRestCost } from './resourceUnits';
import { createGraphDispatch, errorResponse } from './graphRoutes';
import { faultSettings, localContext } from './handlers/local';
import { createSpRestDispatch, spError } from './handlers/spRest';
import { serveStatic } from './static';
import { GraphStore } from './store';
import { DEFAULT_SITE_TIME_ZONE, siteTimeZone } from '../domain/siteDates';

export type { DirectoryUser } from './identity';

export interface GraphServerOptions {
  readonly dataDir: string;
  readonly directory: readonly DirectoryUser[];
  /** Added to every Graph request (a `$batch` counts once). */
  readonly latencyMs?: number;
  /** Share (0–1) of Graph requests answered 429 or 503 with `Retry-After: 1`. */
  readonly faultRate?: number;
  /** The built tab; unknown non-API GETs get its `index.html`. */
  readonly staticDir?: string;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** The site's time zone: a SharePoint zone id, Windows or IANA name (default GMT Standard Time). */
  readonly timeZone?: number | string;
  /** Largest request body accepted (default 4 MB); larger ones get 413 before they are read. */
  readonly maxBodyBytes?: number;
  /** Origins the tab is also served from (e.g. `TAB_ENDPOINT`, a dev tunnel); the server's own origin is always allowed. */
  readonly tabOrigins?: readonly string[];
  /** Added per list item in an answer (imitates large pages taking longer; default 0). */
  readonly itemLatencyMs?: number;
  /** SharePoint resource units per minute for the app (see resourceUnits.ts); default: counted, never refused. */
  readonly resourceUnitsPerMinute?: number;
}

export interface LocalGraphServer {
  /** Starts listening; resolves to the base URL, e.g. `http://127.0.0.1:53000`. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
  /** True until the first list is created (so `start` knows to provision and seed). */
  isEmpty(): boolean;
}

const GRAPH_PREFIX = '/graph/v1.0';
/** CORS for the tab's own origin only (echoed per request); no other site may call this server. */
const CORS = {
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Prefer, client-request-id, X-HTTP-Method, Accept',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS',
  'Access-Control-Expose-Headers': 'request-id, client-request-id, Retry-After, ETag, Location',
};
/** `/_local/faults` settings are small JSON objects. */
const MAX_LOCAL_BODY_BYTES = 4 * 1024;

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** A Graph-shaped error written straight to a socket Node could not parse a request from (e.g. headers over the limit). */
function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'requestHeaderFieldsTooLarge', `The request line and headers are larger than ${MAX_HEADER_BYTES} bytes; shorten the URL (at most ${MAX_URL_LENGTH} characters) or the headers.`]
      : [400, 'Bad Request', 'invalidRequest', 'The request could not be read as HTTP.'];
  const body = JSON.stringify(errorBody(new GraphError(status, code, message), { requestId: randomUUID(), clientRequestId: randomUUID(), date: errorDate(new Date()) }));
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/** Creates the server (opening or creating the store); call `listen` to serve. */
export async function createGraphServer(options: GraphServerOptions): Promise<LocalGraphServer> {
  const store = new GraphStore(options.dataDir);
  const timeZone = options.timeZone === undefined ? DEFAULT_SITE_TIME_ZONE : siteTimeZone(options.timeZone);
  if (!timeZone) throw new RangeError(`Unknown site time zone '${options.timeZone}'.`);
  const state: ServerState = { store, directory: createDirectory(options.directory), now: options.now ?? (() => new Date()), timeZone, baseUrl: 'http://127.0.0.1' };
  const faults = createFaults({ latencyMs: options.latencyMs ?? 0, faultRate: options.faultRate ?? 0, itemLatencyMs: options.itemLatencyMs ?? 0 }, options.random ?? Math.random);
  const budget = createBudget({ perMinute: options.resourceUnitsPerMinute ?? Infinity });
  const dispatchGraph = createGraphDispatch(state, faults, budget);
  const dispatchSpRest = createSpRestDispatch(state);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let guards: RequestGuards = createGuards('127.0.0.1', options.tabOrigins);

  const send = (req: IncomingMessage, res: ServerResponse, response: GraphResponse, ids: { requestId: string; clientRequestId: string }, cors: Record<string, string>): void => {
    const headers: Record<string, string> = { ...cors, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId, ...(response.headers ?? {}) };
    // Answered before the body was read (401, 413, …): close rather than read the rest.
    if (!req.complete) headers.Connection = 'close';
    let body = response.body;
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (response.status >= 400 && error && typeof error.code === 'string') {
      body = errorBody(new GraphError(response.status, error.code, String(error.message)), { ...ids, date: errorDate(new Date()) });
    }
    if (body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    const encoded = encodeBody(body instanceof RawJson ? body.text : JSON.stringify(body), req.headers['accept-encoding']);
    res.writeHead(response.status, { ...headers, 'Content-Type': 'application/json', ...encoded.headers });
    res.end(encoded.body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = lowerHeaders(req);
    const ids = { requestId: randomUUID(), clientRequestId: headers['client-request-id'] ?? randomUUID() };
    const method = (req.method ?? 'GET').toUpperCase();
    let cors: Record<string, string> = {};
    let sharePoint = false;
    try {
      guards.checkHost(headers.host);
      checkUrlLength(req.url ?? '/');
      const origin = guards.checkOrigin(headers.origin, headers.host);
      if (origin) cors = { ...CORS, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
      const url = new URL(req.url ?? '/', 'http://local');
      if (method === 'OPTIONS') {
        res.writeHead(204, { ...cors, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId });
        res.end();
        return;
      }
      const path = url.pathname;
      if (path === GRAPH_PREFIX || path.startsWith(`${GRAPH_PREFIX}/`)) {
        // Who is asking is known from the headers: refuse strangers before reading any body.
        authenticate(state.directory, headers.authorization);
        const body = requireObjectBody(await readJsonBody(req, maxBodyBytes));
        await faults.delay();
        const response = dispatchGraph({ method, path: path.slice(GRAPH_PREFIX.length) || '/', query: url.searchParams, headers, body }, false);
        await faults.delayForItems(itemsIn(response));
        send(req, res, response, ids, cors);
        return;
      }
      if (path.toLowerCase().startsWith('/_api/')) {
        sharePoint = true;
        authenticate(state.directory, headers.authorization);
        const body = requireObjectBody(await readJsonBody(req, maxBodyBytes));
        await faults.delay();
        budget.charge(spRestCost(method, path));
        send(req, res, dispatchSpRest({ method, path, query: url.searchParams, headers, body }), ids, cors);
        return;
      }
      if (path === '/_local/context' && method === 'GET') {
        send(req, res, { status: 200, body: localContext(authenticate(state.directory, headers.authorization), state.baseUrl) }, ids, cors);
        return;
      }
      if (path === '/_local/budget') {
        requireOwner(authenticate(state.directory, headers.authorization), 'read or change the resource-unit budget');
        const usage = method === 'POST' ? budget.update(requireObjectBody(await readJsonBody(req, MAX_LOCAL_BODY_BYTES))) : budget.usage();
        send(req, res, { status: 200, body: usage }, ids, cors);
        return;
      }
      if (path === '/_local/faults') {
        // The control surface: a site owner's local token, and JSON (a cross-site form or text/plain post cannot send either).
        requireOwner(authenticate(state.directory, headers.authorization), 'read or change fault injection');
        if (method === 'POST') {
          if (!/^application\/json\s*(;|$)/i.test(headers['content-type'] ?? '')) throw unsupportedMediaType('Send the fault settings as Content-Type: application/json.');
          faults.update(requireObjectBody(await readJsonBody(req, MAX_LOCAL_BODY_BYTES)));
        } else if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', 'Use GET or POST on /_local/faults.');
        send(req, res, { status: 200, body: faultSettings(faults) }, ids, cors);
        return;
      }
      if ((method === 'GET' || method === 'HEAD') && options.staticDir && !path.startsWith('/_local/')) {
        if (await serveStatic(options.staticDir, path, method, res, { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId })) return;
      }
      throw notFound(`Nothing is served at ${path}.`);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(req, res, sharePoint ? spError(error) : errorResponse(error), ids, cors);
    }
  };

  let server: Server | undefined;
  return {
    listen(port, host = '127.0.0.1') {
      guards = createGuards(host, options.tabOrigins);
      server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => void handle(req, res));
      const listening = server;
      listening.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
        if (error.code === 'ECONNRESET' || !socket.writable) {
          socket.destroy();
          return;
        }
        socket.end(clientErrorResponse(error));
      });
      return new Promise((resolveUrl, reject) => {
        listening.once('error', reject);
        listening.listen(port, host, () => {
          const address = listening.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
          state.baseUrl = `http://${shownHost}:${address.port}`;
          resolveUrl(state.baseUrl);
        });
      });
    },
    async close() {
      const closing = server;
      server = undefined;
      if (closing) {
        await new Promise<void>((done) => {
          closing.close(() => done());
          closing.closeAllConnections();
        });
      }
      store.close();
    },
    isEmpty: () => store.lists.size === 0,
  };
}
