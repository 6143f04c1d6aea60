/**
 * Plan cycles: a new plan starts from the previous one, carrying forward the actions chosen (by default
 * everything not complete — "will be amalgamated into the new plan"), each linked to its origin; the old
 * plan closes read-only.
 */
import type { ActionId, Clock, PlanId } from '../ids';
import type { Action, ActionPlan, ActionUpdate, Draft } from '../model';
import { validationError } from '../errors';
import { displayDate, isoDate } from './dates';
import { toLabel } from './statusSchemes';
import { ensurePlanOpen } from './validation';

/** The actions a new plan carries forward unless the person chooses otherwise: every one not Complete. */
export function defaultCarrySelection(actions: readonly Action[]): ReadonlySet<ActionId> {
  return new Set(actions.filter((a) => a.ragStatus !== 'Complete').map((a) => a.id));
}

/** The new plan as the wizard fills it in; state and link to the previous plan are set here. */
export type NewPlanInput = Omit<Draft<ActionPlan>, 'state' | 'previousPlanId'>;

export interface CarryForward {
  /** The new plan to create (Active, linked to the old one). */
  readonly plan: Draft<ActionPlan>;
  /** The change that closes the old plan. */
  readonly closeOldPlan: Pick<ActionPlan, 'state'>;
  /** The carried actions, once the new plan's id is known. */
  actionsFor(newPlanId: PlanId): Draft<Action>[];
  /** One "Carried forward" history record for each created action. */
  updatesFor(created: readonly Action[]): Draft<ActionUpdate>[];
  /** How many actions are carried. */
  readonly count: number;
}

/**
 * Plans the start of the next plan from `oldPlan`. The new actions keep reference, task, themes, owners and
 * status (in the new plan's words), link `originActionId` to the action they continue, and start with
 * empty evidence: evidence belongs to the period it was gathered in.
 * @throws HubError `validation` when the old plan is already Closed or the selection names foreign actions.
 */
export function carryForward(
  oldPlan: ActionPlan,
  actions: readonly Action[],
  selection: ReadonlySet<ActionId> | undefined,
  newPlan: NewPlanInput,
  clock: Clock,
): CarryForward {
  ensurePlanOpen(oldPlan);
  const chosen = selection ?? defaultCarrySelection(actions);
  const own = actions.filter((a) => a.planId === oldPlan.id);
  const unknown = [...chosen].filter((id) => !own.some((a) => a.id === id));
  if (unknown.length > 0)
    throw validationError(`${unknown.length} chosen action(s) are not in "${oldPlan.title}".`, [{ field: 'selection', message: 'Choose actions of the plan being closed.' }]);
  const carried = own.filter((a) => chosen.has(a.id));
  const when = displayDate(isoDate(clock()));
  const plan: Draft<ActionPlan> = { ...newPlan, state: 'Active', previousPlanId: oldPlan.id };

  return {
    plan,
    closeOldPlan: { state: 'Closed' },
    count: carried.length,
    actionsFor: (newPlanId) =>
      carried.map((a, index) => ({
        planId: newPlanId,
        title: a.title,
        reference: a.reference,
        talentRefs: a.talentRefs,
        themes: a.themes,
        task: a.task,
        mainTasks: a.mainTasks,
        outcome: a.outcome,
        successMeasures: a.successMeasures,
        timeframe: a.timeframe,
        // A target inside the old period has passed; the new plan sets its own.
        targetDate: a.targetDate && a.targetDate >= plan.periodStart ? a.targetDate : undefined,
        statusLabel: toLabel(plan.statusScheme, a.ragStatus),
        ragStatus: a.ragStatus,
        redExplanation: a.redExplanation,
        ownerIds: a.ownerIds,
        ownerRoles: a.ownerRoles,
        projectGroup: a.projectGroup,
        strategyAlignment: a.strategyAlignment,
        originActionId: a.id,
        sortOrder: a.sortOrder ?? index + 1,
      })),
    updatesFor: (created) =>
      created.map((a) => ({
        actionId: a.id,
        kind: 'Carried forward',
        summary: `${a.reference} carried forward from "${oldPlan.title}" on ${when}`,
        fromStatus: a.ragStatus,
        toStatus: a.ragStatus,
        note: carried.find((c) => c.id === a.originActionId)?.evidence,
      })),
  };
}

/**
 * The next plan as the wizard first suggests it: the day after the old plan ends, the same length, the
 * next stage, the same scheme, themes and pillars, and the title's years moved on ("2021-24" → "2024-27").
 */
export function suggestNextPlan(oldPlan: ActionPlan): NewPlanInput {
  const start = new Date(`${oldPlan.periodEnd}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const years = Math.max(1, Math.round((Date.parse(oldPlan.periodEnd) - Date.parse(oldPlan.periodStart)) / (365.25 * 86_400_000)));
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  end.setUTCDate(end.getUTCDate() - 1);
  const shift = (y: string) => String(Number(y) + years).slice(-y.length);
  const title = oldPlan.title.replace(/(\d{4})\s*([-–/])\s*(\d{2,4})/, (_, a: string, sep: string, b: string) => `${shift(a)}${sep}${shift(b)}`);
  return {
    title: title === oldPlan.title ? `${oldPlan.title} (next plan)` : title,
    institution: oldPlan.institution,
    periodStart: isoDate(start),
    periodEnd: isoDate(end),
    stage: oldPlan.stage === '1' ? '2' : '3',
    statusScheme: oldPlan.statusScheme,
    extraThemes: oldPlan.extraThemes,
    strategyPillars: oldPlan.strategyPillars,
    description: undefined,
  };
}
