/**
 * The waiting list is not stored: it is derived from the registrations in the order people
 * replied. The first `capacity` people who said "Going" have a place; the rest wait, and when
 * someone with a place cancels (changes to "Maybe"/"Not going" or withdraws) the next in line
 * moves up — first come, first promoted. Walk-ins (recorded after the event: they came without
 * replying) never held a place or a place in the queue, so they are apart from both.
 */
import type { EventId, PersonId } from '../ids';
import type { HubEvent, Registration } from '../model';
import { WALK_IN } from '../vocabulary';

export interface WaitingList {
  /** "Going" with a place, in reply order. */
  readonly confirmed: readonly Registration[];
  /** "Going" without a place yet, in reply order (the first is promoted next). */
  readonly waiting: readonly Registration[];
  readonly maybe: readonly Registration[];
  readonly notGoing: readonly Registration[];
  /** Came without replying (recorded by the organiser): no place taken, nobody's place moved. */
  readonly walkIns: readonly Registration[];
  /** Places not yet taken; undefined when the event has no limit. */
  readonly placesLeft?: number;
}

/** Where one person stands for an event. */
export type Standing =
  | { readonly kind: 'none' }
  | { readonly kind: 'confirmed' }
  | { readonly kind: 'waiting'; readonly place: number; readonly of: number }
  | { readonly kind: 'maybe' }
  | { readonly kind: 'notGoing' }
  | { readonly kind: 'walkIn' };

const byReplyOrder = (a: Registration, b: Registration): number =>
  a.respondedAt.localeCompare(b.respondedAt) || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);

/**
 * The latest reply of each person counts: a person who registered twice (e.g. two browser tabs)
 * holds one place, at the time of their latest reply.
 */
function latestPerPerson(registrations: readonly Registration[]): Registration[] {
  const latest = new Map<PersonId, Registration>();
  for (const r of registrations) {
    const seen = latest.get(r.personId);
    if (!seen || byReplyOrder(seen, r) < 0) latest.set(r.personId, r);
  }
  return [...latest.values()];
}

/** Confirmed places and the waiting list of one event, from its registrations. */
export function waitingListOf(event: Pick<HubEvent, 'id' | 'capacity'>, registrations: readonly Registration[]): WaitingList {
  const mine = latestPerPerson(registrations.filter((r) => r.eventId === event.id)).sort(byReplyOrder);
  const going = mine.filter((r) => r.response === 'Going');
  const limit = event.capacity ?? Number.POSITIVE_INFINITY;
  const confirmed = going.slice(0, limit);
  return {
    confirmed,
    waiting: going.slice(confirmed.length),
    maybe: mine.filter((r) => r.response === 'Maybe'),
    notGoing: mine.filter((r) => r.response === 'Not going'),
    walkIns: mine.filter((r) => r.response === WALK_IN),
    placesLeft: event.capacity === undefined ? undefined : Math.max(0, event.capacity - confirmed.length),
  };
}

/** Where a person stands: a place, their place in the queue (1-based), or their other reply. */
export function standingOf(list: WaitingList, personId: PersonId): Standing {
  if (list.confirmed.some((r) => r.personId === personId)) return { kind: 'confirmed' };
  const index = list.waiting.findIndex((r) => r.personId === personId);
  if (index >= 0) return { kind: 'waiting', place: index + 1, of: list.waiting.length };
  if (list.maybe.some((r) => r.personId === personId)) return { kind: 'maybe' };
  if (list.notGoing.some((r) => r.personId === personId)) return { kind: 'notGoing' };
  if (list.walkIns.some((r) => r.personId === personId)) return { kind: 'walkIn' };
  return { kind: 'none' };
}

/**
 * Who moves from waiting to confirmed between two states of the same event's registrations
 * (to tell them they now have a place).
 */
export function promotedBetween(before: WaitingList, after: WaitingList): PersonId[] {
  const waitedBefore = new Set(before.waiting.map((r) => r.personId));
  return after.confirmed.filter((r) => waitedBefore.has(r.personId)).map((r) => r.personId);
}

/** Whether replies are still open: before the deadline (or the start, when there is none) and not cancelled. */
export function registrationOpen(event: Pick<HubEvent, 'start' | 'registrationDeadline' | 'cancelled'>, now: Date): boolean {
  if (event.cancelled) return false;
  const closes = Date.parse(event.registrationDeadline ?? event.start);
  return now.getTime() < closes;
}

/** Registrations grouped by event, once, for pages that show many events (O(n), not O(events × n)). */
export function registrationsByEvent(registrations: readonly Registration[]): Map<EventId, Registration[]> {
  const byEvent = new Map<EventId, Registration[]>();
  for (const r of registrations) {
    const list = byEvent.get(r.eventId);
    if (list) list.push(r);
    else byEvent.set(r.eventId, [r]);
  }
  return byEvent;
}
