/**
 * Rules an action must keep beyond its columns' own checks (which the data layer makes from the schema):
 * what the self-assessment needs (an explanation for every Red), reference form, dates inside the plan.
 */
import { HubError, type FieldIssue } from '../errors';
import type { Action, ActionPlan, Draft } from '../model';
import { isValidReference } from './references';
import { tryCanonical } from './statusSchemes';
import { normaliseTalentRef } from './talentRecommendations';

/** Errors stop a write; warnings are shown and may be accepted. */
export interface ActionCheck {
  readonly errors: readonly FieldIssue[];
  readonly warnings: readonly FieldIssue[];
}

type PlanRules = Pick<ActionPlan, 'title' | 'statusScheme' | 'periodStart' | 'periodEnd' | 'state'>;

/**
 * Checks an action (new or edited) against its plan. `siblings` are the plan's other actions, to catch a
 * reference used twice.
 */
export function checkAction(
  action: Draft<Action>,
  plan: PlanRules,
  siblings: readonly Pick<Action, 'id' | 'reference'>[] = [],
  selfId?: string,
): ActionCheck {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const reference = action.reference.trim();
  if (reference === '') errors.push({ field: 'reference', message: 'Give the action a reference, such as 1.1 or V5.' });
  else if (!isValidReference(reference))
    errors.push({ field: 'reference', message: `"${reference}" is not a reference; use a number like 1.1 or letters and a number like CD7.` });
  else if (siblings.some((s) => s.id !== selfId && s.reference.toLowerCase() === reference.toLowerCase()))
    errors.push({ field: 'reference', message: `Another action of this plan already has reference ${reference}.` });

  if (action.task.trim() === '') errors.push({ field: 'task', message: 'Describe the task: what will be done.' });
  if (action.title.trim() === '') errors.push({ field: 'title', message: 'Give the action a short title.' });

  if (action.ragStatus === 'Red' && !action.redExplanation?.trim())
    errors.push({ field: 'redExplanation', message: 'Explain why this action is Red: the self-assessment asks for a reason for every Red.' });

  if (action.statusLabel !== undefined) {
    const rag = tryCanonical(plan.statusScheme, action.statusLabel);
    if (rag === undefined) errors.push({ field: 'statusLabel', message: `"${action.statusLabel}" is not a status of the ${plan.statusScheme} scheme.` });
    else if (rag !== action.ragStatus)
      errors.push({ field: 'statusLabel', message: `Status "${action.statusLabel}" means ${rag}, but the RAG status says ${action.ragStatus}.` });
  }

  for (const ref of action.talentRefs)
    if (normaliseTalentRef(ref) !== ref) errors.push({ field: 'talentRefs', message: `"${ref}" is not a TALENT recommendation (R1 to R16).` });

  if (action.targetDate) {
    if (action.targetDate < plan.periodStart)
      warnings.push({ field: 'targetDate', message: `Target date ${action.targetDate} is before the plan starts (${plan.periodStart}).` });
    else if (action.targetDate > plan.periodEnd)
      warnings.push({ field: 'targetDate', message: `Target date ${action.targetDate} is after the plan ends (${plan.periodEnd}); it may need carrying forward.` });
  }
  return { errors, warnings };
}

/** Whether a plan's actions may still change: a Closed plan is the record of what was reported. */
export function isPlanOpen(plan: Pick<ActionPlan, 'state'>): boolean {
  return plan.state !== 'Closed';
}

/**
 * Refuses any change to an action of a Closed plan, with words a person can act on.
 * @throws HubError `validation` when the plan is Closed.
 */
export function ensurePlanOpen(plan: Pick<ActionPlan, 'state' | 'title'>): void {
  if (!isPlanOpen(plan)) throw closedPlanError(plan.title);
}

/** The error for a write to a Closed plan (its own factory so each carries its own stack). */
export function closedPlanError(planTitle: string): HubError {
  return new HubError('validation', `"${planTitle}" is closed: its actions are the record of what was reported and can no longer change. Edit the action in the plan that carried it forward.`, {
    issues: [{ field: 'plan', message: `"${planTitle}" is closed.` }],
  });
}
