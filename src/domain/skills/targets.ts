/**
 * Competency targets: what a unit or role needs ("two people at level 3 in Confocal microscopy in
 * Bioimaging"), measured against the effective ratings. Each target is met, at risk (met only by
 * someone expected to leave or by ratings nobody has validated) or not met, with a sentence that
 * says why — the gap against the target, not just who holds what.
 */
import { displayDate } from '../actions/dates';
import type { FieldIssue } from '../errors';
import type { SkillId, UnitId } from '../ids';
import type { Person, Skill, SkillTarget, Unit } from '../model';
import type { EffectiveRating } from './effective';
import { addMonthsToDay, todayOn } from '../siteDates';
import { MAX_LEVEL, type ProficiencyLabels } from './proficiency';
import { survivingSkill } from './whoCanDo';

export type TargetStatus = 'met' | 'atRisk' | 'notMet';

/** Worst first: the order a heat map cell and a report sort by. */
export const TARGET_STATUS_ORDER: Readonly<Record<TargetStatus, number>> = { notMet: 0, atRisk: 1, met: 2 };

export const TARGET_STATUS_WORDS: Readonly<Record<TargetStatus, string>> = { met: 'Met', atRisk: 'At risk', notMet: 'Not met' };

/** Someone who counts towards a target, and what makes their contribution uncertain (if anything). */
export interface TargetHolder {
  readonly person: Person;
  readonly level: number;
  readonly validated: boolean;
  /** `YYYY-MM-DD` when they are expected to leave within the horizon. */
  readonly leavingOn?: string;
}

export interface TargetEvaluation {
  readonly target: SkillTarget;
  /** The skill whose ratings count (a merged skill's survivor). */
  readonly skillId: SkillId;
  readonly status: TargetStatus;
  readonly reason: string;
  /** Everyone in scope at the level, best first. */
  readonly holders: readonly TargetHolder[];
  /** Holders who are validated and not leaving. */
  readonly secure: number;
  /** People still to find (or to validate / replace) for the target to be securely met. */
  readonly shortfall: number;
  /** How many people the target applies to. */
  readonly inScope: number;
}

export interface TargetOptions {
  readonly now: Date;
  readonly labels: ProficiencyLabels;
  /** Someone expected to leave within this many months does not count securely (default 12). */
  readonly leavingWithinMonths?: number;
  /** The site's time zone (IANA), whose calendar says what day it is; UTC's when not given. */
  readonly timeZone?: string;
}

export interface TargetInput {
  readonly targets: readonly SkillTarget[];
  readonly skills: readonly Skill[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  /** Effective ratings keyed by `cellKey(personId, skillId)`. */
  readonly ratings: ReadonlyMap<string, EffectiveRating>;
}

const sameRole = (a: string | undefined, b: string | undefined): boolean => !b || (!!a && a.trim().toLowerCase() === b.trim().toLowerCase());

/** Whether a target applies to a person: their unit (if the target names one) and their role (if it names one). */
export function targetAppliesTo(target: Pick<SkillTarget, 'unitId' | 'role'>, person: Person): boolean {
  return (!target.unitId || person.unitId === target.unitId) && sameRole(person.role, target.role);
}

/** "Bioimaging", "Senior technicians in Bioimaging", "Senior technicians", "The network". */
export function targetScopeName(target: Pick<SkillTarget, 'unitId' | 'role'>, unitById: ReadonlyMap<string, Unit>): string {
  const unitName = target.unitId ? unitById.get(target.unitId)?.name ?? 'An unknown unit' : undefined;
  const role = target.role?.trim();
  const roles = role ? `${role}${/s$/i.test(role) ? '' : 's'}` : undefined;
  if (unitName && roles) return `${roles} in ${unitName}`;
  return unitName ?? roles ?? 'The network';
}

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);
const listNames = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** What is wrong with a target before it is saved (empty when it can be). */
export function checkTarget(draft: Partial<Pick<SkillTarget, 'skillId' | 'minLevel' | 'peopleNeeded'>>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.skillId) issues.push({ field: 'skillId', message: 'Choose the skill the target is for.' });
  const level = draft.minLevel;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > MAX_LEVEL) issues.push({ field: 'minLevel', message: `Choose a minimum level from 1 to ${MAX_LEVEL}.` });
  const n = draft.peopleNeeded;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) issues.push({ field: 'peopleNeeded', message: 'Say how many people must hold it: a whole number, 1 or more.' });
  return issues;
}

