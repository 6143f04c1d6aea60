import { toRole } from './localHost';
import { toHostTheme } from './theme';
import type { HostInfo, TeamsContext } from './types';

/**
 * Shapes the Teams context into a `HostInfo`. The context is a hint for display and routing, not
 * proof of identity: Graph calls are authorised by the token, never by these fields.
 */
export function fromTeamsContext(context: TeamsContext): HostInfo {
  const { user, team, channel, chat, sharePointSite, page } = context;
  const upn = user?.userPrincipalName ?? user?.loginHint;
  return {
    kind: 'teams',
    theme: toHostTheme(context.app.theme),
    frameContext: page.frameContext,
    subPageId: page.subPageId ? page.subPageId : undefined,
    user: user && upn ? { id: user.id, upn, displayName: user.displayName, tenantId: user.tenant?.id, loginHint: user.loginHint } : undefined,
    team: team?.groupId ? { groupId: team.groupId, displayName: team.displayName, userRole: toRole(team.userRole) } : undefined,
    channel: channel ? { id: channel.id, displayName: channel.displayName } : undefined,
    chat: chat ? { id: chat.id } : undefined,
    sharePointSite: sharePointSite
      ? { teamSiteUrl: sharePointSite.teamSiteUrl, teamSiteDomain: sharePointSite.teamSiteDomain, teamSitePath: sharePointSite.teamSitePath }
      : undefined,
  };
}
