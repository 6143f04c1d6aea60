/* eslint-disable no-restricted-imports -- the test reads real plan files from tests/fixtures; the code under test stays pure */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asId, type ActionId, type PersonId, type PlanId } from '../../ids';
import type { Action } from '../../model';
import { aPlan } from '../__fixtures__/records';
import { suggestMapping } from './headerMapping';
import { importWrites, previewImport } from './importPreview';
import { tableFromCsv } from './table';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../tests/fixtures', name), 'utf8');
const dmuTable = tableFromCsv(fixture('dmu-2021-24-action-plan.csv'));
const hertsTable = tableFromCsv(fixture('herts-2018-21-action-plan.csv'));
const leedsTable = tableFromCsv(fixture('leeds-2021-24-action-plan.csv'));
const dmuPlan = aPlan();
const hertsPlan = aPlan({ id: asId<PlanId>('2'), title: 'Hertfordshire 2018-21', statusScheme: 'Delayed/In progress/Completed', periodStart: '2018-06-01', periodEnd: '2021-05-31' });

/** What the data layer would return after creating the drafts: stored actions with ids and eTags. */
function stored(drafts: readonly Omit<Action, 'id' | 'eTag' | 'created' | 'modified'>[]): Action[] {
  return drafts.map((d, i) => ({ ...d, id: asId<ActionId>(String(i + 1)), eTag: `"e${i}",1`, created: '', modified: '' }));
}

describe('import preview of De Montfort’s plan', () => {
  const preview = previewImport(dmuTable, suggestMapping(dmuTable.headers), dmuPlan, []);

  it('reads all 21 actions, none in error', () => {
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 21, update: 0, unchanged: 0, invalid: 0 });
    expect(preview.canImport).toBe(true);
  });

  it('reads reference, TALENT reference, status letter, strategy pillars and evidence', () => {
    const row = preview.rows.find((r) => r.action?.reference === '5.1')!;
    expect(row.row).toBe(6);
    expect(row.action).toMatchObject({
      talentRefs: ['R5'],
      statusLabel: 'Blue',
      ragStatus: 'Complete',
      strategyAlignment: ['Knowledge Creation', 'Partnerships with Purpose'],
      evidence: expect.stringMatching(/^Innovate UK funding/),
    });
    expect(row.action?.task).toMatch(/^Encourage and support Technicians/);
    expect(row.action?.title).toBe('Encourage and support Technicians to apply for external funding streams e.g.…');
  });

  it('creates no duplicates on a second import: unchanged rows are skipped, changed rows update', () => {
    const existing = stored(importWrites(preview, dmuPlan.id).creates);
    const again = previewImport(dmuTable, suggestMapping(dmuTable.headers), dmuPlan, existing);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 21 });
    expect(again.canImport).toBe(false);

    const edited = tableFromCsv(fixture('dmu-2021-24-action-plan.csv').replace('2.1,"Seek', '2.1,"Now seek'));
    const third = previewImport(edited, suggestMapping(edited.headers), dmuPlan, existing);
    expect(third.counts).toMatchObject({ create: 0, update: 1, unchanged: 20 });
    const update = third.rows.find((r) => r.outcome === 'update')!;
    expect(update.changedFields).toEqual(['title', 'task']);
    expect(importWrites(third, dmuPlan.id).updates).toEqual([
      {
        id: update.existing!.id,
        eTag: update.existing!.eTag,
        changes: expect.objectContaining({ task: expect.stringMatching(/^Now seek/) }),
        before: expect.objectContaining({ task: expect.stringMatching(/^Seek/) }),
      },
    ]);
  });

  it('names the row and the file’s own column for each bad cell, and then refuses the whole file', () => {
    const bad = tableFromCsv(
      fixture('dmu-2021-24-action-plan.csv').replace('R3.,', 'R19.,').replace('4.1,"Analyse', 'Four,"Analyse').replace(/,B,Empowering People\/ Digital/, ',Purple,Empowering People/ Digital'),
    );
    const result = previewImport(bad, suggestMapping(bad.headers), dmuPlan, []);
    expect(result.errors.map((e) => `Row ${e.row}, ${e.field}: ${e.message}`)).toEqual([
      'Row 4, TALENT reference: "R19." is not a TALENT recommendation; expected R1 to R16.',
      'Row 5, Action reference: "Four" is not a reference: a reference is up to four letters and a number (1.1, 15.3, V5, CD7), several separated by spaces or commas.',
      'Row 12, Status: "Purple" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.',
    ]);
    expect(result.canImport).toBe(false);
  });

  it('refuses a file that repeats a reference', () => {
    const twice = tableFromCsv(fixture('dmu-2021-24-action-plan.csv').replace('15.2,', '15.1,'));
    const result = previewImport(twice, suggestMapping(twice.headers), dmuPlan, []);
    expect(result.errors).toEqual([{ row: 17, field: 'Action reference', message: 'Row 17 repeats row 16 (reference 15.1).' }]);
  });
});

