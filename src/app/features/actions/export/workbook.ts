/**
 * exceljs, loaded only when someone exports or imports a workbook. Its browser build is a UMD bundle, so
 * the bundler may hand it over as the module or as its `default`.
 */
import type * as ExcelJSModule from 'exceljs';

type ExcelJS = typeof ExcelJSModule;

export async function loadExcelJS(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.Workbook ? mod : (mod.default as ExcelJS);
}

/** Adds a sheet with a bold, frozen header row, wrapped text and sensible column widths. */
export function addTableSheet(workbook: ExcelJSModule.Workbook, name: string, headers: readonly string[], rows: readonly (readonly (string | number)[])[]): ExcelJSModule.Worksheet {
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = workbook.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(headers[i]?.length ?? 8, ...rows.map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(8, longest + 2));
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return sheet;
}
