/**
 * The digest card (Leeds' "Friday Digest"), from a digest computed by `buildDigest`
 * (src/domain/events/digest.ts): upcoming events, actions due in the next 30 days, overdue and Red
 * actions, recently completed actions and attendance highlights.
 */
import type { Digest, DigestAction } from '../domain/events/digest';
import { walkInWords } from '../domain/events/attendance';
import { formatEventWhen, formatLongDate } from '../domain/events/timeZone';
import { escapeCardText } from './escape';
import { DIGEST_TEMPLATE } from './digest.template';
import { expandCard } from './template';
import type { AdaptiveCardJson, CardContext } from './types';

export interface DigestCardContext extends CardContext {
  /** Opens the tab's overview. */
  readonly hubLink: string;
  /** Defaults to "Friday Digest". */
  readonly heading?: string;
  /** Items shown per section before "and N more" (default 6). */
  readonly itemsPerSection?: number;
}

export interface DigestCardItem {
  readonly title: string;
  readonly detail: string;
  readonly link: string;
}

export interface DigestCardSection {
  readonly heading: string;
  readonly color: 'Default' | 'Attention' | 'Warning' | 'Good' | 'Accent';
  readonly items: readonly DigestCardItem[];
  readonly more: number;
}

export interface DigestCardData {
  readonly heading: string;
  readonly subheading: string;
  readonly empty: boolean;
  readonly sections: readonly DigestCardSection[];
  readonly hubLink: string;
  readonly fallbackText: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Builds the digest card. */
export function buildDigestCard(digest: Digest, context: DigestCardContext): AdaptiveCardJson {
  const zone = context.timeZone;
  const limit = context.itemsPerSection ?? 6;
  const actionItem = (entry: DigestAction, detail: string): DigestCardItem => ({
    title: `**${escapeCardText(entry.action.reference)}** ${escapeCardText(entry.action.title)}`,
    detail: [detail, entry.ownerNames.length ? `Owner: ${escapeCardText(entry.ownerNames.join(', '))}` : ''].filter(Boolean).join(' · '),
    link: context.linkTo({ kind: 'action', id: entry.action.id }),
  });
  const due = (date?: string) => (date ? formatLongDate(`${date.slice(0, 10)}T12:00:00Z`, zone) : '');
  const section = (heading: string, color: DigestCardSection['color'], items: DigestCardItem[]): DigestCardSection => ({
    heading,
    color,
    items: items.slice(0, limit),
    more: Math.max(0, items.length - limit),
  });
  const sections = [
    section('Coming up', 'Accent', digest.upcomingEvents.map(({ event, placesLeft, waiting }) => ({
      title: `**${escapeCardText(event.title)}**`,
      detail: [
        formatEventWhen(event.start, event.end, zone),
        escapeCardText(event.location),
        placesLeft === undefined ? '' : placesLeft > 0 ? `${plural(placesLeft, 'place')} left` : `Full${waiting ? `, ${waiting} waiting` : ''}`,
      ].filter(Boolean).join(' · '),
      link: context.linkTo({ kind: 'event', id: event.id }),
    }))),
    section('Overdue', 'Attention', digest.overdue.map((a) => actionItem(a, `Due ${due(a.action.targetDate)} (${plural(a.days ?? 0, 'day')} ago)`))),
    section('Red actions', 'Attention', digest.red.map((a) => actionItem(a, escapeCardText(a.action.redExplanation) || 'Major delay or problem'))),
    section('Not yet assessed', 'Default', digest.notAssessed.map((a) => actionItem(a, 'No status given yet'))),
    section(`Due in the next ${digest.aheadDays} days`, 'Warning', digest.dueSoon.map((a) => actionItem(a, `Due ${due(a.action.targetDate)}`))),
    section('Completed recently', 'Good', digest.recentlyCompleted.map((a) => actionItem(a, 'Complete'))),
    section('Attendance', 'Default', digest.attendanceHighlights.map((e) => ({
      title: escapeCardText(e.title),
      detail: `${formatLongDate(e.start, zone)} · ${plural(e.attended, 'person', 'people')} attended${walkInWords(e.walkIns)}${e.confirmed ? ` (${e.confirmed} had a place)` : ''}`,
      link: context.linkTo({ kind: 'event', id: e.eventId }),
    }))),
  ].filter((s) => s.items.length > 0);
  const heading = escapeCardText(context.heading ?? 'Friday Digest');
  const data: DigestCardData = {
    heading,
    subheading: `Technician network news for ${formatLongDate(`${digest.today}T12:00:00Z`, zone)}`,
    empty: sections.length === 0,
    sections,
    hubLink: context.hubLink,
    fallbackText: `${heading}: ${sections.map((s) => `${s.heading} (${s.items.length + s.more})`).join(', ') || 'nothing to report'}`,
  };
  return expandCard(DIGEST_TEMPLATE, data, context.version);
}
