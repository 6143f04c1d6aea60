/**
 * Local-only endpoints (not Graph), standing in for what Teams would tell the tab:
 * `GET /_local/context` (the acting user, team, channel and SharePoint site, in the shape of the
 * teams-js context; `userRole` as teams-js `UserTeamRole`: 0 owner, 1 member, 2 guest; plus
 * `siteVisitor`, which Teams never says — see `localContext`) and
 * `GET|POST /_local/faults` to read or change fault injection at run time.
 */
import type { DirectoryUser } from '../identity';
import type { Faults } from '../faults';
import { LOCAL_CHANNELS, LOCAL_TEAM } from './messages';

/**
 * teams-js `UserTeamRole` (Admin 0, User 1, Guest 2) of a team member. Team guests are members of
 * the site's Members group (https://learn.microsoft.com/en-us/microsoftteams/guest-access).
 */
function teamRole(user: DirectoryUser): 0 | 1 | 2 | undefined {
  if (user.siteRole === 'owner') return 0;
  if (user.siteRole === 'member') return user.userType === 'Guest' ? 2 : 1;
  // People in the site's Visitors group are not in the team: Teams has no role for them.
  return undefined;
}

/**
 * In Teams a site visitor is not in the team and cannot open the team's tab at all; the local tab
 * lets one in to show what reading without editing looks like, so it says what the local site
 * knows (`siteVisitor`) in place of a team role Teams would never give.
 */
export function localContext(user: DirectoryUser, baseUrl: string): unknown {
  const url = new URL(baseUrl);
  return {
    ...(user.siteRole === 'visitor' ? { siteVisitor: true } : {}),
    user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName, tenantId: 'local' },
    team: { groupId: LOCAL_TEAM.id, displayName: LOCAL_TEAM.displayName, userRole: teamRole(user) },
    channel: { id: LOCAL_CHANNELS[0].id, displayName: LOCAL_CHANNELS[0].displayName },
    sharePointSite: { teamSiteUrl: baseUrl, teamSiteDomain: url.host, teamSitePath: '/' },
  };
}

export const faultSettings = (faults: Faults): unknown => ({ ...faults.settings });
