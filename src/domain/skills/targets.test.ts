import { asId, type SkillId, type TargetId } from '../ids';
import type { SkillTarget } from '../model';
import { effectiveRatings } from './effective';
import { DEFAULT_LABELS } from './proficiency';
import { checkTarget, evaluateTargets, targetGapRows, targetHeatMap } from './targets';
import { needsBySkill, trainingNeeds } from './trainingNeeds';
import { NOW, person, rating, skill, unit } from './__fixtures__/sample';

const bio = unit('u1', 'Bioimaging');
const chem = unit('u2', 'Chemistry');
const units = [bio, chem];
const confocal = skill('10', 'Confocal microscopy');
const nmr = skill('11', 'NMR');
const oldConfocal = skill('12', 'Confocal', { retired: true, mergedIntoId: confocal.id });
const skills = [confocal, nmr, oldConfocal];

let nextTarget = 1;
const target = (extra: Omit<Partial<SkillTarget>, 'skillId'> & { skillId: string }): SkillTarget => ({
  eTag: '"1"',
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
  id: asId<TargetId>(nextTarget++),
  minLevel: 3,
  peopleNeeded: 2,
  ...extra,
  skillId: asId<SkillId>(extra.skillId),
});

/** Validated: the Manager item is the line manager's (no author recorded counts as theirs). */
const validated = (personId: string, skillId: string, level: number) => [rating(personId, skillId, level), rating(personId, skillId, level, { source: 'Manager' })];

function evaluate(people: ReturnType<typeof person>[], stored: ReturnType<typeof rating>[], targets: SkillTarget[]) {
  const ratings = effectiveRatings(stored, people, { now: NOW });
  return { ratings, evaluations: evaluateTargets({ targets, skills, people, units, ratings }, { now: NOW, labels: DEFAULT_LABELS, leavingWithinMonths: 12 }) };
}

describe('competency targets', () => {
  it('is met when enough people in the unit are validated at the level and staying, and names them', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id }), person('2', 'Ben Cole', { unitId: bio.id }), person('3', 'Cy Chem', { unitId: chem.id })];
    const { evaluations } = evaluate(people, [...validated('1', '10', 4), ...validated('2', '10', 3), ...validated('3', '10', 4)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0]).toMatchObject({ status: 'met', secure: 2, shortfall: 0, inScope: 2 });
    expect(evaluations[0].reason).toBe('Bioimaging needs 2 people at Expert (3) or above in Confocal microscopy: Ann Lee and Ben Cole hold it, validated and not expected to leave within 12 months.');
  });

  it('is at risk when it is met only by someone expected to leave, and says when they leave', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id, expectedLeavingDate: '2027-04-30' }), person('2', 'Ben Cole', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [...validated('1', '10', 4), ...validated('2', '10', 3)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0]).toMatchObject({ status: 'atRisk', secure: 1, shortfall: 1 });
    expect(evaluations[0].reason).toBe('Bioimaging needs 2 people at Expert (3) or above in Confocal microscopy: 2 hold it but only 1 securely — Ann Lee is expected to leave on 30 Apr 2027.');
  });

  it('is at risk when it is met only with ratings nobody has validated', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id }), person('2', 'Ben Cole', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [...validated('1', '10', 4), rating('2', '10', 3)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0].status).toBe('atRisk');
    expect(evaluations[0].reason).toMatch(/— Ben Cole has a rating nobody has validated\.$/);
  });

  it('does not count a leaver who leaves after the horizon as a risk', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id, expectedLeavingDate: '2029-01-01' }), person('2', 'Ben Cole', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [...validated('1', '10', 4), ...validated('2', '10', 3)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0].status).toBe('met');
  });

  it('is not met when too few hold the level, and says how many short', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id }), person('2', 'Ben Cole', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [...validated('1', '10', 3), ...validated('2', '10', 2)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0]).toMatchObject({ status: 'notMet', shortfall: 1 });
    expect(evaluations[0].reason).toBe('Bioimaging needs 2 people at Expert (3) or above in Confocal microscopy: only Ann Lee is at that level (1 person short).');
  });

  it('is not met when nobody holds it, and when nobody is in the unit at all', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [], [target({ skillId: '10', unitId: bio.id, peopleNeeded: 1 }), target({ skillId: '11', unitId: chem.id })]);
    expect(evaluations.map((e) => e.status)).toEqual(['notMet', 'notMet']);
    expect(evaluations[0].reason).toMatch(/: nobody of its 1 person is at that level \(1 person short\)\.$/);
    expect(evaluations[1].reason).toBe('Chemistry needs 2 people at Expert (3) or above in NMR, but nobody is in it.');
  });

  it('applies a role target only to people in that role, across units when no unit is named', () => {
    const people = [
      person('1', 'Ann Lee', { unitId: bio.id, role: 'Senior technician' }),
      person('2', 'Ben Cole', { unitId: chem.id, role: 'senior technician' }),
      person('3', 'Cat Day', { unitId: chem.id, role: 'Technician' }),
    ];
    const { evaluations } = evaluate(people, [...validated('1', '11', 3), ...validated('3', '11', 4)], [target({ skillId: '11', role: 'Senior technician' })]);
    expect(evaluations[0]).toMatchObject({ status: 'notMet', inScope: 2 });
    expect(evaluations[0].reason).toMatch(/^Senior technicians needs 2 people at Expert \(3\) or above in NMR: only Ann Lee is at that level/);
  });

  it('counts ratings of the skill a retired duplicate was merged into', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id })];
    const { evaluations } = evaluate(people, validated('1', '10', 3), [target({ skillId: '12', unitId: bio.id, peopleNeeded: 1 })]);
    expect(evaluations[0]).toMatchObject({ status: 'met', skillId: '10' });
  });

  it('refuses a target without a skill, with a level outside 1–4 or nobody needed', () => {
    expect(checkTarget({ skillId: asId<SkillId>('10'), minLevel: 3, peopleNeeded: 2 })).toEqual([]);
    expect(checkTarget({ minLevel: 0, peopleNeeded: 0 }).map((i) => i.field)).toEqual(['skillId', 'minLevel', 'peopleNeeded']);
    expect(checkTarget({ skillId: asId<SkillId>('10'), minLevel: 5, peopleNeeded: 1.5 }).map((i) => i.field)).toEqual(['minLevel', 'peopleNeeded']);
  });
});