describe('import preview of Hertfordshire’s phased plan', () => {
  const mapping = suggestMapping(hertsTable.headers);
  const preview = previewImport(hertsTable, mapping, hertsPlan, []);
  const actions = preview.rows.filter((r) => r.action);

  it('finds the header row below the title line and reads 33 actions under 6 headings', () => {
    expect(hertsTable.headers[0]).toBe('Theme/Action');
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 33, heading: 6 });
  });

  it('takes section headings as themes, adding the plan’s own themes', () => {
    expect(preview.newThemes).toEqual(['Ongoing Actions', 'Technical Staff Wellbeing']);
    expect(actions[0]?.action?.themes).toEqual(['Ongoing Actions']);
    expect(actions.find((r) => r.action?.task.startsWith('Promote Professional Registration'))?.action?.themes).toEqual(['Recognition']);
  });

  it('gives unreferenced actions references from their theme', () => {
    expect(actions.slice(0, 2).map((r) => r.action?.reference)).toEqual(['OA1', 'OA2']);
    expect(actions.find((r) => r.action?.themes[0] === 'Career Development')?.action?.reference).toBe('CD1');
  });

  it('keeps every phase date with its phase heading in the timeframe, the last date as the target', () => {
    expect(actions[1]?.action).toMatchObject({ timeframe: 'Phase 2 (Jun 2018 - May 2019): Oct-18; Phase 3 (Jun 2019- Jun 2020): Jun-20', targetDate: '2020-06-30', ownerRoles: 'PL' });
  });

  it("reads Hertfordshire's status words, an empty status meaning not yet assessed (never Amber)", () => {
    expect(actions[0]?.action).toMatchObject({ statusLabel: 'Completed', ragStatus: 'Complete' });
    expect(actions[1]?.action).toMatchObject({ statusLabel: 'Not yet assessed', ragStatus: 'Not yet assessed' });
    expect(preview.notAssessed).toBe(30);
    // Hertfordshire's plan has no reference column: every action's OA1, CD1… is the hub's numbering, and the preview says so.
    expect(preview.numberedByHub).toBe(actions.length);
    const delayed = actions.find((r) => r.action?.ragStatus === 'Red')!;
    expect(delayed.warnings[0]?.message).toMatch(/Red without an explanation/);
  });

  it('matches unreferenced rows by their task on a second import', () => {
    const existing = stored(importWrites(preview, hertsPlan.id).creates);
    const again = previewImport(hertsTable, mapping, { ...hertsPlan, extraThemes: preview.newThemes }, existing);
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 33 });
  });
});

