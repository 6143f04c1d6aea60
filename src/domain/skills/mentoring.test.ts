import { asId, type SkillId } from '../ids';
import type { Unit } from '../model';
import { effectiveRatings } from './effective';
import { mentorFinder } from './mentoring';
import { DEFAULT_LABELS } from './proficiency';
import { NOW, person, rating, unit } from './__fixtures__/sample';

const bio: Unit = { ...unit('u1', 'Bioimaging'), faculty: 'Life Sciences' };
const genomics: Unit = { ...unit('u2', 'Genomics'), faculty: 'Life Sciences' };
const physics: Unit = { ...unit('u3', 'Physics workshop'), faculty: 'Science and Engineering' };
const units = [bio, genomics, physics];
const CONFOCAL = asId<SkillId>('10');

const learner = person('1', 'Lee Learner', { unitId: bio.id });
const sam = person('9', 'Sam Manager');
const people = [
  learner,
  sam,
  person('2', 'Zoe Same', { unitId: bio.id, lineManagerId: sam.id }),
  person('3', 'Ann Faculty', { unitId: genomics.id }),
  person('4', 'Bob Far', { unitId: physics.id }),
  person('5', 'Ada Leaving', { unitId: bio.id, expectedLeavingDate: '2027-02-28' }),
  person('6', 'Una Unvalidated', { unitId: bio.id }),
  person('7', 'Eve Expert', { unitId: bio.id }),
];
const validated = (personId: string, level: number, on = '2026-06-01') => [
  rating(personId, '10', level),
  rating(personId, '10', level, { source: 'Manager', lastReviewed: on, createdBy: personId === '2' ? 'sam.manager@uni.example' : undefined, modified: '2026-06-02T00:00:00Z' }),
];
const stored = [
  ...validated('2', 4),
  ...validated('3', 4),
  ...validated('4', 4),
  ...validated('5', 4),
  rating('6', '10', 4),
  ...validated('7', 3),
  ...validated('1', 4),
];
const find = mentorFinder({ people, units, ratings: effectiveRatings(stored, people, { now: NOW }).values() }, { now: NOW, labels: DEFAULT_LABELS, leavingWithinMonths: 12 });

describe('mentoring matches', () => {
  const matches = find(learner, CONFOCAL);

  it('offers only people validated at the top level, never the learner themselves', () => {
    const names = matches.map((m) => m.mentor.name);
    expect(names).not.toContain('Una Unvalidated');
    expect(names).not.toContain('Eve Expert');
    expect(names).not.toContain('Lee Learner');
  });

  it('ranks the same unit first, then the same faculty, then elsewhere; leavers after those who stay', () => {
    expect(matches.map((m) => [m.mentor.name, m.closeness])).toEqual([
      ['Zoe Same', 'sameUnit'],
      ['Ada Leaving', 'sameUnit'],
      ['Ann Faculty', 'sameFaculty'],
      ['Bob Far', 'elsewhere'],
    ]);
  });

  it('says why each mentor is offered: level, who validated it and when, where they are, when they leave', () => {
    expect(matches[0].why).toBe('4 · Can train others, validated by Sam Manager on 1 Jun 2026; in your unit (Bioimaging).');
    expect(matches[1].why).toBe('4 · Can train others, validated on 1 Jun 2026; in your unit (Bioimaging); expected to leave on 28 Feb 2027.');
    expect(matches[2].why).toMatch(/; in Genomics, same faculty \(Life Sciences\)\.$/);
  });

  it('finds nobody for a skill no one can teach', () => {
    expect(find(learner, asId<SkillId>('99'))).toEqual([]);
  });
});