/**
 * Evaluates every target. A holder counts securely when their rating is validated by their line
 * manager and they are not expected to leave within the horizon; a target is met when enough
 * holders count securely, at risk when it is met only with the uncertain ones, and not met otherwise.
 */
export function evaluateTargets(input: TargetInput, options: TargetOptions): TargetEvaluation[] {
  const { labels } = options;
  const months = options.leavingWithinMonths ?? 12;
  // Leaving dates are days on the site's calendar: so is today.
  const today = todayOn(options.now, options.timeZone);
  const horizon = addMonthsToDay(today, months);
  const skillById = new Map(input.skills.map((s) => [s.id as string, s]));
  const unitById = new Map(input.units.map((u) => [u.id as string, u]));
  const byUnit = new Map<string, Person[]>();
  for (const p of input.people) {
    const key = p.unitId ?? '';
    byUnit.set(key, [...(byUnit.get(key) ?? []), p]);
  }
  return input.targets.map((target) => {
    const named = skillById.get(target.skillId);
    const skill = named ? survivingSkill(named, skillById) : undefined;
    const skillId = (skill?.id ?? target.skillId) as SkillId;
    const pool = target.unitId ? byUnit.get(target.unitId) ?? [] : input.people;
    const scope = pool.filter((p) => targetAppliesTo(target, p));
    const holders: TargetHolder[] = [];
    for (const person of scope) {
      const rating = input.ratings.get(`${person.id}|${skillId}`);
      if (!rating || rating.level < target.minLevel) continue;
      const leaving = person.expectedLeavingDate?.slice(0, 10);
      holders.push({ person, level: rating.level, validated: rating.validated, leavingOn: leaving && leaving >= today && leaving <= horizon ? leaving : undefined });
    }
    holders.sort((a, b) => b.level - a.level || Number(b.validated) - Number(a.validated) || a.person.name.localeCompare(b.person.name));
    const secureHolders = holders.filter((h) => h.validated && !h.leavingOn);
    const needed = target.peopleNeeded;
    const status: TargetStatus = secureHolders.length >= needed ? 'met' : holders.length >= needed ? 'atRisk' : 'notMet';
    const need = `${targetScopeName(target, unitById)} needs ${people(needed)} at ${labels[target.minLevel] ?? `level ${target.minLevel}`} (${target.minLevel}) or above in ${skill?.name ?? 'a skill no longer in the catalogue'}`;
    const names = (list: readonly TargetHolder[]) => listNames(list.map((h) => h.person.name));
    let reason: string;
    if (status === 'met') {
      reason = `${need}: ${names(secureHolders)} ${secureHolders.length === 1 ? 'holds' : 'hold'} it, validated and not expected to leave within ${months} months.`;
    } else if (status === 'atRisk') {
      const doubts = holders
        .filter((h) => !h.validated || h.leavingOn)
        .map((h) => `${h.person.name} ${[h.leavingOn && `is expected to leave on ${displayDate(h.leavingOn)}`, !h.validated && 'has a rating nobody has validated'].filter(Boolean).join(' and ')}`);
      reason = `${need}: ${holders.length} ${holders.length === 1 ? 'holds' : 'hold'} it but ${secureHolders.length === 0 ? 'none securely' : `only ${secureHolders.length} securely`} — ${doubts.join('; ')}.`;
    } else if (scope.length === 0) {
      reason = `${need}, but nobody is in it.`;
    } else if (holders.length === 0) {
      reason = `${need}: nobody of its ${people(scope.length)} is at that level (${people(needed)} short).`;
    } else {
      reason = `${need}: only ${names(holders)} ${holders.length === 1 ? 'is' : 'are'} at that level (${people(needed - holders.length)} short).`;
    }
    return { target, skillId, status, reason, holders, secure: secureHolders.length, shortfall: Math.max(0, needed - secureHolders.length), inScope: scope.length };
  });
}

