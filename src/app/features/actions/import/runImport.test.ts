import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hub, ListRepository } from '../../../../data/hub';
import { aPlan } from '../../../../domain/actions/__fixtures__/records';
import { suggestMapping } from '../../../../domain/actions/import/headerMapping';
import { previewImport } from '../../../../domain/actions/import/importPreview';
import { tableFromCsv } from '../../../../domain/actions/import/table';
import { conflictError } from '../../../../domain/errors';
import { asId } from '../../../../domain/ids';
import type { Action, ActionPlan, ActionUpdate, Draft, Stored } from '../../../../domain/model';
import { runImport } from './runImport';

/** An in-memory list with eTags, enough of the Hub's repositories for an import; `failUpdateOf` refuses one item's update as a concurrent change would. */
function memoryList<T extends Stored<string>>(items: T[], failUpdateOf?: () => string | undefined): ListRepository<T> {
  let nextId = 1000;
  const list = {
    listKey: 'actions',
    all: async () => [...items],
    where: async (filter: Record<string, unknown>) => items.filter((i) => Object.entries(filter).every(([k, v]) => (i as Record<string, unknown>)[k] === v)),
    get: async (id: string) => items.find((i) => i.id === id)!,
    create: async (draft: Draft<T>) => {
      const item = { ...draft, id: String((nextId += 1)), eTag: `"${nextId},1"`, created: '', modified: '' } as unknown as T;
      items.push(item);
      return item;
    },
    update: async (id: string, changes: Partial<Draft<T>>, eTag: string) => {
      const index = items.findIndex((i) => i.id === id);
      if (id === failUpdateOf?.() || items[index]!.eTag !== eTag) throw conflictError(`Item ${id} changed meanwhile.`);
      items[index] = { ...items[index]!, ...changes, eTag: `${eTag}+` };
      return items[index]!;
    },
    remove: async (id: string) => {
      items.splice(
        items.findIndex((i) => i.id === id),
        1,
      );
    },
    createMany: async (drafts: readonly Draft<T>[]) => Promise.all(drafts.map((d) => list.create(d))),
  };
  return list as unknown as ListRepository<T>;
}

const csv = readFileSync(join(__dirname, '../../../../../tests/fixtures/dmu-2021-24-action-plan.csv'), 'utf8');
const jane = { displayName: 'Jane Smith' };

/** A plan holding the fixture's first 20 actions, and the fixture with rows 2.1 and 3.1 edited: one new action and two updates. */
async function planWithTwentyActions(failUpdateOf?: () => string | undefined) {
  const plan = aPlan();
  const plans: ActionPlan[] = [plan];
  const actions: Action[] = [];
  const updates: ActionUpdate[] = [];
  const hub = { plans: memoryList(plans), actions: memoryList(actions, failUpdateOf), actionUpdates: memoryList(updates) } as unknown as Hub;
  const first = tableFromCsv(csv);
  const twenty = { ...first, rows: first.rows.slice(0, 20), rowNumbers: first.rowNumbers.slice(0, 20) };
  await runImport(hub, { kind: 'existing', plan }, previewImport(twenty, suggestMapping(first.headers), plan, []), 'first.csv', jane);
  const edited = tableFromCsv(csv.replace('2.1,"Seek', '2.1,"Now seek').replace(/(3\.1,"[^"]*",)[^,]*,/, '$1R,'));
  const preview = previewImport(edited, suggestMapping(edited.headers), plans[0]!, actions);
  return { hub, plan: plans[0]!, actions, updates, preview };
}

describe('writing an import', () => {
  it('adds the new actions, updates the changed ones and records each, a status change as from → to', async () => {
    const { hub, plan, actions, updates, preview } = await planWithTwentyActions();
    expect(preview.counts).toMatchObject({ create: 1, update: 2, unchanged: 18 });
    const result = await runImport(hub, { kind: 'existing', plan }, preview, 'second.csv', jane);
    expect(result).toMatchObject({ created: 1, updated: 2, skipped: 18 });
    expect(actions).toHaveLength(21);
    const statusMove = updates.find((u) => /updated 3\.1 from second\.csv/.test(u.summary));
    expect(statusMove).toMatchObject({ kind: 'Imported', fromStatus: 'Green', toStatus: 'Red' });
  });

  it('undoes everything when one update is refused: no action added, none changed', async () => {
    const refused: { id?: string } = {};
    const { hub, plan, actions, preview } = await planWithTwentyActions(() => refused.id);
    const before = actions.map((a) => ({ id: a.id, task: a.task, ragStatus: a.ragStatus }));
    refused.id = actions.find((a) => a.reference === '3.1')!.id;
    await expect(runImport(hub, { kind: 'existing', plan }, preview, 'second.csv', jane)).rejects.toMatchObject({ code: 'conflict' });
    expect(actions.map((a) => ({ id: a.id, task: a.task, ragStatus: a.ragStatus }))).toEqual(before);
  });

  it('removes the plan it created when the import fails', async () => {
    const plans: ActionPlan[] = [];
    const failing = memoryList<Action>([]);
    const hub = {
      plans: memoryList(plans),
      actions: { ...failing, createMany: () => Promise.reject(conflictError('Busy')) },
      actionUpdates: memoryList<ActionUpdate>([]),
    } as unknown as Hub;
    const table = tableFromCsv(csv);
    const { id: _id, eTag: _eTag, created: _c, modified: _m, ...draft } = aPlan({ id: asId('9') });
    await expect(runImport(hub, { kind: 'new', plan: draft }, previewImport(table, suggestMapping(table.headers), aPlan(), []), 'plan.csv', jane)).rejects.toThrow('Busy');
    expect(plans).toEqual([]);
  });
});
