/**
 * Reads a chosen plan file into rows of text: CSV directly, XLSX (first worksheet) through exceljs,
 * which is loaded only now. Dates in cells become `YYYY-MM-DD`.
 */
import { tableFromCsv, tableFromRows, type ImportTable } from '../../../../domain/actions/import/table';
import { unsupportedError } from '../../../../domain/errors';
import { loadExcelJS } from '../export/workbook';

export async function readPlanFile(file: File): Promise<ImportTable> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return tableFromCsv(await file.text());
  if (name.endsWith('.xlsx')) return tableFromRows(await xlsxRows(await file.arrayBuffer()));
  throw unsupportedError(`"${file.name}" is not a CSV or Excel (.xlsx) file. Save the plan in one of those formats and choose it again.`);
}

async function xlsxRows(data: ArrayBuffer): Promise<string[][]> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    // Keep row numbers as Excel shows them, so errors name the right row.
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}