describe('target heat map and gaps export', () => {
  const people = [person('1', 'Ann Lee', { unitId: bio.id }), person('2', 'Ben Cole', { unitId: chem.id, expectedLeavingDate: '2027-01-31' })];
  const { evaluations } = evaluate(people, [...validated('1', '10', 3), ...validated('2', '11', 4)], [
    target({ skillId: '10', unitId: bio.id, peopleNeeded: 1 }),
    target({ skillId: '10', unitId: bio.id, minLevel: 4, peopleNeeded: 1 }),
    target({ skillId: '11', unitId: chem.id, peopleNeeded: 1 }),
  ]);

  it('puts each unit on a row and each targeted skill in a column, a cell showing its worst target', () => {
    const map = targetHeatMap(evaluations, skills, units);
    expect(map.rows.map((r) => r.label)).toEqual(['Bioimaging', 'Chemistry']);
    expect(map.skills.map((s) => s.name)).toEqual(['Confocal microscopy', 'NMR']);
    expect(map.rows[0].cells.get('10')).toMatchObject({ status: 'notMet', shortfall: 1 });
    expect(map.rows[0].cells.get('10')?.evaluations).toHaveLength(2);
    expect(map.rows[0].cells.has('11')).toBe(false);
    expect(map.rows[1].cells.get('11')?.status).toBe('atRisk');
    expect(map.counts).toEqual({ met: 1, atRisk: 1, notMet: 1 });
  });

  it('exports one row a target, worst first, with the reason', () => {
    const sheet = targetGapRows(evaluations, skills, units, DEFAULT_LABELS);
    expect(sheet.header).toContain('Why');
    expect(sheet.rows.map((r) => r[7])).toEqual(['Not met', 'At risk', 'Met']);
    expect(sheet.rows[0].slice(0, 4)).toEqual(['Bioimaging', 'Confocal microscopy', '4 · Can train others', 1]);
  });
});

describe('training needs', () => {
  const people = [
    person('1', 'Ann Lee', { unitId: bio.id }),
    person('2', 'Ben Cole', { unitId: bio.id }),
    person('3', 'Cy Chem', { unitId: chem.id }),
  ];
  const stored = [...validated('1', '10', 4), rating('2', '10', 1), rating('2', '11', 1, { wantsToDevelop: true }), rating('3', '11', 0, { wantsToDevelop: true })];
  const { ratings, evaluations } = evaluate(people, stored, [target({ skillId: '10', unitId: bio.id })]);
  const needs = trainingNeeds({ evaluations, skills, people, units: [bio, chem], ratings }, DEFAULT_LABELS);

  it('lists, per person, the skills their unit needs above their level, with the target behind it', () => {
    const ben = needs.filter((n) => n.personId === '2');
    expect(ben[0]).toMatchObject({ skillId: '10', currentLevel: 1, requiredLevel: 3, targetStatus: 'notMet', wantsToDevelop: false });
    expect(ben[0].why).toBe('Bioimaging needs 2 at Expert (1 short); now 1 · Aware.');
    expect(needs.some((n) => n.personId === '1' && n.skillId === '10')).toBe(false);
  });

  it('adds what each person wants to develop, after the needs of targets', () => {
    expect(needs.filter((n) => n.personId === '2').map((n) => n.skillId)).toEqual(['10', '11']);
    const cy = needs.find((n) => n.personId === '3');
    expect(cy).toMatchObject({ skillId: '11', wantsToDevelop: true, why: 'Wants to develop it; now 0 · None.' });
    expect(cy?.requiredLevel).toBeUndefined();
  });

  it('limits the needs to the people asked about (a unit’s report)', () => {
    expect(new Set(trainingNeeds({ evaluations, skills, people, units, ratings }, DEFAULT_LABELS, [people[2]]).map((n) => n.personId))).toEqual(new Set(['3']));
  });

  it('says per skill who needs it, most needed first', () => {
    const demand = needsBySkill(needs, skills);
    expect(demand.map((d) => [d.skillId, d.needs.map((n) => n.personId)])).toEqual([
      ['11', ['2', '3']],
      ['10', ['2']],
    ]);
    expect(demand[1].urgent).toBe(1);
  });
});


describe('target reasons', () => {
  it('says "none securely" when every holder is uncertain', () => {
    const people = [person('1', 'Ann Lee', { unitId: bio.id }), person('2', 'Ben Cole', { unitId: bio.id })];
    const { evaluations } = evaluate(people, [rating('1', '10', 3), rating('2', '10', 4)], [target({ skillId: '10', unitId: bio.id })]);
    expect(evaluations[0]).toMatchObject({ status: 'atRisk', secure: 0, shortfall: 2 });
    expect(evaluations[0].reason).toMatch(/: 2 hold it but none securely — Ben Cole has a rating nobody has validated; Ann Lee has a rating nobody has validated\.$/);
  });
});
