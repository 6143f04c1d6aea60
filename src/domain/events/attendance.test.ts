import { asId } from '../ids';
import type { Unit } from '../model';
import { attendanceEvidenceSummary, attendanceFigures, attendedInWords } from './attendance';
import { sampleEvent, samplePerson, sampleRegistration as reg } from './sampleRecords';

const now = new Date('2026-04-01T00:00:00Z');
const units: Unit[] = [
  { id: asId('u1'), eTag: '', created: '', modified: '', name: 'Chemistry' },
  { id: asId('u2'), eTag: '', created: '', modified: '', name: 'Physics' },
];
const people = [samplePerson('ann', 'Ann', 'u1'), samplePerson('bob', 'Bob', 'u1'), samplePerson('cat', 'Cat', 'u2'), samplePerson('dan', 'Dan')];
const showcase = sampleEvent({ id: asId('1'), capacity: 3 });
const cafe = sampleEvent({ id: asId('2'), title: 'CaféTech', type: 'Social', start: '2026-03-20T10:00:00Z', end: '2026-03-20T11:00:00Z' });
const future = sampleEvent({ id: asId('3'), start: '2026-05-01T10:00:00Z', end: '2026-05-01T11:00:00Z' });
const registrations = [
  reg(1, 'ann', 'Going', '2026-02-01T09:00:00Z', { attended: true }),
  reg(2, 'bob', 'Going', '2026-02-01T09:01:00Z', { attended: true }),
  reg(3, 'cat', 'Going', '2026-02-01T09:02:00Z'),
  reg(4, 'dan', 'Going', '2026-02-01T09:03:00Z'),
  reg(5, 'cat', 'Going', '2026-03-01T09:00:00Z', { eventId: asId('2'), attended: true }),
  reg(6, 'dan', 'Maybe', '2026-03-01T09:00:00Z', { eventId: asId('2'), attended: true }),
];

describe('attendance figures', () => {
  const figures = attendanceFigures([showcase, cafe, future], registrations, people, units, now);

  it('counts who came against who had a place, for past events only, latest first', () => {
    expect(figures.perEvent.map((e) => [e.title, e.attended, e.confirmed])).toEqual([
      ['CaféTech', 2, 1],
      ['TechExchange showcase', 2, 3],
    ]);
    expect(figures.perEvent[1].turnout).toBeCloseTo(2 / 3);
    expect(figures.totalAttended).toBe(4);
  });

  it('adds up per type of event', () => {
    expect(figures.perType).toEqual([
      { name: 'Showcase', events: 1, attended: 2 },
      { name: 'Social', events: 1, attended: 2 },
    ]);
  });

  it('adds up per unit of the people who came, with "No unit" for the rest', () => {
    expect(figures.perUnit).toEqual([
      { name: 'Chemistry', events: 1, attended: 2 },
      { name: 'No unit', events: 1, attended: 1 },
      { name: 'Physics', events: 1, attended: 1 },
    ]);
  });

  it('words the evidence for an action', () => {
    expect(attendanceEvidenceSummary(figures.perEvent[1], '12 March 2026')).toBe('TechExchange showcase (12 March 2026): 2 attended (3 had a place).');
  });

  describe('with walk-ins (came without replying)', () => {
    const eve = samplePerson('eve', 'Eve', 'u2');
    const walkIns = [
      ...registrations,
      reg(7, 'eve', 'Walk-in', '2026-03-12T15:00:00Z', { attended: true }),
      reg(8, 'fay', 'Walk-in', '2026-03-12T15:01:00Z', { attended: true }),
    ];
    const withWalkIns = attendanceFigures([showcase, cafe, future], walkIns, [...people, eve], units, now);
    const showcaseFigure = withWalkIns.perEvent[1];

    it('counts them as attended and as walk-ins, and never as having had a place', () => {
      expect([showcaseFigure.attended, showcaseFigure.walkIns, showcaseFigure.confirmed]).toEqual([4, 2, 3]);
      expect(withWalkIns.perEvent[0].walkIns).toBe(0);
      expect([withWalkIns.totalAttended, withWalkIns.totalWalkIns]).toEqual([6, 2]);
      expect(withWalkIns.perType.find((t) => t.name === 'Showcase')).toEqual({ name: 'Showcase', events: 1, attended: 4 });
      expect(withWalkIns.perUnit.find((u) => u.name === 'Physics')).toEqual({ name: 'Physics', events: 2, attended: 2 });
    });

    it('says how many were walk-ins in the evidence', () => {
      expect(attendanceEvidenceSummary(showcaseFigure, '12 March 2026')).toBe('TechExchange showcase (12 March 2026): 4 attended, 2 of them walk-ins (3 had a place).');
      expect(attendedInWords({ attended: 1, walkIns: 1, confirmed: 0 })).toBe('1 attended, 1 of them walk-in');
    });
  });
});
