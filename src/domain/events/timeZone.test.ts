import { formatEventWhen, formatInstant, fromWallTime, toWallTime, zoneOffsetMinutes } from './timeZone';

describe('time zones across the change from BST to GMT (26 October 2025)', () => {
  it('shows 10:00 UK time on the Saturday before the change as 09:00 UTC', () => {
    expect(fromWallTime({ date: '2025-10-25', time: '10:00' })).toBe('2025-10-25T09:00:00.000Z');
    expect(toWallTime('2025-10-25T09:00:00Z')).toEqual({ date: '2025-10-25', time: '10:00' });
  });

  it('shows 10:00 UK time on the Monday after the change as 10:00 UTC', () => {
    expect(fromWallTime({ date: '2025-10-27', time: '10:00' })).toBe('2025-10-27T10:00:00.000Z');
    expect(toWallTime('2025-10-27T10:00:00Z')).toEqual({ date: '2025-10-27', time: '10:00' });
  });

  it('knows the offset either side of 01:00 UTC on the day', () => {
    expect(zoneOffsetMinutes(new Date('2025-10-26T00:59:00Z'))).toBe(60);
    expect(zoneOffsetMinutes(new Date('2025-10-26T01:00:00Z'))).toBe(0);
  });

  it('reads the repeated hour 01:30 as the first of the two (still BST)', () => {
    expect(fromWallTime({ date: '2025-10-26', time: '01:30' })).toBe('2025-10-26T00:30:00.000Z');
  });

  it('words an event that spans the change with the right local times', () => {
    // 00:30Z is 01:30 BST; 02:30Z is 02:30 GMT: two hours pass, the clock shows one.
    expect(formatEventWhen('2025-10-26T00:30:00Z', '2025-10-26T02:30:00Z')).toBe(
      'Sunday 26 October 2025, 01:30–02:30 (UK time)',
    );
  });
});

describe('time zones across the change from GMT to BST (29 March 2026)', () => {
  it('moves a time in the missing hour forward with the winter offset', () => {
    expect(fromWallTime({ date: '2026-03-29', time: '01:30' })).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallTime('2026-03-29T01:30:00Z').time).toBe('02:30');
  });
});

describe('event times in words', () => {
  it('says the day, date and times in UK time', () => {
    expect(formatEventWhen('2026-03-12T13:00:00Z', '2026-03-12T14:30:00Z')).toBe(
      'Thursday 12 March 2026, 13:00–14:30 (UK time)',
    );
  });

  it('names both days when an event runs over more than one', () => {
    expect(formatEventWhen('2026-07-06T08:00:00Z', '2026-07-07T16:00:00Z')).toBe(
      'Monday 6 July 2026, 09:00 – Tuesday 7 July 2026, 17:00 (UK time)',
    );
  });

  it('shows a viewer elsewhere their own zone', () => {
    expect(formatEventWhen('2026-03-12T13:00:00Z', '2026-03-12T14:30:00Z', 'Europe/Paris')).toBe(
      'Thursday 12 March 2026, 14:00–15:30 (CET)',
    );
  });
});

describe('one moment in words', () => {
  it('says the date and time with the zone', () => {
    expect(formatInstant('2026-03-10T17:00:00Z')).toBe('Tuesday 10 March 2026, 17:00 (UK time)');
    expect(formatInstant('2026-06-10T16:00:00Z')).toBe('Wednesday 10 June 2026, 17:00 (UK time)');
  });
});
