import { coverage } from './coverage';
import { effectiveRatings } from './effective';
import { findGaps } from './gaps';
import { DEFAULT_LABELS } from './proficiency';
import { NOW, person, rating, skill, unit } from './__fixtures__/sample';

const chem = unit('u1', 'Chemistry');
const bio = unit('u2', 'Biology');
const people = [
  person('1', 'Ann Expert', { unitId: chem.id, expectedLeavingDate: '2027-03-31' }),
  person('2', 'Ben Expert', { unitId: chem.id }),
  person('3', 'Cat Lone', { unitId: bio.id, expectedLeavingDate: '2029-01-01' }),
  person('4', 'Dan Aware', { unitId: bio.id }),
];
const skills = [
  skill('10', 'NMR', { category: 'Equipment', neededByUnitIds: [bio.id] }),
  skill('11', 'Flow cytometry', { category: 'Equipment' }),
  skill('12', 'Glassblowing', { category: 'Technique' }),
  skill('13', 'Retired one', { retired: true }),
];
const ratings = effectiveRatings(
  [rating('1', '10', 4), rating('2', '10', 3), rating('4', '10', 1), rating('3', '11', 3), rating('1', '11', 2)],
  people,
  { now: NOW },
);
const gaps = findGaps({ skills, people, units: [chem, bio], ratings: ratings.values() }, { now: NOW, labels: DEFAULT_LABELS, leavingWithinMonths: 6 });
const of = (kind: string, skillId: string) => gaps.filter((g) => g.kind === kind && g.skillId === skillId);

describe('gap analysis', () => {
  it('finds skills nobody holds at Expert or above, and says why', () => {
    expect(of('noExpert', '12')[0].why).toBe('Nobody is rated Expert or above in Glassblowing, so no one can be relied on to lead or train others in it.');
    expect(of('noExpert', '10')).toEqual([]);
  });

  it('finds single points of failure and names the one expert and their unit', () => {
    const [finding] = of('singleExpert', '11');
    expect(finding.personIds).toEqual(['3']);
    expect(finding.why).toMatch(/^Only Cat Lone \(Biology\) is rated Expert or above in Flow cytometry/);
  });

  it('finds experts expected to leave within N months and says how many would remain', () => {
    const [finding] = of('expertsLeaving', '10');
    expect(finding.personIds).toEqual(['1']);
    expect(finding.severity).toBe('medium');
    expect(finding.why).toBe('1 of 2 Expert-level people in NMR is expected to leave within 6 months: Ann Expert (31 Mar 2027); 1 would remain.');
    expect(of('expertsLeaving', '11')).toEqual([]);
  });

  it('finds units that need a skill nobody in the unit practises', () => {
    const [finding] = of('unitNeedsSkill', '10');
    expect(finding.unitId).toBe('u2');
    expect(finding.why).toBe('Biology rates NMR as needed, but none of its 2 people are rated Practitioner or above.');
  });

  it('ignores retired skills and puts high-severity findings first', () => {
    expect(gaps.some((g) => g.skillId === '13')).toBe(false);
    const order = { high: 0, medium: 1, low: 2 };
    const ranks = gaps.map((g) => order[g.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('rates a leaver low when two or more experts would remain', () => {
    const more = [...people, person('5', 'Eve Expert', { unitId: chem.id })];
    const r = effectiveRatings([rating('1', '10', 4), rating('2', '10', 3), rating('5', '10', 3)], more, { now: NOW });
    const [finding] = findGaps({ skills, people: more, units: [chem, bio], ratings: r.values() }, { now: NOW, labels: DEFAULT_LABELS, leavingWithinMonths: 6 }).filter((g) => g.kind === 'expertsLeaving');
    expect(finding.severity).toBe('low');
  });

  it('uses the plan’s renamed labels in its sentences', () => {
    const renamed = findGaps({ skills, people, units: [chem, bio], ratings: ratings.values() }, { now: NOW, labels: ['Nil', 'Basic', 'Competent', 'Advanced', 'Trainer'] });
    expect(renamed.find((g) => g.kind === 'noExpert')?.why).toMatch(/rated Advanced or above/);
  });
});

describe('coverage', () => {
  const { byCategory, byUnit } = coverage({ skills, people, units: [chem, bio], ratings: ratings.values() });

  it('counts practised and resilient skills per category', () => {
    expect(byCategory).toEqual([
      { category: 'Technique', skills: 1, practised: 0, resilient: 0 },
      { category: 'Equipment', skills: 2, practised: 2, resilient: 1 },
    ]);
  });

  it('counts people, practised skills and needed skills covered per unit', () => {
    expect(byUnit.find((u) => u.unit === 'Biology')).toMatchObject({ people: 2, skillsPractised: 1, skillsNeeded: 1, neededCovered: 0 });
    expect(byUnit.find((u) => u.unit === 'Chemistry')).toMatchObject({ people: 2, skillsPractised: 2 });
  });
});

describe('"today" on the site’s calendar', () => {
  // 23:30 UTC on 31 March 2025 is 00:30 on 1 April in London (British Summer Time began on 30 March).
  const lateEvening = new Date('2025-03-31T23:30:00Z');
  const team = [person('1', 'Ann Expert', { unitId: chem.id, expectedLeavingDate: '2025-03-31' }), person('2', 'Ben Expert', { unitId: chem.id })];
  const held = effectiveRatings([rating('1', '10', 4), rating('2', '10', 4)], team, { now: lateEvening });
  const leaving = (timeZone?: string) =>
    findGaps({ skills: [skills[0]], people: team, units: [chem, bio], ratings: held.values() }, { now: lateEvening, timeZone, labels: DEFAULT_LABELS, leavingWithinMonths: 12 }).filter((g) => g.kind === 'expertsLeaving');

  it('no longer counts someone whose last day was 31 March as leaving once it is 1 April on a UK site', () => {
    expect(leaving('Europe/London')).toEqual([]);
  });

  it('still does at the same instant where it is still 31 March (UTC, or a site in Chicago)', () => {
    expect(leaving()).toHaveLength(1);
    expect(leaving('America/Chicago')).toHaveLength(1);
  });

  it('looks the horizon ahead from the site’s day: 12 months from 1 April includes 1 April next year', () => {
    const nextYear = [person('1', 'Ann Expert', { unitId: chem.id, expectedLeavingDate: '2026-04-01' }), person('2', 'Ben Expert', { unitId: chem.id })];
    const gapsIn = (timeZone: string) =>
      findGaps({ skills: [skills[0]], people: nextYear, units: [chem, bio], ratings: held.values() }, { now: lateEvening, timeZone, labels: DEFAULT_LABELS, leavingWithinMonths: 12 }).filter((g) => g.kind === 'expertsLeaving');
    expect(gapsIn('Europe/London')).toHaveLength(1);
    expect(gapsIn('America/Chicago')).toEqual([]);
  });
});
