/**
 * Reminders to an action's owners once its target date has passed and it is not complete.
 */
import type { Clock } from '../ids';
import type { Action, ActionPlan, Person } from '../model';
import { DEFAULT_TIME_ZONE, toWallTime } from './timeZone';

export interface ActionReminder {
  readonly action: Action;
  /** The owners to remind (people without an email cannot be reached and are left out). */
  readonly owners: readonly Person[];
  /** Whole days since the target date. */
  readonly daysOverdue: number;
}

export interface ReminderOptions {
  readonly timeZone?: string;
  /**
   * Only actions that became overdue at most this many days ago: run weekly with 7 and each
   * action is reminded once (the digest keeps listing everything overdue). Undefined = all.
   */
  readonly withinDays?: number;
  /** When given, actions of closed plans are left out: nobody is chased for a plan that has ended. */
  readonly plans?: readonly ActionPlan[];
}

/** Every open action of a current plan whose target date is before today (in the zone), most overdue first. */
export function overdueReminders(actions: readonly Action[], people: readonly Person[], clock: Clock, options: ReminderOptions = {}): ActionReminder[] {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const within = options.withinDays ?? Number.POSITIVE_INFINITY;
  const today = Date.parse(`${toWallTime(clock().toISOString(), timeZone).date}T00:00:00Z`);
  const byId = new Map(people.map((p) => [p.id, p]));
  const closedPlans = new Set((options.plans ?? []).filter((p) => p.state === 'Closed').map((p) => p.id));
  return actions
    .filter((a) => a.ragStatus !== 'Complete' && a.targetDate && !closedPlans.has(a.planId))
    .map((action) => ({
      action,
      owners: action.ownerIds.map((id) => byId.get(id)).filter((p): p is Person => Boolean(p?.email)),
      daysOverdue: Math.round((today - Date.parse(`${(action.targetDate as string).slice(0, 10)}T00:00:00Z`)) / 86_400_000),
    }))
    .filter((r) => r.daysOverdue > 0 && r.daysOverdue <= within)
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}
