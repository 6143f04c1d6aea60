import { effectiveRatings } from './effective';
import { rankPeopleFor, searchSkills } from './whoCanDo';
import { NOW, person, rating, skill, unit } from './__fixtures__/sample';

const skills = [
  skill('1', 'Confocal microscopy', { category: 'Equipment' }),
  skill('2', 'Electron microscopy', { category: 'Equipment' }),
  skill('3', 'Confocal imaging', { retired: true, mergedIntoId: '1' as never }),
  skill('4', 'Microtome sectioning'),
  skill('5', 'Cryostat (retired)', { retired: true }),
  skill('6', 'Python', { category: 'Software' }),
];

describe('type-ahead over skill names', () => {
  it('puts whole-name prefix matches before word-prefix and substring matches', () => {
    expect(searchSkills(skills, 'micro').map((m) => m.skill.name)).toEqual(['Microtome sectioning', 'Confocal microscopy', 'Electron microscopy']);
  });

  it('finds a retired name that was merged and leads to the surviving skill', () => {
    const [match] = searchSkills(skills, 'confocal im');
    expect(match.target.name).toBe('Confocal microscopy');
    expect(match.note).toBe('Merged into Confocal microscopy');
  });

  it('lists each surviving skill once and leaves out retired skills never merged', () => {
    expect(searchSkills(skills, 'confocal').map((m) => m.target.name)).toEqual(['Confocal microscopy']);
    expect(searchSkills(skills, 'cryostat')).toEqual([]);
  });

  it('matches the category too and ignores case and accents', () => {
    expect(searchSkills(skills, 'SOFTWARE').map((m) => m.skill.name)).toEqual(['Python']);
    expect(searchSkills([skill('7', 'Café management')], 'cafe')).toHaveLength(1);
  });
});

describe('ranking who can do a skill', () => {
  const u = unit('u1', 'Chemistry');
  const boss = person('9', 'Boss');
  const people = ['Ann', 'Ben', 'Cat', 'Dan', 'Eve'].map((n, i) => person(String(i + 1), n, { unitId: u.id, lineManagerId: boss.id }));
  const eff = effectiveRatings(
    [
      rating('1', '1', 3, { lastReviewed: '2026-01-01' }),
      rating('2', '1', 4, { lastReviewed: '2025-01-01' }),
      rating('3', '1', 3, { lastReviewed: '2025-06-01', modified: '2025-06-01T00:00:00Z' }),
      rating('3', '1', 3, { source: 'Manager', createdBy: boss.email, lastReviewed: '2025-06-01', modified: '2025-06-02T00:00:00Z' }),
      rating('4', '1', 3, { lastReviewed: '2026-06-01' }),
      rating('5', '1', 0),
    ],
    [...people, boss],
    { now: NOW },
  );

  it('ranks by level, then validated first, then most recently reviewed, and gives the unit', () => {
    const ranked = rankPeopleFor('1' as never, eff.values(), people, [u]);
    expect(ranked.map((r) => r.person.name)).toEqual(['Ben', 'Cat', 'Dan', 'Ann']);
    expect(ranked[0].unit?.name).toBe('Chemistry');
  });

  it('leaves out people below the minimum level', () => {
    expect(rankPeopleFor('1' as never, eff.values(), people, [u], 4).map((r) => r.person.name)).toEqual(['Ben']);
  });
});
