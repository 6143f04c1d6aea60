/**
 * The demo tenant's user directory, as the local Graph server serves it from `/users`.
 */
import { stableGuid } from './random';
import { demoRoster, type SiteRole } from './roster';
import type { DemoScale } from './seeds';

export type { DemoScale } from './seeds';
export type { SiteRole } from './roster';

/** A directory user, shaped like the Graph `user` fields the app reads, plus the site role the demo grants. */
export interface DirectoryUser {
  /** Stable GUID derived from the sign-in name. */
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly mail: string;
  readonly jobTitle?: string;
  readonly siteRole: SiteRole;
}

/**
 * Every user of a demo world. Always includes `owner@demo.local` (site owner),
 * `member@demo.local` (a technician whose line manager is also listed) and `visitor@demo.local`
 * (read-only). 'demo' has 43 people; 'liverpool' has 650. Deterministic: same list on every call.
 */
export function demoDirectory(scale: DemoScale): DirectoryUser[] {
  return demoRoster(scale).map((person) => ({
    id: stableGuid(person.email),
    userPrincipalName: person.email,
    displayName: person.name,
    mail: person.email,
    jobTitle: person.jobTitle,
    siteRole: person.siteRole,
  }));
}
