/**
 * Dates as UK readers expect them ("26 Jul 2024", "Tue 3 Dec, 14:00"). Date-only values
 * (`YYYY-MM-DD`) are calendar days, never shifted by the time zone.
 */

import { displayDate } from '../../domain/actions/dates';

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * `2024-07-26` (or a midnight-UTC ISO time) → "26 Jul 2024". The domain's words, not `Intl`'s: newer
 * ICU writes "Sept" for en-GB, and the tab (skills reasons and exports included) says "Sep" everywhere.
 */
export function formatDay(isoDay: string): string {
  const date = new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay);
  return Number.isNaN(date.getTime()) ? isoDay : displayDate(date.toISOString());
}

/** A UTC ISO date-time in the reader's own time zone: "Tue 3 Dec, 14:00". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}
