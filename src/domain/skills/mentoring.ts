/**
 * Mentoring matches: for a skill someone needs or wants to develop, the people who can train others
 * in it — rated at the top of the scale and validated by their line manager — nearest first (same
 * unit, then same faculty), with those not expected to leave before those who are.
 */
import { displayDate } from '../actions/dates';
import type { SkillId } from '../ids';
import type { Person, Unit } from '../model';
import type { EffectiveRating } from './effective';
import { addMonthsToDay, todayOn } from '../siteDates';
import { MAX_LEVEL, type ProficiencyLabels } from './proficiency';

export type Closeness = 'sameUnit' | 'sameFaculty' | 'elsewhere';

export interface MentorMatch {
  readonly mentor: Person;
  readonly unit?: Unit;
  readonly rating: EffectiveRating;
  readonly closeness: Closeness;
  /** `YYYY-MM-DD` when they are expected to leave within the horizon. */
  readonly leavingOn?: string;
  readonly why: string;
}

export interface MentorOptions {
  readonly now: Date;
  readonly labels: ProficiencyLabels;
  /** Someone expected to leave within this many months is ranked after those who stay (default 12). */
  readonly leavingWithinMonths?: number;
  /** The level a mentor must be validated at (default the top of the scale, "Can train others"). */
  readonly mentorLevel?: number;
  /** The site's time zone (IANA), whose calendar says what day it is; UTC's when not given. */
  readonly timeZone?: string;
}

const CLOSENESS_ORDER: Record<Closeness, number> = { sameUnit: 0, sameFaculty: 1, elsewhere: 2 };

/** Finds mentors for any learner and skill; build once per data version, ask many times. */
export type MentorFinder = (learner: Person, skillId: SkillId) => MentorMatch[];

/** Indexes the validated top-level ratings by skill so each question costs only that skill's mentors. */
export function mentorFinder(
  input: { readonly people: readonly Person[]; readonly units: readonly Unit[]; readonly ratings: Iterable<EffectiveRating> },
  options: MentorOptions,
): MentorFinder {
  const level = options.mentorLevel ?? MAX_LEVEL;
  const personById = new Map(input.people.map((p) => [p.id as string, p]));
  const unitById = new Map(input.units.map((u) => [u.id as string, u]));
  const nameByEmail = new Map(input.people.map((p) => [p.email.toLowerCase(), p.name]));
  const today = todayOn(options.now, options.timeZone);
  const horizon = addMonthsToDay(today, options.leavingWithinMonths ?? 12);
  const bySkill = new Map<string, EffectiveRating[]>();
  for (const r of input.ratings) {
    if (r.level < level || !r.validated) continue;
    bySkill.set(r.skillId, [...(bySkill.get(r.skillId) ?? []), r]);
  }
  const label = options.labels[level];
  return (learner, skillId) => {
    const learnerUnit = learner.unitId ? unitById.get(learner.unitId) : undefined;
    const out: MentorMatch[] = [];
    for (const rating of bySkill.get(skillId) ?? []) {
      const mentor = personById.get(rating.personId);
      if (!mentor || mentor.id === learner.id) continue;
      const unit = mentor.unitId ? unitById.get(mentor.unitId) : undefined;
      const closeness: Closeness =
        unit && learnerUnit && unit.id === learnerUnit.id ? 'sameUnit' : unit?.faculty && learnerUnit?.faculty && unit.faculty === learnerUnit.faculty ? 'sameFaculty' : 'elsewhere';
      const leaving = mentor.expectedLeavingDate?.slice(0, 10);
      const leavingOn = leaving && leaving >= today && leaving <= horizon ? leaving : undefined;
      const where = closeness === 'sameUnit' ? `in your unit (${unit?.name})` : closeness === 'sameFaculty' ? `in ${unit?.name}, same faculty (${unit?.faculty})` : `in ${unit?.name ?? 'no unit given'}`;
      const by = rating.validation?.by && nameByEmail.get(rating.validation.by.toLowerCase());
      const validatedBy = by ? `, validated by ${by}` : ', validated';
      const why = `${rating.level} · ${options.labels[rating.level] ?? label}${validatedBy}${rating.validation ? ` on ${displayDate(rating.validation.on)}` : ''}; ${where}${leavingOn ? `; expected to leave on ${displayDate(leavingOn)}` : ''}.`;
      out.push({ mentor, unit, rating, closeness, leavingOn, why });
    }
    return out.sort(
      (a, b) =>
        CLOSENESS_ORDER[a.closeness] - CLOSENESS_ORDER[b.closeness] ||
        Number(!!a.leavingOn) - Number(!!b.leavingOn) ||
        (b.rating.validation?.on ?? '').localeCompare(a.rating.validation?.on ?? '') ||
        a.mentor.name.localeCompare(b.mentor.name),
    );
  };
}
