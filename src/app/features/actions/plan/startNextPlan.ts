/**
 * Starting the next plan: close the old one (with its eTag, so a concurrent change stops us before
 * anything is written), create the new plan and its carried-forward actions all-or-nothing, then record
 * the history. A failure undoes what was done.
 */
import type { Hub } from '../../../../data/hub';
import { carryForward, type NewPlanInput } from '../../../../domain/actions/carryForward';
import type { ActionId } from '../../../../domain/ids';
import type { Action, ActionPlan } from '../../../../domain/model';
import { systemClock } from '../actionWrites';

export async function startNextPlan(
  hub: Hub,
  oldPlan: ActionPlan,
  actions: readonly Action[],
  selection: ReadonlySet<ActionId>,
  input: NewPlanInput,
  onProgress?: (done: number, total: number) => void,
): Promise<ActionPlan> {
  const plan = carryForward(oldPlan, actions, selection, input, systemClock);
  const closed = await hub.plans.update(oldPlan.id, plan.closeOldPlan, oldPlan.eTag);
  let created: ActionPlan | undefined;
  try {
    created = await hub.plans.create(plan.plan);
    const carried = plan.count > 0 ? await hub.actions.createMany(plan.actionsFor(created.id), { atomic: true, onProgress }) : [];
    if (carried.length > 0) await hub.actionUpdates.createMany(plan.updatesFor(carried));
    return created;
  } catch (error) {
    if (created) await hub.plans.remove(created.id).catch(() => undefined);
    await hub.plans.update(oldPlan.id, { state: oldPlan.state }, closed.eTag).catch(() => undefined);
    throw error;
  }
}
