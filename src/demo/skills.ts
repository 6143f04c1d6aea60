/**
 * Skill seeds: the catalogue placed in the units whose areas of work it belongs to, and marked as
 * needed by most of them — plus the deliberate gaps and single points of failure the demo shows.
 */
import { hashString } from './random';
import { demoSkillCatalogue, liverpoolSkillCatalogue, type SkillDefinition } from './skillCatalogue';
import type { DemoScale, SkillSeed } from './seeds';
import { unitProfiles, type UnitProfile } from './units';

/** A unit that needs a skill none of its own people has (the gap analysis should flag it). */
export interface SkillGap {
  readonly skill: string;
  readonly unit: string;
}

/** 'demo' gaps: skills a unit marks as needed while nobody in it is above "Aware". */
export const DEMO_GAPS: readonly SkillGap[] = [
  { skill: 'Flow cytometer', unit: 'School of Allied Health Sciences' },
  { skill: 'Laser safety', unit: 'Leicester School of Architecture' },
];

/** The catalogue of a demo world. */
export function skillCatalogue(scale: DemoScale): readonly SkillDefinition[] {
  return scale === 'demo' ? demoSkillCatalogue() : liverpoolSkillCatalogue();
}

/** True when people in this unit would plausibly hold this skill. */
export function skillFitsUnit(skill: SkillDefinition, unit: UnitProfile): boolean {
  return skill.areas === 'all' || skill.areas.some((area) => unit.areas.includes(area));
}

/** Skill seeds of a demo world; `soleExpertUnits` are made to need the skill their sole expert holds. */
export function skillSeeds(scale: DemoScale, soleExpertUnits: ReadonlyMap<string, string> = new Map()): SkillSeed[] {
  const units = unitProfiles(scale).filter((u) => u.kind !== 'Faculty' && u.kind !== 'Professional service');
  const gaps = scale === 'demo' ? DEMO_GAPS : [];
  return skillCatalogue(scale).map((skill) => {
    // Cross-cutting skills (first aid, line management) belong everywhere; listing every unit adds nothing.
    const placed = skill.areas === 'all' ? [] : units.filter((u) => skillFitsUnit(skill, u)).map((u) => u.name);
    const needed = new Set(skill.retired ? [] : placed.filter((name) => hashString(`${skill.name}|${name}`) % 3 !== 0));
    for (const gap of gaps) if (gap.skill === skill.name) needed.add(gap.unit);
    const expertUnit = soleExpertUnits.get(skill.name);
    if (expertUnit) needed.add(expertUnit);
    const neededBy = placed.filter((name) => needed.has(name));
    for (const name of needed) if (!neededBy.includes(name)) neededBy.push(name);
    return {
      name: skill.name,
      category: skill.category,
      units: placed,
      neededBy,
      description: skill.description,
      retired: skill.retired ?? false,
      mergedInto: skill.mergedInto,
    };
  });
}
