/**
 * When a reply releases a place, everyone it moves up from the waiting list is told in their Teams
 * activity feed, by the person who released it (the notification's actor), and the notice is
 * recorded in Sent Cards.
 */
import { waitingListOf, type WaitingList } from '../../domain/events/waitingList';
import type { EntityRef } from '../../domain/links';
import type { HubEvent, Person, Registration } from '../../domain/model';
import { placeOfferedNotice, promotedPeople } from '../../domain/notices/activity';
import type { Hub } from '../hub';
import { requireSentCards } from '../sentCards';

export interface PlacesOfferedInput {
  readonly event: HubEvent;
  /** The waiting list before the reply was saved. */
  readonly before: WaitingList;
  /** Every reply to the event after it was saved. */
  readonly registrations: readonly Registration[];
  readonly people: readonly Person[];
  /** The team the tab is in: notices then go through `POST /teams/{id}/sendActivityNotification`. */
  readonly teamId?: string;
  readonly linkTo: (target: EntityRef) => string;
  /** Sign-in name of who released the place. */
  readonly sentBy: string;
  readonly now: Date;
  /** The site's time zone (IANA): the event's time is given on the site's clock, with its label. */
  readonly timeZone?: string;
}

export interface PlacesOfferedResult {
  readonly told: readonly Person[];
  /** People moved up who could not be told (no sign-in name, or Teams refused), with why. */
  readonly notTold: readonly { readonly person: Person; readonly reason: string }[];
}

/** Tells each person a reply moved up from the waiting list; never throws for one person's failure. */
export async function tellPlacesOffered(hub: Hub, input: PlacesOfferedInput): Promise<PlacesOfferedResult> {
  const after = waitingListOf(input.event, input.registrations);
  const told: Person[] = [];
  const notTold: { person: Person; reason: string }[] = [];
  const promoted = promotedPeople(input.before, after, input.people);
  // Each notice is recorded in Sent Cards: on a site without that list, nobody is told rather than told unrecorded.
  const refused = promoted.length > 0 ? await requireSentCards(hub).then(() => undefined, (error: unknown) => (error instanceof Error ? error.message : String(error))) : undefined;
  for (const person of promoted) {
    if (refused) {
      notTold.push({ person, reason: refused });
      continue;
    }
    if (!person.email) {
      notTold.push({ person, reason: 'no sign-in name in the People list' });
      continue;
    }
    const notice = placeOfferedNotice(input.event, input.linkTo({ kind: 'event', id: input.event.id }), input.timeZone);
    try {
      if (input.teamId) await hub.activity.notifyInTeam(input.teamId, person.email, notice);
      else await hub.activity.notifyUser(person.email, notice);
      await hub.sentCards.create({ summary: notice.previewText, kind: 'Place offered', destination: 'Activity feed', target: person.email, sentBy: input.sentBy, sentAt: input.now.toISOString() });
      told.push(person);
    } catch (error) {
      notTold.push({ person, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { told, notTold };
}
