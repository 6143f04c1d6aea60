/**
 * The one site: the root site of the local "tenant"
 * (https://learn.microsoft.com/en-us/graph/api/site-get). Its `webUrl` is the server's base URL.
 * `/sites/{hostname}:/{server-relative-path}` finds it for `/` (any hostname) and 404s otherwise.
 */
import { json, type GraphResponse, type HandlerContext, type ServerState } from '../context';
import { notFound } from '../errors';
import { siteIdOf } from '../render';
import { requireSite } from './resolve';

export function renderSite(state: ServerState): Record<string, unknown> {
  return {
    createdDateTime: '2026-01-01T00:00:00Z',
    description: 'Technician network site (local)',
    id: siteIdOf(state),
    lastModifiedDateTime: '2026-01-01T00:00:00Z',
    name: '',
    webUrl: state.baseUrl,
    displayName: 'Technician Network',
    root: {},
    siteCollection: { hostname: new URL(state.baseUrl).hostname },
  };
}

export function getSite(ctx: HandlerContext): GraphResponse {
  requireSite(ctx);
  return json(200, renderSite(ctx.state));
}

/**
 * Rewrites `/sites/{hostname}:/{path}[:]/rest` to `/sites/{siteId}/rest`; paths other than the
 * root are not sites here. Returns the path unchanged when it is not in that form.
 */
export function rewriteSitePath(path: string, state: ServerState): string {
  const match = /^\/sites\/([^/]+?):(\/[^:]*)?(?::(\/.*)?)?$/.exec(path);
  if (!match) return path;
  const serverRelative = decodeURIComponent(match[2] ?? '/').replace(/\/+$/, '');
  if (serverRelative !== '') throw notFound(`Requested site could not be found: no site at '${serverRelative}' on the local server (only the root site '/').`);
  return `/sites/${encodeURIComponent(siteIdOf(state))}${match[3] ?? ''}`;
}
