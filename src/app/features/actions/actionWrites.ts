/**
 * Writing actions: the domain decides what to write (changes + Action Update history), these functions
 * send it through the Hub. The history follows the change; a failed history write is reported but the
 * change itself stands, since SharePoint has no transactions across lists.
 */
import type { Hub } from '../../../data/hub';
import { createdUpdate, planActionEdit, type ActionEdit, type Editor } from '../../../domain/actions/actionEdits';
import { ensurePlanOpen } from '../../../domain/actions/validation';
import type { Clock } from '../../../domain/ids';
import type { Action, ActionPlan, Draft } from '../../../domain/model';

/** The tab's clock: the only place the actions feature reads the real time. */
export const systemClock: Clock = () => new Date();

/**
 * Saves an edit of an action with its eTag; a stale eTag rejects with a `conflict` HubError and nothing
 * is written. Returns the action as stored now.
 */
export async function saveActionEdit(hub: Hub, action: Action, plan: ActionPlan, edit: ActionEdit, editor: Editor, siblings: readonly Action[] = []): Promise<Action> {
  const write = planActionEdit(action, plan, edit, editor, systemClock, siblings);
  if (Object.keys(write.changes).length === 0) return action;
  const saved = await hub.actions.update(action.id, write.changes, action.eTag);
  if (write.updates.length > 0) await hub.actionUpdates.createMany(write.updates);
  return saved;
}

/** Adds an action to an open plan and records who added it. */
export async function addAction(hub: Hub, plan: ActionPlan, draft: Draft<Action>, editor: Editor): Promise<Action> {
  ensurePlanOpen(plan);
  const created = await hub.actions.create(draft);
  await hub.actionUpdates.create(createdUpdate(created, editor, systemClock));
  return created;
}
