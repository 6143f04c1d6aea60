/**
 * Gap analysis for succession planning: single points of failure, experts about to leave and units
 * without a skill they need. Each finding carries a `why` sentence a steering group can read aloud.
 */
import { displayDate } from '../actions/dates';
import type { PersonId, SkillId, UnitId } from '../ids';
import type { Person, Skill, Unit } from '../model';
import type { EffectiveRating } from './effective';
import { addMonthsToDay, todayOn } from '../siteDates';
import { EXPERT_LEVEL, PRACTITIONER_LEVEL, type ProficiencyLabels } from './proficiency';

export type GapSeverity = 'high' | 'medium' | 'low';

const SEVERITY_ORDER: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };

export type GapKind = 'noExpert' | 'singleExpert' | 'expertsLeaving' | 'unitNeedsSkill';

export interface GapFinding {
  readonly kind: GapKind;
  readonly skillId: SkillId;
  readonly unitId?: UnitId;
  /** People the finding is about (the lone expert, the leavers). */
  readonly personIds: readonly PersonId[];
  /** 'high': nobody left (or never anybody); 'medium': one person left; 'low': two or more remain. */
  readonly severity: GapSeverity;
  readonly why: string;
}

export interface GapOptions {
  readonly now: Date;
  readonly labels: ProficiencyLabels;
  /** Look this many months ahead for expected leaving dates (default 12). */
  readonly leavingWithinMonths?: number;
  /** The level a unit needs someone at for a needed skill (default Practitioner, 2). */
  readonly neededLevel?: number;
  /** Count only validated ratings. */
  readonly validatedOnly?: boolean;
  /** The site's time zone (IANA), whose calendar says what day it is; UTC's when not given. */
  readonly timeZone?: string;
}

/** Every gap in the active catalogue, most severe first, then by skill name. */
export function findGaps(
  input: { readonly skills: readonly Skill[]; readonly people: readonly Person[]; readonly units: readonly Unit[]; readonly ratings: Iterable<EffectiveRating> },
  options: GapOptions,
): GapFinding[] {
  const { labels } = options;
  const expertLabel = labels[EXPERT_LEVEL];
  const neededLevel = options.neededLevel ?? PRACTITIONER_LEVEL;
  const months = options.leavingWithinMonths ?? 12;
  // Leaving dates are days on the site's calendar: so is today.
  const today = todayOn(options.now, options.timeZone);
  const horizon = addMonthsToDay(today, months);
  const personById = new Map(input.people.map((p) => [p.id as string, p]));
  const unitById = new Map(input.units.map((u) => [u.id as string, u]));
  const experts = new Map<string, Person[]>();
  /** `skillId|unitId` → someone in the unit is at the needed level. */
  const unitCovered = new Set<string>();
  for (const r of input.ratings) {
    if (options.validatedOnly && !r.validated) continue;
    const person = personById.get(r.personId);
    if (!person) continue;
    if (r.level >= EXPERT_LEVEL) experts.set(r.skillId, [...(experts.get(r.skillId) ?? []), person]);
    if (r.level >= neededLevel && person.unitId) unitCovered.add(`${r.skillId}|${person.unitId}`);
  }
  const findings: GapFinding[] = [];
  const active = input.skills.filter((s) => !s.retired);
  for (const skill of active) {
    const list = (experts.get(skill.id) ?? []).sort((a, b) => a.name.localeCompare(b.name));
    const unitOf = (p: Person): string => (p.unitId && unitById.get(p.unitId)?.name) || 'no unit';
    if (list.length === 0) {
      findings.push({ kind: 'noExpert', skillId: skill.id, personIds: [], severity: 'high', why: `Nobody is rated ${expertLabel} or above in ${skill.name}, so no one can be relied on to lead or train others in it.` });
    } else if (list.length === 1) {
      const [only] = list;
      findings.push({ kind: 'singleExpert', skillId: skill.id, personIds: [only.id], severity: 'medium', why: `Only ${only.name} (${unitOf(only)}) is rated ${expertLabel} or above in ${skill.name}: a single point of failure if they are away or leave.` });
    }
    const leaving = list.filter((p) => p.expectedLeavingDate && p.expectedLeavingDate.slice(0, 10) >= today && p.expectedLeavingDate.slice(0, 10) <= horizon);
    if (leaving.length > 0) {
      const remain = list.length - leaving.length;
      const dates = leaving.map((p) => `${p.name} (${displayDate(p.expectedLeavingDate ?? '')})`);
      findings.push({
        kind: 'expertsLeaving',
        skillId: skill.id,
        personIds: leaving.map((p) => p.id),
        severity: remain === 0 ? 'high' : remain === 1 ? 'medium' : 'low',
        why: `${leaving.length} of ${list.length} ${expertLabel}-level ${list.length === 1 ? 'person' : 'people'} in ${skill.name} ${leaving.length === 1 ? 'is' : 'are'} expected to leave within ${months} months: ${dates.join(', ')}; ${remain === 0 ? 'nobody' : remain} would remain.`,
      });
    }
    for (const unitId of skill.neededByUnitIds) {
      if (unitCovered.has(`${skill.id}|${unitId}`)) continue;
      const unit = unitById.get(unitId);
      const headcount = input.people.filter((p) => p.unitId === unitId).length;
      findings.push({
        kind: 'unitNeedsSkill',
        skillId: skill.id,
        unitId,
        personIds: [],
        severity: 'high',
        why: `${unit?.name ?? 'A unit'} rates ${skill.name} as needed, but none of its ${headcount} ${headcount === 1 ? 'person is' : 'people are'} rated ${labels[neededLevel]} or above.`,
      });
    }
  }
  const skillName = new Map(active.map((s) => [s.id as string, s.name]));
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (skillName.get(a.skillId) ?? '').localeCompare(skillName.get(b.skillId) ?? ''));
}
