import { checkSkill, likelyDuplicates, planSkillMerge, retireSkillChange } from './catalogue';
import { rating, skill } from './__fixtures__/sample';

const keep = skill('1', 'Confocal microscopy');
const dupe = skill('2', 'Confocal  Microscopy ', { eTag: '"d,1"' });
const other = skill('3', 'PCR');

describe('adding a skill', () => {
  it('needs a name and category and refuses a name already in the catalogue', () => {
    expect(checkSkill({ name: '', category: '' }, [])).toHaveLength(2);
    expect(checkSkill({ name: 'pcr', category: 'Technique' }, [other])[0].message).toBe('“PCR” is already in the catalogue (Technique).');
    expect(checkSkill({ name: 'PCR', category: 'Technique' }, [{ ...other, retired: true }])).toEqual([]);
  });

  it('spots likely duplicates that differ only in case and spacing', () => {
    expect(likelyDuplicates([keep, dupe, other]).map((g) => g.map((s) => s.id))).toEqual([['1', '2']]);
  });
});

describe('merging duplicate skills', () => {
  it('re-points ratings of people only rated on the duplicate at the surviving skill', () => {
    const r = rating('p1', '2', 3, { eTag: '"r,1"' });
    const plan = planSkillMerge(keep.id, [dupe.id], [keep, dupe], [r]);
    expect(plan.ratingUpdates).toEqual([{ id: r.id, eTag: '"r,1"', changes: { skillId: '1' } }]);
    expect(plan.keptOnDuplicate).toEqual([]);
    expect(plan.skillUpdates).toEqual([{ id: '2', eTag: '"d,1"', changes: { retired: true, mergedIntoId: '1' } }]);
  });

  it('keeps the higher rating per person: a better duplicate rating is copied onto the survivor’s item', () => {
    const onKeep = rating('p1', '1', 2, { eTag: '"k,1"' });
    const onDupe = rating('p1', '2', 4, { lastReviewed: '2026-05-01', wantsToDevelop: true });
    const plan = planSkillMerge(keep.id, [dupe.id], [keep, dupe], [onKeep, onDupe]);
    expect(plan.ratingUpdates).toEqual([{ id: onKeep.id, eTag: '"k,1"', changes: { level: 4, wantsToDevelop: true, lastReviewed: '2026-05-01', certificateExpiry: undefined } }]);
    expect(plan.keptOnDuplicate).toEqual([onDupe.id]);
  });

  it('on equal levels keeps the most recently reviewed, and never deletes a rating', () => {
    const onKeep = rating('p1', '1', 3, { lastReviewed: '2026-06-01' });
    const onDupe = rating('p1', '2', 3, { lastReviewed: '2025-01-01' });
    const plan = planSkillMerge(keep.id, [dupe.id], [keep, dupe], [onKeep, onDupe]);
    expect(plan.ratingUpdates).toEqual([]);
    expect(plan.keptOnDuplicate).toEqual([onDupe.id]);
  });

  it('merges Self and Manager ratings separately', () => {
    const self = rating('p1', '1', 2);
    const validation = rating('p1', '2', 3, { source: 'Manager' });
    const plan = planSkillMerge(keep.id, [dupe.id], [keep, dupe], [self, validation]);
    expect(plan.ratingUpdates).toEqual([{ id: validation.id, eTag: validation.eTag, changes: { skillId: '1' } }]);
  });

  it('refuses to merge into a retired skill or with nothing to merge', () => {
    expect(() => planSkillMerge(keep.id, [], [keep], [])).toThrow('The merge cannot be planned.');
    expect(() => planSkillMerge(dupe.id, [keep.id], [keep, { ...dupe, retired: true }], [])).toThrow('The merge cannot be planned.');
  });
});

describe('retiring a skill', () => {
  it('marks it retired without touching its ratings', () => {
    expect(retireSkillChange(other)).toEqual({ id: '3', eTag: other.eTag, changes: { retired: true } });
    expect(() => retireSkillChange({ ...other, retired: true })).toThrow(/already retired/);
  });
});
