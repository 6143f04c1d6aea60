/**
 * Who is using the tab and what they may do, plus the `Hub` they read and write through.
 * Provided by `SessionProvider`; feature pages call `useSession()` and `useHub()`.
 */
import { createContext, useCallback, useContext } from 'react';
import { siteToday } from '../../domain/siteDates';
import type { Hub, MessageTarget, SignedInUser } from '../../data/hub';
import type { Person } from '../../domain/model';
import type { DeepLinkOptions } from '../../domain/links';
import type { HostInfo, TeamUserRole } from '../host';
import type { ListKey } from '../../data/schema/types';
import type { GraphConnection } from './startSession';

/** The person's role on the team's site: owners set up and manage, members edit, visitors read. */
export type SiteRole = 'owner' | 'member' | 'visitor';

export interface Session {
  readonly user: SignedInUser;
  /** Their row in the People list (matched by email = sign-in name), when they have one. */
  readonly person?: Person;
  readonly role: SiteRole;
  /** Members and owners may change things; visitors only read (SharePoint enforces it too). */
  readonly canEdit: boolean;
  readonly host: HostInfo;
  /** Where cards are posted: this channel (or chat), when the tab knows it. */
  readonly messageTarget?: MessageTarget;
  /** Pass to `deepLink(target, session.linkOptions)` for links that open the tab on a thing. */
  readonly linkOptions: DeepLinkOptions;
  /** The site's time zone (IANA), whose calendar says what day it is for dates people record. */
  readonly siteTimeZone?: string;
  /**
   * Lists newer releases added that this site does not have yet (the core lists are all there, or
   * the set-up screen shows instead): what needs them says so, and owners are offered Set up.
   */
  readonly missingLists?: readonly ListKey[];
}

export interface SessionValue {
  readonly hub: Hub;
  readonly session: Session;
  /** Where the tab talks to Graph (Set up provisions through it). */
  readonly connection?: GraphConnection;
  /** Reads the session again (after provisioning, or when permissions changed). */
  reload(): void;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

function useSessionValue(hook: string): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error(`${hook} is used outside SessionProvider (the shell renders pages inside it)`);
  return value;
}

/** The data seam for the team's site: repositories of every list, messages, `me()`. */
export function useHub(): Hub {
  return useSessionValue('useHub').hub;
}

/** The signed-in person, their role and whether they may edit. */
export function useSession(): Session {
  return useSessionValue('useSession').session;
}

/**
 * Today's date (`YYYY-MM-DD`) on the site's calendar — not UTC's, which in Auckland is still
 * yesterday every morning — for dates people record (reviewed on, imported on).
 */
export function useSiteToday(): () => string {
  const zone = useSiteTimeZone();
  return useCallback(() => siteToday(new Date(), zone), [zone]);
}

/**
 * The site's time zone (IANA) — Hub Settings' copy of its regional settings — else the device's:
 * the calendar on which "today" is compared with dates people recorded (leaving dates, expiries).
 */
export function useSiteTimeZone(): string {
  return useSession().siteTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Starts the session again, e.g. after setting up the site. */
export function useReloadSession(): () => void {
  return useSessionValue('useReloadSession').reload;
}

/**
 * teams-js `UserTeamRole` → site role. Guests (2) are team members, and so members of the site's
 * Members group with Edit (https://learn.microsoft.com/en-us/microsoftteams/guest-access): they
 * edit like members. Without a team (personal scope) the role is unknown: the tab lets the person
 * try and SharePoint's answer (403 → "You can view but not change this") decides.
 */
export function siteRole(teamRole: TeamUserRole | undefined, siteVisitor = false): SiteRole {
  if (siteVisitor) return 'visitor';
  return teamRole === 0 ? 'owner' : 'member';
}

/** Where this tab's cards go: the channel it is pinned in, else the chat. */
export function messageTargetOf(host: HostInfo): MessageTarget | undefined {
  if (host.team && host.channel) return { kind: 'channel', teamId: host.team.groupId, channelId: host.channel.id };
  if (host.chat) return { kind: 'chat', chatId: host.chat.id };
  return undefined;
}
