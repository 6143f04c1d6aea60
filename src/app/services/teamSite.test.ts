import { isHubError } from '../../domain/errors';
import { teamSiteRef } from './teamSite';

describe('finding the hub’s SharePoint site in Teams', () => {
  it('uses the team’s site from the Teams context in a channel tab', () => {
    const host = { sharePointSite: { teamSiteUrl: 'https://contoso.sharepoint.com/sites/Technicians', teamSiteDomain: 'contoso.sharepoint.com', teamSitePath: '/sites/Technicians' } };
    expect(teamSiteRef(host, 'https://contoso.sharepoint.com/sites/Other')).toEqual({ hostname: 'contoso.sharepoint.com', path: '/sites/Technicians' });
  });

  it('reads the site URL when the context gives only that', () => {
    expect(teamSiteRef({ sharePointSite: { teamSiteUrl: 'https://contoso.sharepoint.com/sites/Tech%20Network/' } })).toEqual({ hostname: 'contoso.sharepoint.com', path: '/sites/Tech Network' });
  });

  it('uses the deployment’s hub site in a personal tab or a group chat, which have no team site', () => {
    expect(teamSiteRef({}, 'https://contoso.sharepoint.com/sites/Technicians')).toEqual({ hostname: 'contoso.sharepoint.com', path: '/sites/Technicians' });
    expect(teamSiteRef({}, 'https://contoso.sharepoint.com/')).toEqual({ hostname: 'contoso.sharepoint.com', path: '/' });
  });

  it('says where to open the tab, or what to ask for, when there is no site at all', () => {
    let error: unknown;
    try {
      teamSiteRef({});
    } catch (e) {
      error = e;
    }
    expect(isHubError(error) && error.code).toBe('unsupported');
    expect((error as Error).message).toMatch(/Open Technician Hub from its tab in the team’s channel, or ask whoever deployed it to set HUB_SITE_URL/);
  });

  it('names a site address that is not a web address', () => {
    expect(() => teamSiteRef({}, 'contoso/sites/x')).toThrow(/"contoso\/sites\/x" is not a web address/);
  });
});
