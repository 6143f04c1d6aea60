import { HubError } from '../../domain/errors';
import { initialLocalTheme } from './theme';
import type { HostInfo, HostWindow, TeamUserRole } from './types';

/** Where local mode remembers which demo person the tab is acting as. */
export const ACTING_UPN_KEY = 'hub.actingUpn';
/** The person local mode acts as until someone picks another: a technician with a line manager. */
export const DEFAULT_ACTING_UPN = 'member@demo.local';
/** The local server's stand-in for the Teams context (INTERFACES.md, "Local-only"). */
export const LOCAL_CONTEXT_PATH = '/_local/context';

/** The demo person local mode acts as. */
export function getActingUpn(win: Pick<HostWindow, 'localStorage'> | undefined = browserWindow()): string {
  const saved = win?.localStorage?.getItem(ACTING_UPN_KEY)?.trim();
  return saved ? saved : DEFAULT_ACTING_UPN;
}

/** Switches the demo person (the shell reloads the session afterwards). */
export function setActingUpn(upn: string, win: Pick<HostWindow, 'localStorage'> | undefined = browserWindow()): void {
  win?.localStorage?.setItem(ACTING_UPN_KEY, upn.trim());
}

/** The body of `GET /_local/context`. */
interface LocalContextBody {
  user?: { id?: string; userPrincipalName?: string; displayName?: string; tenantId?: string };
  team?: { groupId?: string; displayName?: string; userRole?: number };
  channel?: { id?: string; displayName?: string };
  sharePointSite?: { teamSiteUrl?: string; teamSiteDomain?: string; teamSitePath?: string };
  siteVisitor?: boolean;
}

/**
 * Reads the local server's context for the acting person, authenticated with the same dev token
 * the data layer uses, and shapes it like the Teams context.
 */
export async function readLocalContext(
  win: HostWindow,
  upn: string,
  fetchImpl: typeof fetch,
  contextUrl: string = LOCAL_CONTEXT_PATH,
): Promise<HostInfo> {
  const url = new URL(contextUrl, win.location.href).toString();
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Authorization: `Bearer dev:${upn}`, Accept: 'application/json' } });
  } catch (cause) {
    throw new HubError('network', `The local server did not answer at ${url}. Is \`npm start\` still running?`, { cause });
  }
  if (response.status === 401 || response.status === 403) {
    throw new HubError('unauthenticated', `The local server does not know "${upn}". Pick another person to act as.`, {
      status: response.status,
    });
  }
  if (!response.ok) {
    throw new HubError('server', `The local server answered ${response.status} for ${url}.`, { status: response.status });
  }
  const body = (await response.json()) as LocalContextBody;
  return {
    kind: 'local',
    theme: initialLocalTheme(win),
    frameContext: 'content',
    user: {
      id: body.user?.id,
      upn: body.user?.userPrincipalName ?? upn,
      displayName: body.user?.displayName,
      tenantId: body.user?.tenantId ?? 'local',
    },
    team: body.team?.groupId ? { groupId: body.team.groupId, displayName: body.team.displayName, userRole: toRole(body.team.userRole) } : undefined,
    channel: body.channel?.id ? { id: body.channel.id, displayName: body.channel.displayName } : undefined,
    sharePointSite: body.sharePointSite,
    ...(body.siteVisitor === true ? { siteVisitor: true } : {}),
  };
}

/** teams-js `UserTeamRole` values; anything else is not a role we can rely on. */
export function toRole(value: number | undefined): TeamUserRole | undefined {
  return value === 0 || value === 1 || value === 2 ? value : undefined;
}

function browserWindow(): HostWindow | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as HostWindow);
}
