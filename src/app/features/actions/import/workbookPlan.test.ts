/**
 * The sixth plan shape: Kingsgate's plan as an Excel workbook of several sheets — a cover sheet, then the
 * plan with a title merged across, the theme merged down over its actions, an objective merged over two
 * rows, references, dates in words and a mostly blank RAG column — read by the tab's own reader and
 * imported with nothing lost.
 */
import ExcelJS from 'exceljs';
import { lostCells } from '../../../../domain/actions/__fixtures__/lostCells';
import { aPlan } from '../../../../domain/actions/__fixtures__/records';
import { suggestMapping } from '../../../../domain/actions/import/headerMapping';
import { previewImport } from '../../../../domain/actions/import/importPreview';
import { asId, type PlanId } from '../../../../domain/ids';
import { readPlanFile } from './readPlanFile';
import { withSchemaChecks } from './schemaChecks';

async function kingsgateWorkbook(): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Introduction').addRows([['About this plan'], ['Agreed by the Technician Steering Group, June 2025.']]);
  const sheet = workbook.addWorksheet('Plan 2025-28');
  sheet.addRow(['Kingsgate University Technician Commitment Action Plan 2025-2028']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['Theme', 'Ref', 'Objective', 'How', 'By when', 'Owner', 'RAG']);
  sheet.addRow(['Visibility', 'K1', 'Make technicians visible on the website', 'Profiles for every team', 'March 2026', 'Comms', '']);
  sheet.addRow(['', 'K2', 'Run a technician showcase', 'Book the hall', 'Summer 2026', 'TSG', 'G']);
  sheet.mergeCells('A3:A4');
  sheet.addRow(['Career Development', 'K3', 'Fund professional registration\nfor every technician who asks', 'Budget line agreed', 'Year 1', 'Finance', '']);
  sheet.addRow(['', '', '', 'Review uptake', 'Year 2', '', '']);
  sheet.mergeCells('A5:A6');
  sheet.mergeCells('B5:B6');
  sheet.mergeCells('C5:C6');
  sheet.addRow(['Sustainability', 'K4', 'Plan for retirements', 'Succession review', '31/07/2027', 'HR', 'A']);
  return new File([await workbook.xlsx.writeBuffer()], 'kingsgate-plan.xlsx');
}

describe('Kingsgate’s workbook: several sheets, merged cells, references, dates in words, blank RAG', () => {
  const plan = aPlan({ id: asId<PlanId>('6'), statusScheme: 'Red/Amber/Green', periodStart: '2025-08-01', periodEnd: '2028-07-31' });

  it('offers both sheets and reads the plan, merged cells meaning the same on every row they span', async () => {
    const sheets = await readPlanFile(await kingsgateWorkbook());
    expect(sheets.map((s) => s.name)).toEqual(['Introduction', 'Plan 2025-28']);
    const { table } = sheets[1]!;
    expect(table.preamble).toEqual(['Kingsgate University Technician Commitment Action Plan 2025-2028']);
    const mapping = suggestMapping(table.headers);
    const preview = withSchemaChecks(previewImport(table, mapping, plan, []), mapping);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.flatMap((r) => (r.action ? [[r.action.reference, r.action.themes.join('+'), r.action.ragStatus, r.action.targetDate ?? '']] : []))).toEqual([
      ['K1', 'Visibility', 'Not yet assessed', '2026-03-31'],
      ['K2', 'Visibility', 'Green', '2026-08-31'],
      ['K3', 'Career Development', 'Not yet assessed', '2027-07-31'],
      ['K4', 'Sustainability', 'Amber', '2027-07-31'],
    ]);
    const k3 = preview.rows.find((r) => r.action?.reference === 'K3')!;
    expect(k3.action).toMatchObject({ task: 'Fund professional registration\nfor every technician who asks', mainTasks: 'Budget line agreed\nReview uptake', timeframe: 'Year 1; Year 2' });
    expect(k3.warnings[0]?.message).toMatch(/^Row 6 has no task, reference or status of its own, so it is read as the rest of row 5/);
    expect(lostCells(table, mapping, preview, plan)).toEqual([]);
  });
});
