/**
 * Coverage of the catalogue, by category and by unit, for the charts on the Gaps page.
 */
import type { UnitId } from '../ids';
import type { Person, Skill, Unit } from '../model';
import { SKILL_CATEGORIES } from '../vocabulary';
import type { EffectiveRating } from './effective';
import { EXPERT_LEVEL, PRACTITIONER_LEVEL } from './proficiency';

export interface CategoryCoverage {
  readonly category: string;
  readonly skills: number;
  /** Skills with at least one person at Practitioner or above. */
  readonly practised: number;
  /** Skills with at least two people at Expert or above (no single point of failure). */
  readonly resilient: number;
}

export interface UnitCoverage {
  readonly unitId: UnitId;
  readonly unit: string;
  readonly people: number;
  /** Skills at least one person in the unit practises (Practitioner or above). */
  readonly skillsPractised: number;
  readonly skillsNeeded: number;
  readonly neededCovered: number;
}

/** Coverage per category (catalogue order) and per unit (A–Z), over active skills. */
export function coverage(input: {
  readonly skills: readonly Skill[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly ratings: Iterable<EffectiveRating>;
}): { byCategory: CategoryCoverage[]; byUnit: UnitCoverage[] } {
  const active = input.skills.filter((s) => !s.retired);
  const unitOf = new Map(input.people.map((p) => [p.id as string, p.unitId]));
  const practisedBy = new Map<string, number>();
  const expertsIn = new Map<string, number>();
  const unitPractises = new Set<string>();
  for (const r of input.ratings) {
    if (r.level >= PRACTITIONER_LEVEL) {
      practisedBy.set(r.skillId, (practisedBy.get(r.skillId) ?? 0) + 1);
      const unit = unitOf.get(r.personId);
      if (unit) unitPractises.add(`${unit}|${r.skillId}`);
    }
    if (r.level >= EXPERT_LEVEL) expertsIn.set(r.skillId, (expertsIn.get(r.skillId) ?? 0) + 1);
  }
  const categories = [...new Set(active.map((s) => s.category))].sort((a, b) => {
    const ra = (SKILL_CATEGORIES as readonly string[]).indexOf(a), rb = (SKILL_CATEGORIES as readonly string[]).indexOf(b);
    return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb) || a.localeCompare(b);
  });
  const byCategory = categories.map((category) => {
    const skills = active.filter((s) => s.category === category);
    return {
      category,
      skills: skills.length,
      practised: skills.filter((s) => (practisedBy.get(s.id) ?? 0) > 0).length,
      resilient: skills.filter((s) => (expertsIn.get(s.id) ?? 0) >= 2).length,
    };
  });
  const byUnit = [...input.units]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => {
      const needed = active.filter((s) => s.neededByUnitIds.includes(u.id));
      return {
        unitId: u.id,
        unit: u.name,
        people: input.people.filter((p) => p.unitId === u.id).length,
        skillsPractised: active.filter((s) => unitPractises.has(`${u.id}|${s.id}`)).length,
        skillsNeeded: needed.length,
        neededCovered: needed.filter((s) => unitPractises.has(`${u.id}|${s.id}`)).length,
      };
    });
  return { byCategory, byUnit };
}
