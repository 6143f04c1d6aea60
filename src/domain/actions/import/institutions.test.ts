/* eslint-disable no-restricted-imports -- the test reads real and hand-written plan files from tests/fixtures */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asId, type PlanId } from '../../ids';
import { aPlan } from '../__fixtures__/records';
import { lostCells } from '../__fixtures__/lostCells';
import { suggestMapping } from './headerMapping';
import { previewImport, type ImportPlan } from './importPreview';
import { tableFromCsv } from './table';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../tests/fixtures', name), 'utf8');

interface Shape {
  readonly file: string;
  readonly plan: ImportPlan;
}

// Six plans, each shaped as its institution writes it: the demo's three and three more (dates and themes in
// words, no references, no status, bulleted cells, merged cells copied from Word with themes as headings).
const SHAPES: readonly Shape[] = [
  { file: 'dmu-2021-24-action-plan.csv', plan: aPlan() },
  { file: 'herts-2018-21-action-plan.csv', plan: aPlan({ id: asId<PlanId>('2'), statusScheme: 'Delayed/In progress/Completed', periodStart: '2018-06-01', periodEnd: '2021-05-31' }) },
  { file: 'leeds-2021-24-action-plan.csv', plan: aPlan({ id: asId<PlanId>('3'), statusScheme: 'Red/Amber/Green', periodStart: '2021-04-01', periodEnd: '2024-03-31' }) },
  { file: 'northshire-2020-23-action-plan.csv', plan: aPlan({ id: asId<PlanId>('4'), statusScheme: 'Red/Amber/Green', periodStart: '2020-09-01', periodEnd: '2023-08-31' }) },
  { file: 'westbrook-2024-27-action-plan.csv', plan: aPlan({ id: asId<PlanId>('5'), statusScheme: 'Red/Amber/Green', periodStart: '2024-08-01', periodEnd: '2027-07-31' }) },
];

const read = (shape: Shape) => {
  const table = tableFromCsv(fixture(shape.file));
  const mapping = suggestMapping(table.headers);
  return { table, mapping, preview: previewImport(table, mapping, shape.plan, []) };
};

describe('Northshire’s plan: the action, theme and target date in words, bulleted support actions, no references or status', () => {
  const { mapping, preview } = read(SHAPES[3]!);
  const byTask = (start: string) => preview.rows.find((r) => r.action?.task.startsWith(start))?.action;

  it('maps the action column to the action and the support actions to its tasks, so nothing is dropped', () => {
    expect(Object.fromEntries(mapping.map((m) => [m.header, m.field]))).toEqual({ Action: 'task', Theme: 'themes', 'Target date': 'targetDate', 'Support actions': 'mainTasks', Lead: 'ownerRoles' });
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 6, invalid: 0 });
  });

  it('reads dates written in words, keeping the words as the timeframe', () => {
    expect(byTask('Launch a technician network')).toMatchObject({ targetDate: '2020-12-11' });
    expect(byTask('Recognise technicians')).toMatchObject({ targetDate: '2020-11-30', timeframe: 'End of November 2020' });
    expect(byTask('Plan for succession')).toMatchObject({ targetDate: '2022-12-31' });
    expect(byTask('Offer apprenticeships')).toMatchObject({ targetDate: '2023-09-30' });
    const ongoing = preview.rows.find((r) => r.action?.task.startsWith('Celebrate'))!;
    expect(ongoing.action).toMatchObject({ timeframe: 'Ongoing', targetDate: undefined });
    expect(ongoing.warnings).toEqual([{ row: 8, field: 'Target date', message: '"Ongoing" is not a date: kept as the timeframe, so this action has no target date.' }]);
  });

  it('maps theme words onto the Commitment themes and lists each word with its themes', () => {
    expect(byTask('Create a career pathway')?.themes).toEqual(['Career Development']);
    expect(byTask('Plan for succession')?.themes).toEqual(['Visibility', 'Sustainability']);
    expect(byTask('Celebrate')?.themes).toEqual(['Visibility', 'Recognition', 'Career Development', 'Sustainability']);
    expect(preview.newThemes).toEqual([]);
    expect(preview.themeWords.map((w) => [w.word, w.themes.join(' + ')])).toContainEqual(['development', 'Career Development']);
  });

  it('uses the themes the person chose for a word in the preview, a word kept as itself becoming a new plan theme', () => {
    const table = tableFromCsv(fixture('northshire-2020-23-action-plan.csv'));
    const chosen = previewImport(table, mapping, SHAPES[3]!.plan, [], [], {
      themes: { development: ['Recognition', 'Career Development'], 'Visibility and sustainability': ['Visibility and sustainability'] },
    });
    const byStart = (start: string) => chosen.rows.find((r) => r.action?.task.startsWith(start))?.action;
    expect(byStart('Create a career pathway')?.themes).toEqual(['Recognition', 'Career Development']);
    expect(byStart('Plan for succession')?.themes).toEqual(['Visibility and sustainability']);
    expect(chosen.newThemes).toEqual(['Visibility and sustainability']);
    expect(chosen.themeWords.find((w) => w.word === 'development')).toMatchObject({ reason: 'chosen', actions: 1 });
  });

  it('keeps a two-line action whole, titled from it, and joins the continuation row below with a warning', () => {
    const row = preview.rows.find((r) => r.action?.task.startsWith('Recognise'))!;
    expect(row.action?.task).toBe('Recognise technicians in publications\nand research outputs');
    expect(row.action?.title).toBe('Recognise technicians in publications and research outputs');
    expect(row.action?.mainTasks).toBe('• Draft an authorship policy\n• Consult the research office\n• Review the policy after a year');
    expect(row.warnings[0]).toMatchObject({ row: 5, field: 'Action' });
  });

  it('imports every action as not yet assessed, and says how many', () => {
    expect(preview.notAssessed).toBe(6);
    expect(preview.rows.every((r) => !r.action || r.action.ragStatus === 'Not yet assessed')).toBe(true);
  });

  it('says how many references the hub numbered, since the file gives none', () => {
    const created = preview.rows.filter((r) => r.outcome === 'create');
    expect(created.length).toBeGreaterThan(0);
    expect(preview.numberedByHub).toBe(created.length);
  });
});

