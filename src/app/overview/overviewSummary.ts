/**
 * The figures on the Overview, computed from plain repository reads. Pure: the caller passes
 * "today", so the same data always gives the same page.
 */
import type { Action, ActionPlan, HubEvent, Person, Skill, SkillRating, Unit } from '../../domain/model';
import { RAG_STATUSES, type RagStatus } from '../../domain/vocabulary';
import { countedRatings } from '../../domain/skills/effective';
import { findGaps } from '../../domain/skills/gaps';
import { DEFAULT_LABELS } from '../../domain/skills/proficiency';
import { addDaysToDay } from '../../domain/siteDates';

/** The plan the network is working to: the active one that started last. */
export function currentPlan(plans: readonly ActionPlan[]): ActionPlan | undefined {
  return plans
    .filter((plan) => plan.state === 'Active')
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.id.localeCompare(a.id, undefined, { numeric: true }))[0];
}

/** How many actions have each RAG status (every status present, zero when none). */
export function ragCounts(actions: readonly Action[]): Record<RagStatus, number> {
  const counts = Object.fromEntries(RAG_STATUSES.map((status) => [status, 0])) as Record<RagStatus, number>;
  for (const action of actions) counts[action.ragStatus] += 1;
  return counts;
}

export interface DueAction {
  readonly action: Action;
  /** The target date has passed and the action is not complete. */
  readonly overdue: boolean;
}

/**
 * Unfinished actions whose target date falls within `days` of `today` — overdue ones first, as
 * they need chasing — then by date and reference.
 */
export function actionsDueSoon(actions: readonly Action[], today: string, days = 30): DueAction[] {
  const horizon = addDaysToDay(today, days);
  return actions
    .filter((action) => action.ragStatus !== 'Complete' && action.targetDate !== undefined && action.targetDate.slice(0, 10) <= horizon)
    .map((action) => ({ action, overdue: (action.targetDate ?? '').slice(0, 10) < today }))
    .sort(
      (a, b) =>
        (a.action.targetDate ?? '').localeCompare(b.action.targetDate ?? '') ||
        a.action.reference.localeCompare(b.action.reference, undefined, { numeric: true }),
    );
}

/** Events still to come (or under way), not cancelled, soonest first. */
export function upcomingEvents(events: readonly HubEvent[], now: Date, limit = 5): HubEvent[] {
  const nowIso = now.toISOString();
  return events
    .filter((event) => !event.cancelled && event.end >= nowIso)
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, limit);
}

/**
 * Skills only one person holds at expert level: the network loses the skill if they leave. The
 * same finding as the Skills section's gap analysis (effective ratings, so a line manager's
 * current validation outranks the person's own rating, and a trusted importer's ratings count —
 * `countedRatings`, as the Skills pages use; retired skills do not count).
 */
export function soleExpertSkills(
  input: {
    readonly skills: readonly Skill[];
    readonly ratings: readonly SkillRating[];
    readonly people: readonly Person[];
    readonly units: readonly Unit[];
    /** Hub Settings' `ratingImporters` (`importersIn`). */
    readonly importers: readonly string[];
  },
  now: Date,
  timeZone?: string,
): Skill[] {
  const ratings = countedRatings(input, { now, timeZone });
  const single = new Set(
    findGaps({ skills: input.skills, people: input.people, units: input.units, ratings: ratings.values() }, { now, timeZone, labels: DEFAULT_LABELS })
      .filter((gap) => gap.kind === 'singleExpert')
      .map((gap) => gap.skillId as string),
  );
  return input.skills.filter((skill) => single.has(skill.id));
}
