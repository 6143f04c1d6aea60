import { graphPath, pathSegment } from './graph/odata';
import type { GraphPipeline } from './graph/pipeline';

/** A SharePoint site as Graph returns it (what provisioning needs). */
export interface GraphSite {
  readonly id: string;
  readonly displayName?: string;
  readonly name?: string;
  /** The site's own URL: SharePoint REST for it lives under `${webUrl}/_api`. */
  readonly webUrl: string;
}

/** How a site is named: the tenant's root site, a Graph site id, or host name + server-relative path. */
export type SiteRef = 'root' | { readonly id: string } | { readonly hostname: string; readonly path: string };

/**
 * Reads a site by reference (`GET /sites/root`, `/sites/{id}` or `/sites/{hostname}:/{path}`).
 * https://learn.microsoft.com/graph/api/site-getbypath
 */
export function getSite(graph: GraphPipeline, ref: SiteRef): Promise<GraphSite> {
  return graph.send<GraphSite>({ method: 'GET', path: sitePath(ref), what: 'Finding the SharePoint site' });
}

/**
 * The path of a site named by reference, or of something below it (`lists`): path-addressed
 * sites close the server-relative path with `:` before a child segment
 * (`/sites/contoso.sharepoint.com:/sites/tech:/lists`).
 */
export function sitePath(ref: SiteRef, child?: string): string {
  const tail = child ? `/${child}` : '';
  if (ref === 'root') return `/sites/root${tail}`;
  if ('id' in ref) return graphPath('sites', ref.id) + tail;
  const segments = ref.path.split('/').filter(Boolean).map(pathSegment).join('/');
  if (!segments) return `/sites/${pathSegment(ref.hostname)}${tail}`;
  return `/sites/${pathSegment(ref.hostname)}:/${segments}${child ? `:${tail}` : ''}`;
}

/** The Graph id of a site named by reference. */
export async function resolveSiteId(graph: GraphPipeline, ref: SiteRef): Promise<string> {
  return (await getSite(graph, ref)).id;
}

/**
 * Reads what a person typed for `--site`: `root`, a site URL (`https://contoso.sharepoint.com/sites/tech`)
 * or a Graph site id.
 */
export function parseSiteArgument(value: string): SiteRef {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'root') return 'root';
  if (/^https?:\/\//i.test(trimmed)) {
    const url = new URL(trimmed);
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    return path === '' ? { hostname: url.hostname, path: '' } : { hostname: url.hostname, path };
  }
  return { id: trimmed };
}