describe('import preview of Leeds’ 36-month plan, copied from Word', () => {
  const leedsPlan = aPlan({ id: asId<PlanId>('3'), title: 'Leeds 2021-24', statusScheme: 'Red/Amber/Green', periodStart: '2021-04-01', periodEnd: '2024-03-31' });
  const mapping = suggestMapping(leedsTable.headers);
  const preview = previewImport(leedsTable, mapping, leedsPlan, []);
  const byRef = (reference: string) => preview.rows.find((r) => r.action?.reference === reference);

  it('reads 27 actions from 35 rows, joining the 8 rows a cell or page break split off', () => {
    expect(leedsTable.headers).toEqual(['Action', 'Link to TC', 'Key Outputs', 'Timeframe', 'Person Responsible', 'Success Measures']);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 27, invalid: 0 });
    expect(preview.rows.flatMap((r) => r.warnings).filter((w) => /read as the rest of row/.test(w.message))).toHaveLength(8);
  });

  it('takes the theme and reference from "Link to TC", a second theme from the row below', () => {
    expect(byRef('R1')?.action?.themes).toEqual(['Recognition', 'Visibility']);
    expect(byRef('R1')?.warnings[0]).toEqual({ row: 9, field: 'Action', message: expect.stringMatching(/^Row 9 has no task.*rest of row 8/) });
    expect(byRef('V5')?.action?.themes).toEqual(['Visibility', 'Sustainability']);
    expect(byRef('V6')).toBeUndefined();
  });

  it('mends a sentence a page break cut in two', () => {
    expect(byRef('A3')?.action?.mainTasks).toBe('Identify a key member of the University Executive Group (UEG) to Champion technical staff and the Commitment');
    expect(byRef('R8')?.action?.mainTasks).toBe('Targeted support for technical staff applying for HEA Fellowships including mentors.\nProvide case studies showing how technicians have progressed into teaching roles.');
  });

  it('reads Leeds’ "All (A1)" as all four Commitment themes, not a new theme, and reads owners by role and timeframes', () => {
    expect(preview.newThemes).toEqual([]);
    expect(byRef('A1')?.action).toMatchObject({ themes: ['Visibility', 'Recognition', 'Career Development', 'Sustainability'], ownerRoles: 'Budget holder from TCWG', timeframe: 'Continuing action' });
    expect(preview.themeWords.find((w) => w.word === 'All')).toEqual({ word: 'All', themes: ['Visibility', 'Recognition', 'Career Development', 'Sustainability'], reason: 'all', actions: 7 });
  });

  it('keeps every reference: the second theme reference of a row and those of rows joined to it', () => {
    expect(byRef('V5')?.action?.otherReferences).toEqual(['S1']);
    expect(byRef('R1')?.action?.otherReferences).toEqual(['V6']);
    const kept = preview.rows.flatMap((r) => (r.action ? [r.action.reference, ...(r.action.otherReferences ?? [])] : []));
    for (const ref of ['S1', 'V6', 'V7', 'V8', 'V9', 'CD1', 'CD2', 'CD7']) expect(kept).toContain(ref);
  });

  it('makes the people an owner cell names owners, keeping the rest as roles', () => {
    const sophie = { id: asId<PersonId>('12'), name: 'Sophie Clarke', email: 'sophie.clarke@leeds.ac.uk' };
    const text = fixture('leeds-2021-24-action-plan.csv').replace('Continuing action,TCWG and Technician Champions', 'Continuing action,"Sophie Clarke, TCWG and Technician Champions"');
    const table = tableFromCsv(text);
    const result = previewImport(table, suggestMapping(table.headers), leedsPlan, [], [sophie]);
    expect(result.rows.find((r) => r.action?.reference === 'V1')?.action).toMatchObject({ ownerIds: [sophie.id], ownerRoles: 'TCWG and Technician Champions' });
    expect(result.rows.find((r) => r.action?.reference === 'V2')?.action).toMatchObject({ ownerIds: [], ownerRoles: "TCWG University's Communications team" });
  });

  it('still refuses a row without a task that has a reference of its own', () => {
    const text = fixture('leeds-2021-24-action-plan.csv').replace('Website,Visibility (V2)', ',Visibility (V2)');
    const table = tableFromCsv(text);
    const result = previewImport(table, suggestMapping(table.headers), leedsPlan, []);
    expect(result.errors).toEqual([{ row: 4, field: 'Action', message: 'The task is empty; every action needs one.' }]);
  });
});
