/**
 * Writing an accepted import: all-or-nothing. New actions go in through `createMany({ atomic: true })`
 * (undone by compensation if any fails); a plan created for the import is removed again on failure.
 * Updates of existing actions carry their eTags, so a concurrent change is refused, never overwritten.
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
  try {
    created = creates.length > 0 ? await hub.actions.createMany(creates, { atomic: true, onProgress: (done) => onProgress?.(done, total) }) : [];
  } catch (error) {
    if (target.kind === 'new') await hub.plans.remove(plan.id).catch(() => undefined);
    throw error;
  }
  const when = displayDate(isoDate(systemClock()));
  const history: Draft<ActionUpdate>[] = created.map((a) => ({
    actionId: a.id,
    kind: 'Imported',
    summary: `${editor.displayName} imported ${a.reference} from ${fileName} on ${when}`,
    toStatus: a.ragStatus,
  }));
  let done = created.length;
  for (const u of updates) {
    const saved = await hub.actions.update(u.id, u.changes, u.eTag);
    history.push({ actionId: saved.id, kind: 'Imported', summary: `${editor.displayName} updated ${saved.reference} from ${fileName} on ${when}`, note: `Changed: ${Object.keys(u.changes).join(', ')}` });
    onProgress?.((done += 1), total);
  }
  if (history.length > 0) await hub.actionUpdates.createMany(history);
  return { plan, created: created.length, updated: updates.length, skipped: preview.counts.unchanged };
}
