/**
 * The demo tenant's user directory, as the local Graph server serves it from `/users`. Like a real
 * university tenant, it is not tidy: some people sign in with a short staff id while their mail is
 * `first.last` (mail ≠ UPN), and one guest from a partner institution is a member of the team.
 */
import { stableGuid } from './random';
import { demoRoster, DEMO_DOMAIN, emailFor, type SiteRole } from './roster';
import type { DemoScale } from './seeds';

export type { DemoScale } from './seeds';
export type { SiteRole } from './roster';

/** A directory user, shaped like the Graph `user` fields the app reads, plus the site role the demo grants. */
export interface DirectoryUser {
  /** The Entra object id: a stable GUID derived from the sign-in name (it never changes when mail does). */
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** The mailbox address; not always the sign-in name. */
  readonly mail: string;
  readonly jobTitle?: string;
  readonly siteRole: SiteRole;
  /** Graph's `userType`: guests are invited from another tenant (and are team members). */
  readonly userType?: 'Member' | 'Guest';
}

/**
 * People (by sign-in name) whose mailbox is another address, as where a university's sign-in name
 * is a staff id and mail is an alias: the People list holds their sign-in name, Graph's
 * `createdBy.user.email` their mail.
 */
export const MAIL_ALIASES: ReadonlyMap<string, string> = new Map([
  [emailFor('Tom Whitfield'), `t.whitfield@mail.${DEMO_DOMAIN}`],
  [emailFor('Sophie Clarke'), `s.clarke@mail.${DEMO_DOMAIN}`],
  [emailFor('Lina Chen'), `lina.chen@mail.${DEMO_DOMAIN}`],
]);

/** A guest from a partner university, invited to the team (so a site member) but not on the People list. */
export const DEMO_GUEST: DirectoryUser = {
  id: stableGuid('sam.patel_partner.ac.uk#EXT#'),
  userPrincipalName: `sam.patel_partner.ac.uk#EXT#@${DEMO_DOMAIN}`,
  displayName: 'Sam Patel (Partner University)',
  mail: 'sam.patel@partner.ac.uk',
  jobTitle: 'Visiting Research Technician',
  siteRole: 'member',
  userType: 'Guest',
};

/**
 * Every user of a demo world. Always includes `owner@demo.local` (site owner),
 * `member@demo.local` (a technician whose line manager is also listed) and `visitor@demo.local`
 * (read-only). 'demo' has 43 people on its roster plus the guest; 'liverpool' has 650.
 * Deterministic: same list on every call.
 */
export function demoDirectory(scale: DemoScale): DirectoryUser[] {
  const people = demoRoster(scale).map(
    (person): DirectoryUser => ({
      id: stableGuid(person.email),
      userPrincipalName: person.email,
      displayName: person.name,
      mail: MAIL_ALIASES.get(person.email) ?? person.email,
      jobTitle: person.jobTitle,
      siteRole: person.siteRole,
      userType: 'Member',
    }),
  );
  return scale === 'demo' ? [...people, DEMO_GUEST] : people;
}
