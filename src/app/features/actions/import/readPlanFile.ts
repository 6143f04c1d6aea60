/**
 * Reads a chosen plan file into tables of text, one per sheet: CSV directly, XLSX (every worksheet) through
 * exceljs, which is loaded only now. What the file is comes from its first bytes, not its name. Dates in
 * cells become `YYYY-MM-DD`. Runs in the import worker (planFile.worker.ts) so the tab keeps answering.
 */
import Papa from 'papaparse';
import { fileKind, refusedFile, tableProblem } from '../../../../domain/actions/import/fileCheck';
import { tableFromRows, type ImportTable } from '../../../../domain/actions/import/table';
import { loadExcelJS } from '../export/workbook';

/** One sheet of the file (a CSV has one, named after the file) and its table, or why it cannot be imported. */
export interface PlanSheet {
  readonly name: string;
  readonly table: ImportTable;
  readonly problem?: string;
}

/** Reads every sheet; `onProgress` is told the share done (0–1). Throws a refused-file error for what is not a plan file. */
export async function readPlanFile(file: File, onProgress: (share: number) => void = () => undefined): Promise<PlanSheet[]> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const kind = fileKind(file.name, file.size, head);
  if (kind.kind === 'refused') throw refusedFile(kind.message);
  const sheets = kind.kind === 'xlsx' ? await xlsxSheets(file, onProgress) : [{ name: file.name, table: tableFromRows(await csvRows(file, onProgress)) }];
  onProgress(1);
  return sheets.map((s) => ({ ...s, problem: tableProblem(sheets.length > 1 ? `Sheet “${s.name}”` : `"${file.name}"`, s.table) }));
}

async function csvRows(file: File, onProgress: (share: number) => void): Promise<string[][]> {
  const text = (await file.text()).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let next = 0;
  // Row by row, telling the progress now and then (every 2% of the text).
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      rows.push(result.data);
      const share = result.meta.cursor / text.length;
      if (share >= next) {
        onProgress(share * 0.9);
        next = share + 0.02;
      }
    },
  });
  return rows;
}

async function xlsxSheets(file: File, onProgress: (share: number) => void): Promise<{ name: string; table: ImportTable }[]> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  onProgress(0.1);
  try {
    await workbook.xlsx.load(await file.arrayBuffer());
  } catch {
    throw refusedFile(`"${file.name}" could not be read as an Excel workbook: this is not a CSV or Excel file. Save the plan from Excel as .xlsx or .csv and choose it again.`);
  }
  onProgress(0.6);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged cell holds its text once, in its top-left cell. Merged down a column (a theme or an
        // objective over several rows) it means the same on every row, so each row reads it; merged across
        // (a title line) it is read once.
        const master = cell.isMerged ? cell.master : cell;
        cells[col - 1] = master === cell ? cellText(cell.value) : master.col === cell.col ? cellText(master.value) : '';
      });
      // Keep row numbers as Excel shows them, so errors name the right row.
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    return { name: sheet.name, table: tableFromRows(Array.from(rows, (r) => r ?? [])) };
  });
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
