/**
 * Downloads the matrix as an XLSX workbook. exceljs is large, so it is imported only when someone
 * asks for an export.
 */
import type { MatrixView, SkillMatrix } from '../../../../domain/skills/matrix';
import { matrixSheet } from '../../../../domain/skills/exportSheet';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { HEAT } from './heat';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Builds the workbook (levels as numbers, coloured like the heat map, a Levels sheet with the labels). */
export async function matrixWorkbook(matrix: SkillMatrix, view: MatrixView, labels: ProficiencyLabels): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const sheet = matrixSheet(matrix, view);
  const book = new ExcelJS.Workbook();
  book.creator = 'Technician Hub';
  const ws = book.addWorksheet('Skills matrix', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  for (const row of sheet.header) ws.addRow([...row]).font = { bold: true };
  for (const row of sheet.rows) {
    const added = ws.addRow([...row]);
    added.eachCell((cell, col) => {
      if (col <= 2 || typeof cell.value !== 'number') return;
      const heat = HEAT[cell.value];
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(heat.background) } };
      cell.font = { color: { argb: argb(heat.color) } };
      cell.alignment = { horizontal: 'center' };
    });
  }
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 28;
  ws.getRow(2).alignment = { textRotation: 90 };
  const legend = book.addWorksheet('Levels');
  legend.addRow(['Level', 'Label']).font = { bold: true };
  labels.forEach((label, level) => legend.addRow([level, label]));
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Saves the workbook through the browser's download. */
export async function downloadMatrix(matrix: SkillMatrix, view: MatrixView, labels: ProficiencyLabels, fileName: string): Promise<void> {
  const buffer = await matrixWorkbook(matrix, view, labels);
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
