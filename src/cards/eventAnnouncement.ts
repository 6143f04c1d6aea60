/**
 * The card that announces an event in a channel or chat: what, when (in words and time, in the
 * reader's zone), where, themes, organiser, places left, when replies close — and a button that opens the event in
 * the tab to reply.
 */
import { formatEventWhen, formatInstant } from '../domain/events/timeZone';
import type { HubEvent } from '../domain/model';
import { escapeCardText, safeWebLink } from './escape';
import { EVENT_ANNOUNCEMENT_TEMPLATE } from './eventAnnouncement.template';
import { expandCard } from './template';
import type { AdaptiveCardJson, CardContext } from './types';

export interface EventAnnouncementContext extends CardContext {
  readonly organiserName?: string;
  /** From the waiting list; undefined = no limit. */
  readonly placesLeft?: number;
  /** People waiting for a place. */
  readonly waiting?: number;
  readonly audienceUnitNames?: readonly string[];
}

/** The data the template binds; every user-typed string is already escaped. */
export interface EventAnnouncementData {
  readonly kind: string;
  readonly title: string;
  readonly cancelled: boolean;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly description: string;
  readonly link: string;
  readonly onlineUrl: string;
  readonly replyLabel: string;
  readonly fallbackText: string;
}

function placesInWords(placesLeft: number | undefined, waiting = 0): string {
  if (placesLeft === undefined) return 'No limit';
  if (placesLeft > 0) return `${placesLeft} ${placesLeft === 1 ? 'place' : 'places'} left`;
  return waiting > 0 ? `Full — ${waiting} on the waiting list` : 'Full — join the waiting list';
}

/** Builds the announcement card of one event. */
export function buildEventAnnouncementCard(event: HubEvent, context: EventAnnouncementContext): AdaptiveCardJson {
  const when = formatEventWhen(event.start, event.end, context.timeZone);
  const onlineUrl = safeWebLink(event.onlineMeetingUrl) ?? '';
  const facts = [
    { title: 'When', value: when },
    event.location ? { title: 'Where', value: escapeCardText(event.location) } : undefined,
    onlineUrl ? { title: 'Online', value: 'Join link below' } : undefined,
    event.themes.length ? { title: 'Themes', value: escapeCardText(event.themes.join(', ')) } : undefined,
    context.audienceUnitNames?.length ? { title: 'For', value: escapeCardText(context.audienceUnitNames.join(', ')) } : undefined,
    context.organiserName ? { title: 'Organiser', value: escapeCardText(context.organiserName) } : undefined,
    { title: 'Places', value: placesInWords(context.placesLeft, context.waiting) },
    event.registrationDeadline && !event.cancelled ? { title: 'Reply by', value: formatInstant(event.registrationDeadline, context.timeZone) } : undefined,
  ].filter((f): f is { title: string; value: string } => f !== undefined);
  const data: EventAnnouncementData = {
    kind: escapeCardText(event.type),
    title: escapeCardText(event.title),
    cancelled: event.cancelled,
    facts,
    description: escapeCardText(event.description),
    link: context.linkTo({ kind: 'event', id: event.id }),
    onlineUrl,
    replyLabel: event.cancelled ? 'Open the event' : 'Open and reply',
    fallbackText: `${escapeCardText(event.title)} — ${when}`,
  };
  return expandCard(EVENT_ANNOUNCEMENT_TEMPLATE, data, context.version);
}
