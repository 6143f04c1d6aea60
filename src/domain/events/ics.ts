/**
 * iCalendar files for events: one event to download, and a feed of the team's upcoming events to
 * subscribe to. Times are written in UTC (`Z` form), which every calendar converts to its own
 * zone correctly on both sides of a daylight-saving change, so no VTIMEZONE is needed.
 *
 * Written here rather than with the `ics` npm package: that package brings a schema library and
 * random UIDs, while we need stable UIDs (the same event must update, not duplicate, in a
 * subscribed calendar) and a feed with STATUS:CANCELLED; the RFC rules involved are few.
 */
import type { HubEvent } from '../model';
import { escapeIcsText, foldIcsLine, icsParamValue, icsUtc } from './icsText';

/** The media type of an iCalendar file (RFC 5545 §8.1). */
export const ICS_MEDIA_TYPE = 'text/calendar;charset=utf-8';

export interface IcsOptions {
  /** Domain part of each UID, e.g. the SharePoint host name: UIDs must be globally unique. */
  readonly uidDomain: string;
  /** When the file is made (DTSTAMP); from the caller's clock. */
  readonly now: Date;
  /** Link that opens the event in the tab. */
  readonly linkFor?: (event: HubEvent) => string | undefined;
  /** Organiser's name and email, when known. */
  readonly organiserFor?: (event: HubEvent) => { readonly name: string; readonly email: string } | undefined;
  /** Feed name shown by calendar apps. */
  readonly calendarName?: string;
}

const PRODID = '-//Technician Hub//Events//EN';

function eventLines(event: HubEvent, options: IcsOptions): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:event-${event.id}@${options.uidDomain}`,
    `DTSTAMP:${icsUtc(options.now.toISOString())}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `CATEGORIES:${escapeIcsText(event.type)}`,
    `LAST-MODIFIED:${icsUtc(event.modified || options.now.toISOString())}`,
  ];
  const where = [event.location, event.onlineMeetingUrl].filter(Boolean).join(' / ');
  if (where) lines.push(`LOCATION:${escapeIcsText(where)}`);
  const link = options.linkFor?.(event);
  const description = [event.description, event.onlineMeetingUrl ? `Join online: ${event.onlineMeetingUrl}` : undefined, link ? `RSVP in Technician Hub: ${link}` : undefined]
    .filter(Boolean)
    .join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  if (link) lines.push(`URL:${link}`);
  const organiser = options.organiserFor?.(event);
  if (organiser) lines.push(`ORGANIZER;CN=${icsParamValue(organiser.name)}:mailto:${organiser.email}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

function calendar(events: readonly HubEvent[], options: IcsOptions, extra: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...extra];
  for (const event of events) lines.push(...eventLines(event, options));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** An `.ics` file holding one event. */
export function buildEventIcs(event: HubEvent, options: IcsOptions): string {
  return calendar([event], options, []);
}

/**
 * A feed of the events that have not ended yet, soonest first; cancelled ones stay in with
 * STATUS:CANCELLED so subscribed calendars remove them.
 */
export function buildEventsFeed(events: readonly HubEvent[], options: IcsOptions): string {
  const upcoming = events.filter((e) => Date.parse(e.end) >= options.now.getTime()).sort((a, b) => a.start.localeCompare(b.start));
  const name = escapeIcsText(options.calendarName ?? 'Technician network events');
  return calendar(upcoming, options, [`X-WR-CALNAME:${name}`, `NAME:${name}`]);
}

/** A file name for an event's `.ics`: the title in plain letters, e.g. `techexchange-showcase.ics`. */
export function icsFileName(event: Pick<HubEvent, 'title'>): string {
  const slug = event.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-').slice(0, 60);
  return `${slug || 'event'}.ics`;
}
