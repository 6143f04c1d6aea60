import { asId } from '../ids';
import { monthGrid, monthTitle, splitUpcomingAndPast } from './calendar';
import { sampleEvent } from './sampleRecords';

describe('the month calendar', () => {
  // 31 Oct 2025 23:30 UTC is still 31 October in London (GMT after the change).
  const halloween = sampleEvent({ id: asId('1'), start: '2025-10-31T23:30:00Z', end: '2025-11-01T00:30:00Z' });
  // 30 Sep 2025 23:30 UTC is already 1 October in London (BST).
  const october1 = sampleEvent({ id: asId('2'), start: '2025-09-30T23:30:00Z', end: '2025-10-01T01:00:00Z' });
  const weeks = monthGrid(2025, 10, [halloween, october1], new Date('2025-10-26T12:00:00Z'));
  const days = weeks.flat();

  it('runs in whole weeks from Monday', () => {
    expect(weeks).toHaveLength(5);
    expect(days[0]).toMatchObject({ date: '2025-09-29', inMonth: false });
    expect(days[2]).toMatchObject({ date: '2025-10-01', dayOfMonth: 1, inMonth: true });
    expect(days[days.length - 1].date).toBe('2025-11-02');
  });

  it('puts each event on the day it starts in UK time', () => {
    expect(days.find((d) => d.date === '2025-10-01')?.events.map((e) => e.id)).toEqual(['2']);
    expect(days.find((d) => d.date === '2025-10-31')?.events.map((e) => e.id)).toEqual(['1']);
    expect(days.find((d) => d.date === '2025-09-30')?.events).toEqual([]);
  });

  it('marks today', () => {
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2025-10-26']);
    expect(monthTitle(2025, 10)).toBe('October 2025');
  });
});

describe('upcoming and past', () => {
  it('keeps an event that has started but not ended as upcoming', () => {
    const now = new Date('2026-03-12T14:00:00Z');
    const { upcoming, past } = splitUpcomingAndPast(
      [sampleEvent({ id: asId('1') }), sampleEvent({ id: asId('2'), start: '2026-03-01T10:00:00Z', end: '2026-03-01T11:00:00Z' })],
      now,
    );
    expect(upcoming.map((e) => e.id)).toEqual(['1']);
    expect(past.map((e) => e.id)).toEqual(['2']);
  });
});