describe('Westbrook’s plan copied from Word: themes as heading rows, merged objective cells, mostly blank RAG', () => {
  const { mapping, preview } = read(SHAPES[4]!);

  it('reads the objective as the action and the actions column as its tasks', () => {
    expect(mapping.find((m) => m.header === 'Objective')?.field).toBe('task');
    expect(mapping.find((m) => m.header === 'Actions')?.field).toBe('mainTasks');
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 5, heading: 4 });
  });

  it('joins the row a merged objective cell left empty to the action above, its dates kept', () => {
    const row = preview.rows.find((r) => r.action?.task === 'Make technical roles visible to students')!;
    expect(row.action).toMatchObject({ mainTasks: 'Add technician profiles to every module page\nShow technicians on open-day tours', timeframe: 'Autumn 2024; Year 2', targetDate: '2026-07-31' });
    expect(row.warnings[0]?.message).toMatch(/^Row 4 has no task/);
  });

  it('reads blank and "Not assessed" statuses as not yet assessed, and seasons, quarters and academic years as dates', () => {
    const actions = preview.rows.flatMap((r) => (r.action ? [r.action] : []));
    expect(actions.map((a) => a.ragStatus)).toEqual(['Not yet assessed', 'Not yet assessed', 'Green', 'Not yet assessed', 'Amber']);
    expect(actions.map((a) => a.targetDate)).toEqual(['2026-07-31', '2025-09-30', '2025-07-31', undefined, '2026-07-31']);
    expect(actions.map((a) => a.sortOrder)).toEqual([1, 2, 3, 4, 5]);
    expect(preview.notAssessed).toBe(3);
  });
});

describe('every error of a row', () => {
  it('is listed, each naming the file’s column and quoting the cell', () => {
    const table = tableFromCsv('Action reference,TALENT reference,Tasks/Action,Target date,Status\n1.1,R19,Run a survey,31/02/2023,Purple\n');
    const result = previewImport(table, suggestMapping(table.headers), aPlan(), []);
    expect(result.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'TALENT reference: "R19" is not a TALENT recommendation; expected R1 to R16.',
      'Target date: "31/02/2023" is not a day that exists; write it as day/month/year, like 31/07/2024.',
      'Status: "Purple" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.',
    ]);
  });
});

describe('nothing is lost', () => {
  it.each(SHAPES.map((s) => [s.file, s] as const))('stores every non-empty cell of %s', (_, shape) => {
    const { table, mapping, preview } = read(shape);
    expect(preview.errors).toEqual([]);
    expect(lostCells(table, mapping, preview, shape.plan)).toEqual([]);
  });
});
