/**
 * Upcoming/past lists and the month calendar, in the viewer's zone: an event belongs to the day
 * its start falls on there, and weeks start on Monday, as in the UK.
 */
import type { HubEvent } from '../model';
import { DEFAULT_TIME_ZONE, toWallTime } from './timeZone';

/** Events not yet ended (soonest first) and those that have ended (latest first). */
export function splitUpcomingAndPast(events: readonly HubEvent[], now: Date): { upcoming: HubEvent[]; past: HubEvent[] } {
  const upcoming = events.filter((e) => Date.parse(e.end) >= now.getTime()).sort((a, b) => a.start.localeCompare(b.start));
  const past = events.filter((e) => Date.parse(e.end) < now.getTime()).sort((a, b) => b.start.localeCompare(a.start));
  return { upcoming, past };
}

export interface CalendarDay {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly dayOfMonth: number;
  /** False for the leading/trailing days of the neighbouring months. */
  readonly inMonth: boolean;
  readonly isToday: boolean;
  readonly events: readonly HubEvent[];
}

/** A month as whole weeks (Monday first), each day with the events that start on it. */
export function monthGrid(
  year: number,
  month: number /* 1–12 */,
  events: readonly HubEvent[],
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7; // days before the 1st back to Monday
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const today = toWallTime(now.toISOString(), timeZone).date;
  const byDay = new Map<string, HubEvent[]>();
  for (const e of [...events].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = toWallTime(e.start, timeZone).date;
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < cells; i++) {
    const d = new Date(Date.UTC(year, month - 1, 1 - lead + i));
    const date = d.toISOString().slice(0, 10);
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({
      date,
      dayOfMonth: d.getUTCDate(),
      inMonth: d.getUTCMonth() === month - 1,
      isToday: date === today,
      events: byDay.get(date) ?? [],
    });
  }
  return weeks;
}

/** "March 2026" */
export function monthTitle(year: number, month: number): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}
