/**
 * Writing an accepted import: all-or-nothing. New actions go in through `createMany({ atomic: true })`,
 * then updates of existing actions, each with its eTag so a concurrent change is refused, never
 * overwritten. If any write fails, everything the import did is undone by compensation (see `undoImport`).
 */
import type { Hub } from '../../../../data/hub';
import { importWrites, type ImportPreview } from '../../../../domain/actions/import/importPreview';
import { displayDate, isoDate } from '../../../../domain/actions/dates';
import type { Action, ActionPlan, ActionUpdate, Draft } from '../../../../domain/model';
import { systemClock } from '../actionWrites';

export type ImportTarget = { readonly kind: 'existing'; readonly plan: ActionPlan } | { readonly kind: 'new'; readonly plan: Draft<ActionPlan> };

export interface ImportResult {
  readonly plan: ActionPlan;
  readonly created: number;
  readonly updated: number;
  readonly skipped: number;
}

export async function runImport(
  hub: Hub,
  target: ImportTarget,
  preview: ImportPreview,
  fileName: string,
  editor: { displayName: string },
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  // The strategy pillars the file's actions align to become the plan's own list, so editing offers them.
  const pillarsIn = (known: readonly string[]) => [
    ...new Set(preview.rows.flatMap((r) => (r.outcome === 'create' || r.outcome === 'update' ? (r.action?.strategyAlignment ?? []) : [])).filter((p) => !known.includes(p))),
  ];
  let plan: ActionPlan;
  const planBefore = target.kind === 'existing' ? target.plan : undefined;
  if (target.kind === 'new') {
    const { extraThemes, strategyPillars } = target.plan;
    plan = await hub.plans.create({ ...target.plan, extraThemes: [...extraThemes, ...preview.newThemes], strategyPillars: [...strategyPillars, ...pillarsIn(strategyPillars)] });
  } else {
    plan = target.plan;
    const pillars = pillarsIn(plan.strategyPillars);
    if (preview.newThemes.length > 0 || pillars.length > 0)
      plan = await hub.plans.update(plan.id, { extraThemes: [...plan.extraThemes, ...preview.newThemes], strategyPillars: [...plan.strategyPillars, ...pillars] }, plan.eTag);
  }
  const { creates, updates } = importWrites(preview, plan.id);
  const total = creates.length + updates.length;
  let created: Action[] = [];
  const updated: { saved: Action; before: Partial<Draft<Action>> }[] = [];
  try {
    created = creates.length > 0 ? await hub.actions.createMany(creates, { atomic: true, onProgress: (done) => onProgress?.(done, total) }) : [];
    // Each update carries the eTag the preview read: a change made meanwhile stops the import here.
    for (const u of updates) {
      updated.push({ saved: await hub.actions.update(u.id, u.changes, u.eTag), before: u.before });
      onProgress?.(created.length + updated.length, total);
    }
  } catch (error) {
    await undoImport(hub, { target, plan, planBefore, created, updated });
    throw error;
  }
  const when = displayDate(isoDate(systemClock()));
  const history: Draft<ActionUpdate>[] = created.map((a) => ({
    actionId: a.id,
    kind: 'Imported',
    summary: `${editor.displayName} imported ${a.reference} from ${fileName} on ${when}`,
    toStatus: a.ragStatus,
  }));
  for (const { saved, before } of updated)
    history.push({
      actionId: saved.id,
      kind: 'Imported',
      summary: `${editor.displayName} updated ${saved.reference} from ${fileName} on ${when}`,
      // A status the file changes is a status move like any other: the history keeps from → to.
      fromStatus: before.ragStatus,
      toStatus: before.ragStatus ? saved.ragStatus : undefined,
      note: `Changed: ${Object.keys(before).join(', ')}`,
    });
  if (history.length > 0) await hub.actionUpdates.createMany(history);
  return { plan, created: created.length, updated: updates.length, skipped: preview.counts.unchanged };
}

/**
 * Puts things back as they were before a failed import (SharePoint has no transactions across items):
 * removes the actions it added, restores the fields it changed, and removes the plan it created or
 * restores the themes and pillars it added. Best effort: an undo step that fails leaves the rest to run.
 */
async function undoImport(
  hub: Hub,
  done: { target: ImportTarget; plan: ActionPlan; planBefore?: ActionPlan; created: readonly Action[]; updated: readonly { saved: Action; before: Partial<Draft<Action>> }[] },
): Promise<void> {
  const quietly = (p: Promise<unknown>) => p.catch(() => undefined);
  await Promise.all(done.updated.map(({ saved, before }) => quietly(hub.actions.update(saved.id, before, saved.eTag))));
  await Promise.all(done.created.map((a) => quietly(hub.actions.remove(a.id))));
  if (done.target.kind === 'new') await quietly(hub.plans.remove(done.plan.id));
  else if (done.planBefore && done.plan.eTag !== done.planBefore.eTag)
    await quietly(hub.plans.update(done.plan.id, { extraThemes: done.planBefore.extraThemes, strategyPillars: done.planBefore.strategyPillars }, done.plan.eTag));
}
