/**
 * Event times are stored in UTC and shown in the viewer's time zone (Europe/London unless the
 * viewer's host says otherwise). Everything here is pure: `Intl` carries the zone rules, so the
 * same code is right in Node and in the browser, on both sides of a daylight-saving change.
 */

/** The zone our users' institutions keep; cards say "(UK time)" for it. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A wall-clock moment in some zone, as a person reads it. */
export interface WallTime {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:mm`, 24-hour */
  readonly time: string;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, string> {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) out[part.type] = part.value;
  return out;
}

/** Minutes the zone is ahead of UTC at that instant (Europe/London: 60 in summer, 0 in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** The wall-clock date and time of a UTC instant in a zone. */
export function toWallTime(utcIso: string, timeZone: string = DEFAULT_TIME_ZONE): WallTime {
  const p = partsIn(new Date(utcIso), timeZone);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * The UTC instant (ISO) of a wall-clock time in a zone. In the hour that does not exist (clocks go
 * forward) the time is read with the offset before the change; in the hour that happens twice
 * (clocks go back) the first of the two is chosen — as calendar apps do.
 */
export function fromWallTime(wall: WallTime, timeZone: string = DEFAULT_TIME_ZONE): string {
  const [y, mo, d] = wall.date.split('-').map(Number);
  const [h, mi] = wall.time.split(':').map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Offsets either side of the wanted instant; trying the larger offset first picks the earlier
  // of two repeated wall times.
  const candidates = [
    zoneOffsetMinutes(new Date(naive - 12 * 3600_000), timeZone),
    zoneOffsetMinutes(new Date(naive + 12 * 3600_000), timeZone),
  ].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instant = new Date(naive - offset * 60_000);
    if (zoneOffsetMinutes(instant, timeZone) === offset) return instant.toISOString();
  }
  return new Date(naive - candidates[1] * 60_000).toISOString();
}

/** "(UK time)" for Europe/London, otherwise the zone's short name at that instant, e.g. "(CET)". */
export function zoneLabel(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (timeZone === DEFAULT_TIME_ZONE) return 'UK time';
  const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return name?.value ?? timeZone;
}

/** "Thursday 12 March 2026" in the zone. */
export function formatLongDate(utcIso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(new Date(utcIso));
  const get = (type: string): string => p.find((x) => x.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/**
 * When an event happens, in words and time, in the viewer's zone:
 * "Thursday 12 March 2026, 13:00–14:30 (UK time)"; an event over several days names both:
 * "Monday 6 July 2026, 09:00 – Tuesday 7 July 2026, 17:00 (UK time)".
 */
export function formatEventWhen(start: string, end: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const from = toWallTime(start, timeZone);
  const to = toWallTime(end, timeZone);
  const label = zoneLabel(new Date(start), timeZone);
  if (from.date === to.date) return `${formatLongDate(start, timeZone)}, ${from.time}–${to.time} (${label})`;
  return `${formatLongDate(start, timeZone)}, ${from.time} – ${formatLongDate(end, timeZone)}, ${to.time} (${label})`;
}

/** One moment in words: "Tuesday 10 March 2026, 17:00 (UK time)". */
export function formatInstant(utcIso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return `${formatLongDate(utcIso, timeZone)}, ${toWallTime(utcIso, timeZone).time} (${zoneLabel(new Date(utcIso), timeZone)})`;
}
