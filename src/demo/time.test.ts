import { addMonths, isBritishSummerTime, londonTime } from './time';

describe('UK local time for events', () => {
  it('takes an hour off in British Summer Time', () => {
    expect(londonTime('2025-07-03', '12:30').toISOString()).toBe('2025-07-03T11:30:00.000Z');
  });

  it('is UTC in winter', () => {
    expect(londonTime('2025-01-15', '09:00').toISOString()).toBe('2025-01-15T09:00:00.000Z');
  });

  it('switches on the last Sundays of March and October', () => {
    expect(londonTime('2025-03-29', '10:00').toISOString()).toBe('2025-03-29T10:00:00.000Z');
    expect(londonTime('2025-03-30', '10:00').toISOString()).toBe('2025-03-30T09:00:00.000Z');
    expect(londonTime('2025-10-25', '10:00').toISOString()).toBe('2025-10-25T09:00:00.000Z');
    expect(londonTime('2025-10-26', '10:00').toISOString()).toBe('2025-10-26T10:00:00.000Z');
    expect(isBritishSummerTime(new Date('2025-03-30T00:59:00Z'))).toBe(false);
    expect(isBritishSummerTime(new Date('2025-03-30T01:00:00Z'))).toBe(true);
  });

  it('agrees with the platform time zone database across a year', () => {
    const format = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (let day = 0; day < 365; day += 3) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      expect(format.format(londonTime(date, '14:15'))).toBe('14:15');
    }
  });

  it('adds months without spilling into the next month', () => {
    expect(addMonths(new Date('2025-01-31T10:00:00Z'), 1).toISOString()).toBe('2025-02-28T10:00:00.000Z');
  });
});
