/**
 * "Who can do X": find a skill as it is typed, then rank the people who have it.
 */
import type { SkillId } from '../ids';
import type { Person, Skill, Unit } from '../model';
import type { EffectiveRating } from './effective';

export interface SkillMatch {
  readonly skill: Skill;
  /** The skill whose ratings answer the question: the skill itself, or the one a retired duplicate was merged into. */
  readonly target: Skill;
  /** Why a retired name still matches ("Merged into Confocal microscopy"). */
  readonly note?: string;
}

/** Follows `mergedIntoId` to the surviving skill (guarding against loops in edited data). */
export function survivingSkill(skill: Skill, byId: ReadonlyMap<string, Skill>): Skill {
  let current = skill;
  const seen = new Set<string>();
  while (current.mergedIntoId && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

const normalise = (s: string): string => s.toLocaleLowerCase('en').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/**
 * Type-ahead over skill names: whole-name prefix first, then word prefix, then anywhere in the name or
 * category. Retired names that were merged still match and lead to the surviving skill, so people who
 * remember the old name find the answer; retired skills never merged are left out.
 */
export function searchSkills(skills: readonly Skill[], query: string, limit = 10): SkillMatch[] {
  const q = normalise(query.trim());
  if (q === '') return [];
  const byId = new Map(skills.map((s) => [s.id as string, s]));
  const scored: { match: SkillMatch; score: number }[] = [];
  for (const skill of skills) {
    if (skill.retired && !skill.mergedIntoId) continue;
    const name = normalise(skill.name);
    const score = name.startsWith(q) ? 0 : name.split(/[\s/()-]+/).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : normalise(skill.category).includes(q) ? 3 : -1;
    if (score < 0) continue;
    const target = survivingSkill(skill, byId);
    if (target.retired) continue;
    scored.push({ match: { skill, target, note: target.id !== skill.id ? `Merged into ${target.name}` : undefined }, score: score + (target.id !== skill.id ? 0.5 : 0) });
  }
  const seenTargets = new Set<string>();
  return scored
    .sort((a, b) => a.score - b.score || a.match.skill.name.localeCompare(b.match.skill.name))
    .filter(({ match }) => !seenTargets.has(match.target.id) && seenTargets.add(match.target.id))
    .slice(0, limit)
    .map(({ match }) => match);
}

export interface RankedPerson {
  readonly person: Person;
  readonly unit?: Unit;
  readonly rating: EffectiveRating;
}

/** The date that says how recent a rating is: last review, else when it was last saved. */
const recency = (r: EffectiveRating): string => r.lastReviewed ?? (r.manager ?? r.self)?.modified.slice(0, 10) ?? '';

/**
 * People rated in `skillId` at `minLevel` or above, best first: higher level, then validated before
 * self-assessed, then more recently reviewed, then name.
 */
export function rankPeopleFor(
  skillId: SkillId,
  ratings: Iterable<EffectiveRating>,
  people: readonly Person[],
  units: readonly Unit[],
  minLevel = 1,
): RankedPerson[] {
  const personById = new Map(people.map((p) => [p.id as string, p]));
  const unitById = new Map(units.map((u) => [u.id as string, u]));
  const out: RankedPerson[] = [];
  for (const rating of ratings) {
    if (rating.skillId !== skillId || rating.level < minLevel) continue;
    const person = personById.get(rating.personId);
    if (!person) continue;
    out.push({ person, unit: person.unitId ? unitById.get(person.unitId) : undefined, rating });
  }
  return out.sort(
    (a, b) =>
      b.rating.level - a.rating.level ||
      Number(b.rating.validated) - Number(a.rating.validated) ||
      recency(b.rating).localeCompare(recency(a.rating)) ||
      a.person.name.localeCompare(b.person.name),
  );
}
