import { addDaysToDay, addMonthsToDay, dateOnlyInstant, siteDateOf, siteTimeZone, siteToday, todayOn } from './siteDates';

// SharePoint Online keeps a date-only value as midnight in the site's time zone and Graph returns
// that instant in UTC (pnp/pnpjs#1890, SharePoint/sp-dev-docs#6083; regional settings:
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest).
describe('date-only values on the site’s calendar', () => {
  it.each([
    ['Europe/London', '2024-07-01', '2024-06-30T23:00:00Z'], // BST, UTC+1
    ['Europe/London', '2024-01-15', '2024-01-15T00:00:00Z'], // GMT
    ['America/Chicago', '2024-07-01', '2024-07-01T05:00:00Z'], // CDT, UTC-5
    ['America/Chicago', '2024-01-15', '2024-01-15T06:00:00Z'], // CST, UTC-6
    ['Pacific/Auckland', '2024-01-15', '2024-01-14T11:00:00Z'], // NZDT, UTC+13
    ['Pacific/Auckland', '2024-07-01', '2024-06-30T12:00:00Z'], // NZST, UTC+12
  ])('in %s, %s is kept as %s and reads back as the same day', (zone, day, instant) => {
    expect(dateOnlyInstant(day, zone)).toBe(instant);
    expect(siteDateOf(instant, zone)).toBe(day);
    // Saved again from what was read: still the same instant, still the same day.
    expect(dateOnlyInstant(siteDateOf(dateOnlyInstant(day, zone), zone), zone)).toBe(instant);
  });

  it('reads the day the clocks change as that day', () => {
    expect(siteDateOf(dateOnlyInstant('2024-03-31', 'Europe/London'), 'Europe/London')).toBe('2024-03-31');
    expect(siteDateOf(dateOnlyInstant('2024-10-27', 'Europe/London'), 'Europe/London')).toBe('2024-10-27');
    expect(siteDateOf(dateOnlyInstant('2024-04-07', 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('2024-04-07');
  });

  it('takes today from the site’s calendar, not UTC’s', () => {
    // 09:00 on 15 January in Auckland is still 14 January in UTC.
    expect(siteToday(new Date('2024-01-14T20:00:00Z'), 'Pacific/Auckland')).toBe('2024-01-15');
    expect(siteToday(new Date('2024-06-30T23:30:00Z'), 'Europe/London')).toBe('2024-07-01');
  });

  it('gives today on the site’s calendar when its zone is known, UTC’s otherwise', () => {
    expect(todayOn(new Date('2025-03-31T23:30:00Z'), 'Europe/London')).toBe('2025-04-01');
    expect(todayOn(new Date('2025-03-31T23:30:00Z'))).toBe('2025-03-31');
  });

  it('adds months and days on the calendar, clamping to the end of a shorter month', () => {
    expect(addMonthsToDay('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsToDay('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDay('2025-04-01', -24)).toBe('2023-04-01');
    expect(addDaysToDay('2025-04-01', 60)).toBe('2025-05-31');
    // Across month and year ends.
    expect(addDaysToDay('2024-12-20', 30)).toBe('2025-01-19');
    expect(addDaysToDay('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('knows a site zone by SharePoint id, Windows name or IANA name, and nothing else', () => {
    expect(siteTimeZone(2)?.iana).toBe('Europe/London');
    expect(siteTimeZone('Central Standard Time')?.iana).toBe('America/Chicago');
    expect(siteTimeZone('Pacific/Auckland')?.windowsName).toBe('New Zealand Standard Time');
    expect(siteTimeZone('Mars/Olympus_Mons')).toBeUndefined();
  });
});
