/**
 * Which event registrations the hub believes. Members have Contribute on Event Registrations and
 * the list has no item-level write, because organisers — often members — record attendance on
 * other people's registrations. So SharePoint lets any member change anyone's reply or attendance.
 * What it cannot let anyone forge is who last changed an item (its Editor, Graph
 * `lastModifiedBy`). A registration counts only if its last editor is:
 * - the registrant (the People entry it is about),
 * - the event's organiser (its Organiser column — which only the event's creator and site owners
 *   can set, because Events has item-level write), or
 * - whoever created the event (the event item's Author) — the tab lets them record attendance too.
 * Anything else is set aside and shown as not counted, never dropped silently. People are
 * matched by Microsoft Entra object id (see `authorship.ts`). See docs/rights.md.
 */
import type { EventId, PersonId } from '../ids';
import { authorIdentity, hasLastEditor, isLastEditor, personIdentity } from '../authorship';
import type { HubEvent, Person, Registration } from '../model';

/** A registration the hub does not count, with why, in words for the tab. */
export interface UncountedRegistration {
  readonly registration: Registration;
  /** Who last changed it, as SharePoint names them (their email), when known. */
  readonly changedBy?: string;
  readonly reason: string;
}

export interface RegistrationTrust {
  /** Registrations whose last change was made by someone entitled to make it. */
  readonly counted: readonly Registration[];
  readonly notCounted: readonly UncountedRegistration[];
}

/** The plain-words reason a registration is not counted. */
export const NOT_COUNTED_REASON = 'Changed by someone other than the registrant or the event’s organiser — not counted.';

/**
 * Whether `registration`'s last change was made by the registrant, the event's organiser or the
 * event's author. A record that does not say who changed it (only ever one built in memory: every
 * registration the hub reads asks for `lastModifiedBy`) is taken as it is.
 */
export function isTrustedRegistration(
  registration: Registration,
  event: Pick<HubEvent, 'organiserId' | 'createdBy' | 'createdById'> | undefined,
  personById: ReadonlyMap<string, Person>,
): boolean {
  if (!hasLastEditor(registration)) return true;
  const registrant = personById.get(registration.personId);
  if (registrant && isLastEditor(registration, personIdentity(registrant))) return true;
  if (!event) return false;
  const organiser = event.organiserId ? personById.get(event.organiserId) : undefined;
  if (organiser && isLastEditor(registration, personIdentity(organiser))) return true;
  return isLastEditor(registration, authorIdentity(event));
}

/** Splits registrations into those the hub counts and those it sets aside, with the reason. */
export function trustRegistrations(
  registrations: readonly Registration[],
  events: readonly Pick<HubEvent, 'id' | 'organiserId' | 'createdBy' | 'createdById'>[],
  people: readonly Person[],
): RegistrationTrust {
  const eventById = new Map<EventId, (typeof events)[number]>(events.map((e) => [e.id, e]));
  const personById = new Map<PersonId | string, Person>(people.map((p) => [p.id, p]));
  const counted: Registration[] = [];
  const notCounted: UncountedRegistration[] = [];
  for (const r of registrations) {
    if (isTrustedRegistration(r, eventById.get(r.eventId), personById)) counted.push(r);
    else notCounted.push({ registration: r, changedBy: r.modifiedBy, reason: NOT_COUNTED_REASON });
  }
  return { counted, notCounted };
}
