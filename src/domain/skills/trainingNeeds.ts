/**
 * Training needs: for each person, the skills their unit or role needs (by its targets) above the
 * level they hold, plus what they said they want to develop; and, per skill, who needs it. This is
 * what a manager takes to a budget meeting.
 */
import { displayDate as displayDay } from '../actions/dates';
import type { PersonId, SkillId } from '../ids';
import type { Person, Skill, Unit } from '../model';
import type { EffectiveRating } from './effective';
import type { ProficiencyLabels } from './proficiency';
import { TARGET_STATUS_ORDER, targetAppliesTo, targetScopeName, type TargetEvaluation, type TargetStatus } from './targets';

export interface TrainingNeed {
  readonly personId: PersonId;
  readonly skillId: SkillId;
  /** Their effective level now (undefined: not rated). */
  readonly currentLevel?: number;
  /** The highest level a target in their scope asks for, when one does and they are below it. */
  readonly requiredLevel?: number;
  /** The worst status among those targets: a need behind an unmet target comes first. */
  readonly targetStatus?: TargetStatus;
  /** They ticked "wants to develop". */
  readonly wantsToDevelop: boolean;
  readonly why: string;
}

export interface TrainingNeedsInput {
  readonly evaluations: readonly TargetEvaluation[];
  readonly skills: readonly Skill[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  /** Effective ratings keyed by `cellKey(personId, skillId)`. */
  readonly ratings: ReadonlyMap<string, EffectiveRating>;
}

const rank = (n: TrainingNeed): number => (n.targetStatus ? TARGET_STATUS_ORDER[n.targetStatus] : 3) - (n.wantsToDevelop && n.requiredLevel !== undefined ? 0.5 : 0);

/**
 * Every training need of the people given (`forPeople`, default everyone), most pressing first per
 * person: behind an unmet target, then at risk, then met, then wishes alone.
 */
export function trainingNeeds(input: TrainingNeedsInput, labels: ProficiencyLabels, forPeople: readonly Person[] = input.people): TrainingNeed[] {
  const unitById = new Map(input.units.map((u) => [u.id as string, u]));
  const skillById = new Map(input.skills.map((s) => [s.id as string, s]));
  const wanted = new Set(forPeople.map((p) => p.id as string));
  const out: TrainingNeed[] = [];
  // Targets by unit ('' = targets naming no unit), so each person meets only the ones that can apply.
  const byUnit = new Map<string, TargetEvaluation[]>();
  for (const e of input.evaluations) byUnit.set(e.target.unitId ?? '', [...(byUnit.get(e.target.unitId ?? '') ?? []), e]);
  for (const person of forPeople) {
    const needs = new Map<string, { required: number; status: TargetStatus; because: string[] }>();
    for (const e of [...(byUnit.get('') ?? []), ...(person.unitId ? byUnit.get(person.unitId) ?? [] : [])]) {
      if (!targetAppliesTo(e.target, person)) continue;
      const level = input.ratings.get(`${person.id}|${e.skillId}`)?.level ?? 0;
      if (level >= e.target.minLevel) continue;
      const n = needs.get(e.skillId) ?? { required: 0, status: 'met' as TargetStatus, because: [] };
      n.required = Math.max(n.required, e.target.minLevel);
      if (TARGET_STATUS_ORDER[e.status] < TARGET_STATUS_ORDER[n.status]) n.status = e.status;
      n.because.push(`${targetScopeName(e.target, unitById)} needs ${e.target.peopleNeeded} at ${labels[e.target.minLevel]} (${e.status === 'met' ? 'met' : e.status === 'atRisk' ? 'at risk' : `${e.shortfall} short`})`);
      needs.set(e.skillId, n);
    }
    const mine: TrainingNeed[] = [];
    for (const [skillId, n] of needs) {
      const rating = input.ratings.get(`${person.id}|${skillId}`);
      const now = rating ? `now ${rating.level} · ${labels[rating.level]}` : 'not rated yet';
      mine.push({
        personId: person.id,
        skillId: skillId as SkillId,
        currentLevel: rating?.level,
        requiredLevel: n.required,
        targetStatus: n.status,
        wantsToDevelop: rating?.wantsToDevelop ?? false,
        why: `${n.because.join('; ')}; ${now}${rating?.wantsToDevelop ? ', and wants to develop it' : ''}.`,
      });
    }
    out.push(...mine);
  }
  // Wishes not already covered by a target need.
  const covered = new Set(out.map((n) => `${n.personId}|${n.skillId}`));
  for (const [key, r] of input.ratings) {
    if (!r.wantsToDevelop || !wanted.has(r.personId) || covered.has(key)) continue;
    const skill = skillById.get(r.skillId);
    if (!skill || skill.retired) continue;
    out.push({ personId: r.personId, skillId: r.skillId, currentLevel: r.level, wantsToDevelop: true, why: `Wants to develop it; now ${r.level} · ${labels[r.level]}.` });
  }
  const order = new Map(forPeople.map((p, i) => [p.id as string, i]));
  const name = (id: string) => skillById.get(id)?.name ?? '';
  return out.sort((a, b) => (order.get(a.personId) ?? 0) - (order.get(b.personId) ?? 0) || rank(a) - rank(b) || name(a.skillId).localeCompare(name(b.skillId)));
}

export interface SkillDemand {
  readonly skillId: SkillId;
  /** Everyone needing it (by a target or a wish), in the order of the needs given. */
  readonly needs: readonly TrainingNeed[];
  /** How many of them are behind an unmet or at-risk target. */
  readonly urgent: number;
}

/** Per skill, who needs it: most people first. */
export function needsBySkill(needs: readonly TrainingNeed[], skills: readonly Skill[]): SkillDemand[] {
  const bySkill = new Map<string, TrainingNeed[]>();
  for (const n of needs) bySkill.set(n.skillId, [...(bySkill.get(n.skillId) ?? []), n]);
  const name = new Map(skills.map((s) => [s.id as string, s.name]));
  return [...bySkill.entries()]
    .map(([skillId, list]) => ({ skillId: skillId as SkillId, needs: list, urgent: list.filter((n) => n.targetStatus === 'notMet' || n.targetStatus === 'atRisk').length }))
    .sort((a, b) => b.needs.length - a.needs.length || b.urgent - a.urgent || (name.get(a.skillId) ?? '').localeCompare(name.get(b.skillId) ?? ''));
}

/** One table of a report, the same for the page, the workbook and the Word document. */
export interface ReportTable {
  readonly title: string;
  readonly intro: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface TrainingNeedsReport {
  readonly title: string;
  readonly summary: string;
  readonly tables: readonly ReportTable[];
}

const STATUS_WORDS: Record<TargetStatus, string> = { notMet: 'Target not met', atRisk: 'Target at risk', met: 'Target met' };

/**
 * A unit's training needs as a manager takes them to a budget meeting: per skill, how many people
 * need it and who could train them; then per person, each need with its reason.
 */
export function trainingNeedsReport(
  input: {
    readonly unit: Unit;
    readonly needs: readonly TrainingNeed[];
    readonly people: readonly Person[];
    readonly skills: readonly Skill[];
    /** Names of the best mentors for a person and skill (see `mentorFinder`). */
    readonly mentorsFor?: (person: Person, skillId: SkillId) => readonly string[];
  },
  labels: ProficiencyLabels,
  today: string,
): TrainingNeedsReport {
  const personById = new Map(input.people.map((p) => [p.id as string, p]));
  const skillName = new Map(input.skills.map((s) => [s.id as string, s.name]));
  const level = (n: number | undefined) => (n === undefined ? 'Not rated' : `${n} · ${labels[n]}`);
  const demand = needsBySkill(input.needs, input.skills);
  const people = new Set(input.needs.map((n) => n.personId));
  const bySkill: ReportTable = {
    title: 'Skills needed',
    intro: 'Each skill someone in the unit needs for a target or wants to develop, with how many people and who could train them (validated at the top level, nearest first).',
    headers: ['Skill', 'People', 'Behind an unmet or at-risk target', 'Who needs it', 'Who could train them'],
    rows: demand.map((d) => {
      const first = personById.get(d.needs[0].personId);
      const mentors = first && input.mentorsFor ? input.mentorsFor(first, d.skillId).slice(0, 3) : [];
      return [skillName.get(d.skillId) ?? '', d.needs.length, d.urgent, d.needs.map((n) => personById.get(n.personId)?.name ?? '').join(', '), mentors.join(', ') || 'Nobody validated at the top level'];
    }),
  };
  const byPerson: ReportTable = {
    title: 'Needs by person',
    intro: 'For each person, the skills their unit or role needs above their level (most pressing first), then what they want to develop.',
    headers: ['Person', 'Skill', 'Now', 'Needed', 'Why'],
    rows: input.needs.map((n) => [
      personById.get(n.personId)?.name ?? '',
      skillName.get(n.skillId) ?? '',
      level(n.currentLevel),
      n.requiredLevel === undefined ? 'Wants to develop' : `${level(n.requiredLevel)} (${STATUS_WORDS[n.targetStatus ?? 'met']})`,
      n.why,
    ]),
  };
  return {
    title: `Training needs: ${input.unit.name}`,
    summary: `${input.needs.length} ${input.needs.length === 1 ? 'need' : 'needs'} of ${people.size} ${people.size === 1 ? 'person' : 'people'} in ${demand.length} ${demand.length === 1 ? 'skill' : 'skills'}, as of ${displayDay(today)}.`,
    tables: [bySkill, byPerson],
  };
}
