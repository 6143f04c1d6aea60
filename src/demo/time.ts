/**
 * Calendar arithmetic for demo data, pure and deterministic. Events are planned in UK local time
 * and stored in UTC, so the offset follows British Summer Time (last Sunday in March to the last
 * Sunday in October, changing at 01:00 UTC — the EU rule the UK has kept since 1996).
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC instant. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A new instant `days` whole days later (earlier when negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The same UTC time-of-day `months` calendar months later, clamped to the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes()));
}

/** Midnight UTC of a `YYYY-MM-DD` date. */
export function parseDate(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`expected a date like 2025-03-14, got "${day}"`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Day of the month of the last Sunday of a month (month 0–11). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** True when UK clocks show BST (UTC+1) at this instant. */
export function isBritishSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const t = instant.getTime();
  return t >= start && t < end;
}

/**
 * The UTC instant of a UK wall-clock time, e.g. `londonTime('2025-07-03', '12:30')` →
 * `2025-07-03T11:30:00.000Z`. Times in the skipped or repeated hour do not occur in demo data.
 */
export function londonTime(day: string, time: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`expected a time like 09:30, got "${time}"`);
  const asIfUtc = parseDate(day).getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // Try GMT first; if that instant falls in BST the wall clock was an hour ahead of UTC.
  const gmt = new Date(asIfUtc);
  return isBritishSummerTime(new Date(asIfUtc - 3_600_000)) ? new Date(asIfUtc - 3_600_000) : gmt;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}

/**
 * A time during the working day (08:00–17:00 UTC, whole minutes) on the UTC day of `instant`,
 * never later than `notAfter` — so replies and updates look like people wrote them at work.
 */
export function duringWorkingDay(instant: number, minuteOfDay: number, notAfter: number): Date {
  const dayStart = Math.floor(instant / DAY_MS) * DAY_MS;
  const at = dayStart + (8 * 60 + (minuteOfDay % (9 * 60))) * 60_000;
  return new Date(Math.min(at, Math.floor(notAfter / 60_000) * 60_000 - 60_000));
}
