/**
 * The local Microsoft Graph–compatible SharePoint-lists server: Graph v1.0 under `/graph/v1.0`,
 * the SharePoint REST subset provisioning needs under `/_api/web`, local-only `/_local/*`
 * endpoints, and the built tab as static files. Data persists in `${dataDir}/graph.sqlite`.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, createDirectory, type DirectoryUser } from './identity';
import { RawJson, type GraphResponse, type ServerState } from './context';
import { badRequest, errorBody, errorDate, GraphError, notFound } from './errors';
import { createFaults } from './faults';
import { createGraphDispatch, errorResponse } from './graphRoutes';
import { faultSettings, localContext } from './handlers/local';
import { createSpRestDispatch } from './handlers/spRest';
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
}

export interface LocalGraphServer {
  /** Starts listening; resolves to the base URL, e.g. `http://127.0.0.1:53000`. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
  /** True until the first list is created (so `start` knows to provision and seed). */
  isEmpty(): boolean;
}

const GRAPH_PREFIX = '/graph/v1.0';
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Prefer, client-request-id, X-HTTP-Method, Accept',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS',
  'Access-Control-Expose-Headers': 'request-id, client-request-id, Retry-After, ETag, Location',
};

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Creates the server (opening or creating the store); call `listen` to serve. */
export async function createGraphServer(options: GraphServerOptions): Promise<LocalGraphServer> {
  const store = new GraphStore(options.dataDir);
  const timeZone = options.timeZone === undefined ? DEFAULT_SITE_TIME_ZONE : siteTimeZone(options.timeZone);
  if (!timeZone) throw new RangeError(`Unknown site time zone '${options.timeZone}'.`);
  const state: ServerState = { store, directory: createDirectory(options.directory), now: options.now ?? (() => new Date()), timeZone, baseUrl: 'http://127.0.0.1' };
  const faults = createFaults({ latencyMs: options.latencyMs ?? 0, faultRate: options.faultRate ?? 0 }, options.random ?? Math.random);
  const dispatchGraph = createGraphDispatch(state, faults);
  const dispatchSpRest = createSpRestDispatch(state);

  const send = (res: ServerResponse, response: GraphResponse, ids: { requestId: string; clientRequestId: string }): void => {
    const headers: Record<string, string> = { ...CORS, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId, ...(response.headers ?? {}) };
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
    const text = body instanceof RawJson ? body.text : JSON.stringify(body);
    res.writeHead(response.status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = lowerHeaders(req);
    const ids = { requestId: randomUUID(), clientRequestId: headers['client-request-id'] ?? randomUUID() };
    const url = new URL(req.url ?? '/', 'http://local');
    const method = (req.method ?? 'GET').toUpperCase();
    try {
      if (method === 'OPTIONS') {
        res.writeHead(204, { ...CORS, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId });
        res.end();
        return;
      }
      const path = url.pathname;
      if (path === GRAPH_PREFIX || path.startsWith(`${GRAPH_PREFIX}/`)) {
        const body = await readBody(req);
        await faults.delay();
        const response = dispatchGraph({ method, path: path.slice(GRAPH_PREFIX.length) || '/', query: url.searchParams, headers, body }, false);
        send(res, response, ids);
        return;
      }
      if (path.toLowerCase().startsWith('/_api/')) {
        const body = await readBody(req);
        await faults.delay();
        send(res, dispatchSpRest({ method, path, query: url.searchParams, headers, body }), ids);
        return;
      }
      if (path === '/_local/context' && method === 'GET') {
        send(res, { status: 200, body: localContext(authenticate(state.directory, headers.authorization), state.baseUrl) }, ids);
        return;
      }
      if (path === '/_local/faults') {
        if (method === 'POST') faults.update(await readBody(req));
        else if (method !== 'GET') throw new GraphError(405, 'methodNotAllowed', 'Use GET or POST on /_local/faults.');
        send(res, { status: 200, body: faultSettings(faults) }, ids);
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
      send(res, errorResponse(error), ids);
    }
  };

  let server: Server | undefined;
  return {
    listen(port, host = '127.0.0.1') {
      server = createServer((req, res) => void handle(req, res));
      const listening = server;
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
