import type { UnitId } from '../ids';
import { effectiveRatings } from './effective';
import { matrixSheet } from './exportSheet';
import { CELL_VALIDATED, UNRATED, buildSkillMatrix, filterMatrix } from './matrix';
import { NOW, person, rating, skill, unit } from './__fixtures__/sample';

const chem = unit('u1', 'Chemistry');
const bio = unit('u2', 'Biology');
const mgr = person('1', 'Mo Manager', { unitId: bio.id });
const people = [
  person('3', 'Zoe Chem', { unitId: chem.id, lineManagerId: mgr.id }),
  person('2', 'Ann Bio', { unitId: bio.id, lineManagerId: mgr.id }),
  mgr,
  person('4', 'Nia Nounit'),
];
const skills = [
  skill('10', 'PCR', { category: 'Technique' }),
  skill('11', 'Python', { category: 'Software' }),
  skill('12', 'Autoclave', { category: 'Equipment' }),
  skill('13', 'Old thing', { retired: true }),
];
const ratings = [
  rating('2', '10', 3, { createdBy: 'ann.bio@uni.example' }),
  rating('2', '10', 3, { source: 'Manager', createdBy: mgr.email, modified: '2026-02-01T00:00:00Z' }),
  rating('3', '11', 1),
  rating('3', '12', 4),
];
const matrix = buildSkillMatrix({ people, skills, units: [chem, bio], ratings: effectiveRatings(ratings, people, { now: NOW }) });
const at = (personId: string, skillId: string): number =>
  (matrix.rowIndex.get(personId as never) as number) * matrix.skills.length + (matrix.colIndex.get(skillId as never) as number);

describe('skills matrix model', () => {
  it('groups rows by unit name and people without a unit last', () => {
    expect(matrix.people.map((p) => p.name)).toEqual(['Ann Bio', 'Mo Manager', 'Zoe Chem', 'Nia Nounit']);
    expect(matrix.unitGroups.map((g) => [g.label, g.end - g.start])).toEqual([['Biology', 2], ['Chemistry', 1], ['No unit', 1]]);
  });

  it('groups active skills by category in catalogue order and leaves retired skills out', () => {
    expect(matrix.skills.map((s) => s.name)).toEqual(['PCR', 'Autoclave', 'Python']);
    expect(matrix.categoryGroups.map((g) => g.label)).toEqual(['Technique', 'Equipment', 'Software']);
  });

  it('stores levels and the validated flag per cell, unrated cells as UNRATED', () => {
    expect(matrix.levels[at('2', '10')]).toBe(3);
    expect(matrix.flags[at('2', '10')] & CELL_VALIDATED).toBe(CELL_VALIDATED);
    expect(matrix.levels[at('4', '10')]).toBe(UNRATED);
  });
});

describe('filtering the matrix', () => {
  const names = (rows: Int32Array): string[] => Array.from(rows, (r) => matrix.people[r].name);
  const skillNames = (cols: Int32Array): string[] => Array.from(cols, (c) => matrix.skills[c].name);

  it('shows everyone and every skill with no filter', () => {
    const view = filterMatrix(matrix, {});
    expect(view.rows).toHaveLength(4);
    expect(view.cols).toHaveLength(3);
  });

  it('keeps only the chosen units and categories, with groups re-based on visible positions', () => {
    const view = filterMatrix(matrix, { unitIds: ['u1' as UnitId], categories: ['Software', 'Equipment'] });
    expect(names(view.rows)).toEqual(['Zoe Chem']);
    expect(skillNames(view.cols)).toEqual(['Autoclave', 'Python']);
    expect(view.colGroups).toEqual([
      { key: 'Equipment', label: 'Equipment', start: 0, end: 1 },
      { key: 'Software', label: 'Software', start: 1, end: 2 },
    ]);
  });

  it('with a minimum level, hides people and skills without a rating at that level or above', () => {
    const view = filterMatrix(matrix, { minLevel: 3 });
    expect(names(view.rows)).toEqual(['Ann Bio', 'Zoe Chem']);
    expect(skillNames(view.cols)).toEqual(['PCR', 'Autoclave']);
  });

  it('with validated only, counts only manager-validated ratings', () => {
    const view = filterMatrix(matrix, { validatedOnly: true });
    expect(names(view.rows)).toEqual(['Ann Bio']);
    expect(skillNames(view.cols)).toEqual(['PCR']);
  });
});

describe('matrix export', () => {
  it('writes a header of categories and skill names and one row per person with levels, blank where unrated', () => {
    const sheet = matrixSheet(matrix, filterMatrix(matrix, { unitIds: ['u1' as UnitId] }));
    expect(sheet.header[1]).toEqual(['Person', 'Unit', 'PCR', 'Autoclave', 'Python']);
    expect(sheet.rows).toEqual([['zoe.chem@uni.example', 'Chemistry', null, 4, 1]]);
  });
});