/** One cell of the unit × skill heat map: the worst of the targets that meet there. */
export interface HeatCell {
  readonly status: TargetStatus;
  readonly shortfall: number;
  readonly evaluations: readonly TargetEvaluation[];
}

export interface HeatRow {
  /** `unitId|role` (either part may be empty). */
  readonly key: string;
  readonly label: string;
  readonly unitId?: UnitId;
  readonly role?: string;
  readonly cells: ReadonlyMap<string, HeatCell>;
}

export interface TargetHeatMap {
  /** Skills with at least one target, by name. */
  readonly skills: readonly Skill[];
  /** One row per unit (and per role, where a target names one), by label. */
  readonly rows: readonly HeatRow[];
  readonly counts: Readonly<Record<TargetStatus, number>>;
}

/** Arranges evaluations as rows (unit / role) × columns (skills) for the heat map and its export. */
export function targetHeatMap(evaluations: readonly TargetEvaluation[], skills: readonly Skill[], units: readonly Unit[]): TargetHeatMap {
  const unitById = new Map(units.map((u) => [u.id as string, u]));
  const skillById = new Map(skills.map((s) => [s.id as string, s]));
  const rows = new Map<string, { label: string; unitId?: UnitId; role?: string; cells: Map<string, TargetEvaluation[]> }>();
  const counts: Record<TargetStatus, number> = { met: 0, atRisk: 0, notMet: 0 };
  const columns = new Set<string>();
  for (const e of evaluations) {
    counts[e.status]++;
    const role = e.target.role?.trim() || undefined;
    const key = `${e.target.unitId ?? ''}|${role?.toLowerCase() ?? ''}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { label: targetScopeName(e.target, unitById), unitId: e.target.unitId, role, cells: new Map() }));
    row.cells.set(e.skillId, [...(row.cells.get(e.skillId) ?? []), e]);
    columns.add(e.skillId);
  }
  const heatRows: HeatRow[] = [...rows.entries()]
    .map(([key, r]) => ({
      key,
      label: r.label,
      unitId: r.unitId,
      role: r.role,
      cells: new Map(
        [...r.cells.entries()].map(([skillId, list]) => {
          const worst = list.reduce((a, b) => (TARGET_STATUS_ORDER[b.status] < TARGET_STATUS_ORDER[a.status] ? b : a));
          return [skillId, { status: worst.status, shortfall: list.reduce((n, e) => Math.max(n, e.shortfall), 0), evaluations: list }] as const;
        }),
      ),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const heatSkills = [...columns].map((id) => skillById.get(id)).filter((s): s is Skill => !!s).sort((a, b) => a.name.localeCompare(b.name));
  return { skills: heatSkills, rows: heatRows, counts };
}

/** The gaps as spreadsheet rows: one a target, worst first, with its reason. */
export function targetGapRows(evaluations: readonly TargetEvaluation[], skills: readonly Skill[], units: readonly Unit[], labels: ProficiencyLabels): { readonly header: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] } {
  const unitById = new Map(units.map((u) => [u.id as string, u]));
  const skillName = new Map(skills.map((s) => [s.id as string, s.name]));
  const sorted = [...evaluations].sort(
    (a, b) => TARGET_STATUS_ORDER[a.status] - TARGET_STATUS_ORDER[b.status] || b.shortfall - a.shortfall || targetScopeName(a.target, unitById).localeCompare(targetScopeName(b.target, unitById)),
  );
  return {
    header: ['Unit / role', 'Skill', 'Minimum level', 'People needed', 'Holding it', 'Securely', 'Short by', 'Status', 'Why'],
    rows: sorted.map((e) => [
      targetScopeName(e.target, unitById),
      skillName.get(e.skillId) ?? '',
      `${e.target.minLevel} · ${labels[e.target.minLevel] ?? ''}`,
      e.target.peopleNeeded,
      e.holders.length,
      e.secure,
      e.shortfall,
      TARGET_STATUS_WORDS[e.status],
      e.reason,
    ]),
  };
}
