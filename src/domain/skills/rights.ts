/**
 * Who may change what in the skills matrix. The Skill Ratings list uses SharePoint's item-level
 * write, so the server refuses edits to items someone else created; these rules decide what the UI
 * offers and explain a refusal in words before (or after) the server says no.
 */
import type { Person } from '../model';

export type SiteRole = 'owner' | 'member' | 'visitor';

/** The signed-in person as the rules see them. */
export interface Actor {
  readonly upn: string;
  /** Their Microsoft Entra object id (Graph `/me` → `id`): what SharePoint records as an item's author. */
  readonly id?: string;
  /** Their mail, which may differ from the sign-in name. */
  readonly mail?: string;
  readonly role: SiteRole;
  /** Their People item, when they have one. */
  readonly person?: Person;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allow: Decision = { allowed: true };
const refuse = (reason: string): Decision => ({ allowed: false, reason });

const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** Whether `actor` is `person` (by People item, else by sign-in name). */
export function isSelf(actor: Actor, person: Person): boolean {
  return actor.person ? actor.person.id === person.id : same(actor.upn, person.email);
}

/** Whether `actor` is `person`'s line manager. */
export function isLineManagerOf(actor: Actor, person: Person): boolean {
  return !!actor.person && !!person.lineManagerId && person.lineManagerId === actor.person.id;
}

function managerPhrase(person: Person, people: readonly Person[]): string {
  const manager = person.lineManagerId ? people.find((p) => p.id === person.lineManagerId) : undefined;
  return manager ? `${person.name}’s manager, ${manager.name}, can validate them` : `${person.name}’s line manager can validate them`;
}

/** The sentence shown when someone tries to change another person's ratings. */
export function othersRatingsRefusal(person: Person, people: readonly Person[]): string {
  return `You can only change your own ratings; ${managerPhrase(person, people)}.`;
}

/** A technician rates only their own skills. */
export function canRate(actor: Actor, person: Person, people: readonly Person[]): Decision {
  if (actor.role === 'visitor') return refuse('Visitors can look at the matrix but not change it; ask a team owner to make you a member.');
  return isSelf(actor, person) ? allow : refuse(othersRatingsRefusal(person, people));
}

/** Only the person's line manager validates their ratings (never their own). */
export function canValidate(actor: Actor, person: Person, people: readonly Person[]): Decision {
  if (actor.role === 'visitor') return refuse('Visitors cannot validate ratings.');
  if (isSelf(actor, person)) return refuse(`You cannot validate your own ratings; ${managerPhrase(person, people)}.`);
  return isLineManagerOf(actor, person) ? allow : refuse(`Only ${person.name}’s line manager validates their ratings; ${managerPhrase(person, people)}.`);
}

/**
 * Only the line manager sets (or clears) an expected leaving date, used for succession planning.
 * It goes in the Leaving Dates list, where it counts only when its author is the person's line
 * manager in the owner-written People list (`leavingDates.ts`, docs/rights.md) — so a line manager
 * who is not a site owner records it too. Visitors write nothing.
 */
export function canSetExpectedLeaving(actor: Actor, person: Person, people: readonly Person[]): Decision {
  if (actor.role === 'visitor') return refuse('Visitors cannot record expected leaving dates.');
  if (!isLineManagerOf(actor, person)) return refuse(`Only ${person.name}’s line manager sets an expected leaving date; ${managerPhrase(person, people).replace('can validate them', 'can set it')}.`);
  return allow;
}

/**
 * Adding, editing and retiring skills: the team's owners, who alone can write the Skills list once
 * it is provisioned (docs/rights.md) — a catalogue everyone rates against is the team's to keep.
 */
export function canEditCatalogue(actor: Actor): Decision {
  if (actor.role === 'visitor') return refuse('Visitors cannot change the skills catalogue.');
  return actor.role === 'owner' ? allow : refuse('The skills catalogue is kept by the team’s owners: ask one of them to add, change or retire a skill.');
}

/** Merging moves other people's ratings, which item-level write allows only site owners to do. */
export function canMergeSkills(actor: Actor): Decision {
  return actor.role === 'owner' ? allow : refuse('Merging skills moves everyone’s ratings, so only a team owner can do it.');
}

/** Importing writes ratings for many people, so only a team owner imports. */
export function canImport(actor: Actor): Decision {
  return actor.role === 'owner' ? allow : refuse('Importing writes ratings for many people, so only a team owner can do it.');
}

/** The proficiency labels are the whole team's wording, so only a team owner renames them. */
export function canRenameLevels(actor: Actor): Decision {
  return actor.role === 'owner' ? allow : refuse('Only a team owner can rename the proficiency levels.');
}

/** Competency targets are the network's staffing decisions, so only a team owner sets them. */
export function canSetTargets(actor: Actor): Decision {
  return actor.role === 'owner' ? allow : refuse('Only a team owner sets competency targets; ask one to add or change a target.');
}
