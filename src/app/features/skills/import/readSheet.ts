/**
 * Reads an uploaded file into rows of cells: CSV through papaparse, XLSX through exceljs (imported
 * only when an XLSX is chosen). Formula cells give their result; rich text gives its text.
 */
import type { SheetRows } from '../../../../domain/skills/import/cells';

function plainCell(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || typeof value !== 'object') return value;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
  if ('result' in v) return plainCell(v.result);
  if (v.richText) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return v.text;
  if (v.error) return v.error;
  return String(value);
}

/** The first worksheet (XLSX) or the whole file (CSV) as rows. */
export async function readSheet(file: File): Promise<SheetRows> {
  if (/\.xlsx$/i.test(file.name)) {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    const ws = book.worksheets[0];
    if (!ws) return [];
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows[n - 1] = values.map(plainCell);
    });
    return Array.from(rows, (r) => r ?? []);
  }
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(await file.text(), { skipEmptyLines: false });
  return parsed.data;
}
