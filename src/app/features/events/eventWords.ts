/**
 * Short phrases the events pages share: where an event is, how many places are left.
 */
import type { WaitingList } from '../../../domain/events/waitingList';
import type { HubEvent } from '../../../domain/model';

export function whereOf(event: Pick<HubEvent, 'location' | 'onlineMeetingUrl'>): string {
  if (event.location && event.onlineMeetingUrl) return /online/i.test(event.location) ? event.location : `${event.location} and online`;
  return event.location ?? (event.onlineMeetingUrl ? 'Online' : 'Place to be confirmed');
}

export function placesOf(event: Pick<HubEvent, 'capacity'>, list: WaitingList): string {
  if (event.capacity === undefined) return `${list.confirmed.length} going · no limit`;
  if (list.placesLeft && list.placesLeft > 0) return `${list.placesLeft} of ${event.capacity} places left`;
  return list.waiting.length ? `Full · ${list.waiting.length} waiting` : 'Full';
}
