/**
 * Which SharePoint site holds the hub's lists, from where the tab is open in Teams: a channel tab
 * has its team's site in the Teams context; a personal tab or a group-chat tab has none, so it
 * uses the site the deployment names (`HUB_SITE_URL` in env/.env.{env}, built in as
 * `VITE_HUB_SITE_URL`).
 */
import { HubError } from '../../domain/errors';
import type { HostInfo } from '../host';

/** A site as Graph addresses it by path: `GET /sites/{hostname}:/{path}`. */
export interface TeamSiteRef {
  readonly hostname: string;
  readonly path: string;
}

/**
 * The team's site from the Teams context, else the deployment's hub site.
 * Throws a HubError saying what to ask for when there is neither.
 */
export function teamSiteRef(host: Pick<HostInfo, 'sharePointSite'>, hubSiteUrl?: string): TeamSiteRef {
  const site = host.sharePointSite;
  if (site?.teamSiteDomain && site.teamSitePath) return { hostname: site.teamSiteDomain, path: site.teamSitePath };
  const url = site?.teamSiteUrl || hubSiteUrl;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (cause) {
      throw new HubError('unsupported', `The SharePoint site address "${url}" is not a web address. Ask whoever deployed Technician Hub to correct HUB_SITE_URL.`, { cause });
    }
    return { hostname: parsed.hostname, path: decodeURIComponent(parsed.pathname).replace(/\/+$/, '') || '/' };
  }
  throw new HubError(
    'unsupported',
    'Technician Hub keeps its data in your technician network team’s SharePoint site, and this place has none (a personal tab or a chat). Open Technician Hub from its tab in the team’s channel, or ask whoever deployed it to set HUB_SITE_URL so it works here too.',
  );
}
