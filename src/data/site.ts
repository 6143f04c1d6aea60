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
  let path: string;
  if (ref === 'root') path = '/sites/root';
  else if ('id' in ref) path = graphPath('sites', ref.id);
  else {
    const segments = ref.path.split('/').filter(Boolean).map(pathSegment).join('/');
    path = segments ? `/sites/${pathSegment(ref.hostname)}:/${segments}` : `/sites/${pathSegment(ref.hostname)}`;
  }
  return graph.send<GraphSite>({ method: 'GET', path, what: 'Finding the SharePoint site' });
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
