/**
 * The gaps against targets as an XLSX workbook: one row a target with its reason, and the unit ×
 * skill heat map with the same colours as the page. exceljs is large, so it is loaded only when
 * someone exports.
 */
import type { Skill, Unit } from '../../../../domain/model';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { TARGET_STATUS_WORDS, targetGapRows, type TargetEvaluation, type TargetHeatMap } from '../../../../domain/skills/targets';
import { TARGET_COLOURS } from './targetColours';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Builds the workbook: "Gaps against targets" and "Heat map" sheets. */
export async function targetGapsWorkbook(evaluations: readonly TargetEvaluation[], map: TargetHeatMap, skills: readonly Skill[], units: readonly Unit[], labels: ProficiencyLabels): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Technician Hub';
  const gaps = book.addWorksheet('Gaps against targets', { views: [{ state: 'frozen', ySplit: 1 }] });
  const sheet = targetGapRows(evaluations, skills, units, labels);
  gaps.addRow([...sheet.header]).font = { bold: true };
  const statusCol = sheet.header.indexOf('Status') + 1;
  for (const row of sheet.rows) {
    const added = gaps.addRow([...row]);
    const status = (Object.keys(TARGET_STATUS_WORDS) as (keyof typeof TARGET_STATUS_WORDS)[]).find((k) => TARGET_STATUS_WORDS[k] === row[statusCol - 1]);
    if (status) {
      const cell = added.getCell(statusCol);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(TARGET_COLOURS[status].background) } };
      cell.font = { color: { argb: argb(TARGET_COLOURS[status].color) } };
    }
    added.getCell(sheet.header.length).alignment = { wrapText: true, vertical: 'top' };
  }
  [28, 30, 22, 14, 12, 10, 10, 10, 90].forEach((width, i) => (gaps.getColumn(i + 1).width = width));

  const heat = book.addWorksheet('Heat map', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  heat.addRow(['Unit / role', ...map.skills.map((s) => s.name)]).font = { bold: true };
  for (const row of map.rows) {
    const added = heat.addRow([row.label, ...map.skills.map((s) => {
      const cell = row.cells.get(s.id);
      if (!cell) return '';
      return cell.shortfall > 0 ? `${TARGET_STATUS_WORDS[cell.status]} (${cell.shortfall} short)` : TARGET_STATUS_WORDS[cell.status];
    })]);
    map.skills.forEach((s, i) => {
      const cell = row.cells.get(s.id);
      if (!cell) return;
      const target = added.getCell(i + 2);
      target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(TARGET_COLOURS[cell.status].background) } };
      target.font = { color: { argb: argb(TARGET_COLOURS[cell.status].color) } };
      target.note = cell.evaluations.map((e) => e.reason).join('\n');
    });
  }
  heat.getColumn(1).width = 32;
  for (let c = 2; c <= map.skills.length + 1; c++) heat.getColumn(c).width = 18;
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
