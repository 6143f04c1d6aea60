/**
 * Catalogue changes: adding a skill, retiring one and merging duplicates. Merging and retiring never
 * delete a rating; merging plans the writes so the surviving skill ends up with the best rating of
 * each person, and the duplicate is retired with `mergedIntoId` so its old name still finds the skill.
 */
import { validationError, type FieldIssue } from '../errors';
import type { RatingId, SkillId } from '../ids';
import type { Draft, Skill, SkillRating } from '../model';

const key = (name: string): string => name.trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');

/** Problems with a new (or renamed) skill: a name, a category, and no active skill of the same name. */
export function checkSkill(draft: Pick<Draft<Skill>, 'name' | 'category'>, skills: readonly Skill[], exceptId?: SkillId): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.name.trim() === '') issues.push({ field: 'name', message: 'Give the skill a name.' });
  else if (draft.name.trim().length > 255) issues.push({ field: 'name', message: 'Keep the name to 255 characters.' });
  if (draft.category.trim() === '') issues.push({ field: 'category', message: 'Choose a category.' });
  const clash = skills.find((s) => s.id !== exceptId && !s.retired && key(s.name) === key(draft.name));
  if (clash && draft.name.trim() !== '') issues.push({ field: 'name', message: `“${clash.name}” is already in the catalogue (${clash.category}).` });
  return issues;
}

/** Skills whose names differ only in case, spacing or punctuation: likely duplicates to merge. */
export function likelyDuplicates(skills: readonly Skill[]): Skill[][] {
  const groups = new Map<string, Skill[]>();
  for (const s of skills) {
    if (s.retired) continue;
    const k = key(s.name).replace(/[^a-z0-9]/g, '');
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export interface RatingMove {
  readonly id: RatingId;
  readonly eTag: string;
  readonly changes: Partial<Draft<SkillRating>>;
}

export interface MergePlan {
  /** Ratings re-pointed at the survivor, and survivor ratings overwritten by a better duplicate rating. */
  readonly ratingUpdates: readonly RatingMove[];
  /** Duplicate ratings that lost to the survivor's: left on the retired duplicate as history. */
  readonly keptOnDuplicate: readonly RatingId[];
  readonly skillUpdates: readonly { readonly id: SkillId; readonly eTag: string; readonly changes: Partial<Draft<Skill>> }[];
  readonly summary: string;
}

const better = (a: SkillRating, b: SkillRating): boolean =>
  a.level !== b.level ? a.level > b.level : (a.lastReviewed ?? a.modified).slice(0, 10) > (b.lastReviewed ?? b.modified).slice(0, 10) || a.modified > b.modified;

/**
 * Plans merging `duplicateIds` into `survivorId`. Per person and source, the higher rating wins
 * (the more recently reviewed on a tie); a winning duplicate rating is copied onto the survivor's
 * item when the survivor already has one, else re-pointed at the survivor. Pure: no writes.
 */
export function planSkillMerge(survivorId: SkillId, duplicateIds: readonly SkillId[], skills: readonly Skill[], ratings: readonly SkillRating[]): MergePlan {
  const byId = new Map(skills.map((s) => [s.id as string, s]));
  const survivor = byId.get(survivorId);
  const issues: FieldIssue[] = [];
  if (!survivor || survivor.retired) issues.push({ field: 'survivor', message: 'Choose an active skill to keep.' });
  const dupes = duplicateIds.filter((id) => id !== survivorId).map((id) => byId.get(id));
  if (dupes.length === 0) issues.push({ field: 'duplicates', message: 'Choose at least one other skill to merge into it.' });
  if (dupes.some((d) => !d)) issues.push({ field: 'duplicates', message: 'One of the skills to merge no longer exists; reload the catalogue.' });
  if (issues.length > 0 || !survivor) throw validationError('The merge cannot be planned.', issues);
  const dupeIds = new Set(duplicateIds.filter((id) => id !== survivorId) as string[]);
  const best = new Map<string, SkillRating>();
  const onSurvivor = new Map<string, SkillRating>();
  for (const r of ratings) {
    if (r.skillId !== survivorId && !dupeIds.has(r.skillId)) continue;
    const k = `${r.personId}|${r.source}`;
    if (r.skillId === survivorId && (!onSurvivor.has(k) || (onSurvivor.get(k) as SkillRating).modified < r.modified)) onSurvivor.set(k, r);
    const current = best.get(k);
    if (!current || better(r, current)) best.set(k, r);
  }
  const ratingUpdates: RatingMove[] = [];
  const keptOnDuplicate: RatingId[] = [];
  for (const r of ratings) if (dupeIds.has(r.skillId)) keptOnDuplicate.push(r.id);
  for (const [k, winner] of best) {
    if (winner.skillId === survivorId) continue;
    const target = onSurvivor.get(k);
    if (target) {
      ratingUpdates.push({
        id: target.id,
        eTag: target.eTag,
        changes: { level: winner.level, wantsToDevelop: winner.wantsToDevelop || target.wantsToDevelop, lastReviewed: winner.lastReviewed, certificateExpiry: winner.certificateExpiry ?? target.certificateExpiry },
      });
    } else {
      ratingUpdates.push({ id: winner.id, eTag: winner.eTag, changes: { skillId: survivorId } });
      keptOnDuplicate.splice(keptOnDuplicate.indexOf(winner.id), 1);
    }
  }
  const skillUpdates = (dupes as Skill[]).map((d) => ({
    id: d.id,
    eTag: d.eTag,
    changes: { retired: true, mergedIntoId: survivorId } as Partial<Draft<Skill>>,
  }));
  const names = (dupes as Skill[]).map((d) => `“${d.name}”`).join(', ');
  return {
    ratingUpdates,
    keptOnDuplicate,
    skillUpdates,
    summary: `Merge ${names} into “${survivor.name}”: ${ratingUpdates.length} rating${ratingUpdates.length === 1 ? '' : 's'} move or improve, ${keptOnDuplicate.length} lower or older kept on the retired skill.`,
  };
}

/** The change that retires a skill: hidden from the matrix and search, its ratings kept. */
export function retireSkillChange(skill: Skill): { id: SkillId; eTag: string; changes: Partial<Draft<Skill>> } {
  if (skill.retired) throw validationError(`“${skill.name}” is already retired.`, [{ field: 'retired', message: 'Already retired.' }]);
  return { id: skill.id, eTag: skill.eTag, changes: { retired: true } };
}
