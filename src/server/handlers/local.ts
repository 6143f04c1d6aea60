/**
 * Local-only endpoints (not Graph), standing in for what Teams would tell the tab:
 * `GET /_local/context` (the acting user, team, channel and SharePoint site, in the shape of the
 * teams-js context; `userRole` as teams-js `UserTeamRole`: 0 owner, 1 member, 2 guest) and
 * `GET|POST /_local/faults` to read or change fault injection at run time.
 */
import type { DirectoryUser } from '../identity';
import type { Faults } from '../faults';
import { LOCAL_CHANNELS, LOCAL_TEAM } from './messages';

const ROLE: Record<DirectoryUser['siteRole'], 0 | 1 | 2> = { owner: 0, member: 1, visitor: 2 };

export function localContext(user: DirectoryUser, baseUrl: string): unknown {
  const url = new URL(baseUrl);
  return {
    user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName, tenantId: 'local' },
    team: { groupId: LOCAL_TEAM.id, displayName: LOCAL_TEAM.displayName, userRole: ROLE[user.siteRole] },
    channel: { id: LOCAL_CHANNELS[0].id, displayName: LOCAL_CHANNELS[0].displayName },
    sharePointSite: { teamSiteUrl: baseUrl, teamSiteDomain: url.host, teamSitePath: '/' },
  };
}

export const faultSettings = (faults: Faults): unknown => ({ ...faults.settings });
