/**
 * Date-only values as SharePoint Online keeps them: midnight of the day in the *site's* time zone,
 * which Graph returns as that instant in UTC — 1 July on a UK site reads `2024-06-30T23:00:00Z`
 * in summer and `…T00:00:00Z` in winter (pnp/pnpjs#1890, SharePoint/sp-dev-docs#6083). Reading
 * keeps the site's calendar day of the instant; writing sends the instant of that day's midnight.
 * Pure: `Intl` carries the zone rules.
 */
import { fromWallTime, toWallTime } from './events/timeZone';

/** A site time zone as SharePoint's regional settings describe it, with the IANA zone that has its rules. */
export interface SiteTimeZone {
  /** SharePoint's time zone id (`/_api/web/RegionalSettings/TimeZone` → `Id`). */
  readonly id: number;
  readonly description: string;
  /** The Windows zone name (what Microsoft 365 admin centres show). */
  readonly windowsName: string;
  readonly iana: string;
  /** Minutes *behind* UTC in standard time, as SharePoint's `Information.Bias` (London 0, Chicago 360, Auckland -720). */
  readonly bias: number;
  readonly daylightBias: number;
}

/** The zones the hub knows by SharePoint id; a site in any other zone is reported, not guessed. */
export const SITE_TIME_ZONES: readonly SiteTimeZone[] = [
  { id: 2, description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', windowsName: 'GMT Standard Time', iana: 'Europe/London', bias: 0, daylightBias: -60 },
  { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', windowsName: 'W. Europe Standard Time', iana: 'Europe/Berlin', bias: -60, daylightBias: -60 },
  { id: 10, description: '(UTC-05:00) Eastern Time (US and Canada)', windowsName: 'Eastern Standard Time', iana: 'America/New_York', bias: 300, daylightBias: -60 },
  { id: 11, description: '(UTC-06:00) Central Time (US and Canada)', windowsName: 'Central Standard Time', iana: 'America/Chicago', bias: 360, daylightBias: -60 },
  { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)', windowsName: 'Pacific Standard Time', iana: 'America/Los_Angeles', bias: 480, daylightBias: -60 },
  { id: 17, description: '(UTC+12:00) Auckland, Wellington', windowsName: 'New Zealand Standard Time', iana: 'Pacific/Auckland', bias: -720, daylightBias: -60 },
  { id: 76, description: '(UTC+10:00) Canberra, Melbourne, Sydney', windowsName: 'AUS Eastern Standard Time', iana: 'Australia/Sydney', bias: -600, daylightBias: -60 },
];

/** A new Teams site's zone in the UK, and the local server's default. */
export const DEFAULT_SITE_TIME_ZONE: SiteTimeZone = SITE_TIME_ZONES[0];

/** The zone for a SharePoint id, Windows name or IANA name; undefined when the hub does not know it. */
export function siteTimeZone(key: number | string): SiteTimeZone | undefined {
  return SITE_TIME_ZONES.find((z) => z.id === key || z.windowsName === key || z.iana === key);
}

/** `YYYY-MM-DD` → the UTC instant of that day's midnight in `iana` (`2024-06-30T23:00:00Z` for 1 July, London). */
export function dateOnlyInstant(date: string, iana: string): string {
  return fromWallTime({ date: date.slice(0, 10), time: '00:00' }, iana).replace(/\.\d{3}Z$/, 'Z');
}

/** An instant (ISO) → its calendar day in `iana` (`2024-06-30T23:00:00Z` → `2024-07-01` in London). */
export function siteDateOf(instant: string, iana: string): string {
  return toWallTime(instant, iana).date;
}

/** Today's date on the site's calendar. */
export function siteToday(now: Date, iana: string): string {
  return siteDateOf(now.toISOString(), iana);
}

/**
 * Today on the site's calendar when its zone is given, else UTC's date. What a page compares
 * dates people recorded with (leaving dates, certificate expiries): at 23:30 UTC on 31 March a UK
 * site is already on 1 April.
 */
export function todayOn(now: Date, iana?: string): string {
  return iana ? siteToday(now, iana) : now.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole days (calendar days: no time-zone drift). */
export function addDaysToDay(day: string, days: number): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The Hub Settings key holding the site's zone (IANA). Provisioning copies it from the site's
 * regional settings, because the tab reaches SharePoint only through Graph, which has no API for them.
 */
export const SITE_TIME_ZONE_SETTING = 'siteTimeZone';
