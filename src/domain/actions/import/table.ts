/**
 * A plan file as rows of text, whatever it came from (CSV here; XLSX is read to the same shape in the tab).
 */
import Papa from 'papaparse';
import { suggestMapping } from './headerMapping';

export interface ImportTable {
  readonly headers: readonly string[];
  /** Data rows below the header row, each as long as the headers. */
  readonly rows: readonly (readonly string[])[];
  /** The file's row number (1-based, as a spreadsheet shows it) of each data row. */
  readonly rowNumbers: readonly number[];
  /** Text above the header row (a title line such as "… Action Plan 2018-2021"), one entry a row. */
  readonly preamble?: readonly string[];
}

/**
 * Finds the header row (files often start with a title line, as Hertfordshire's does) and returns the rows
 * below it. The header row is the first row in which at least two cells read as known column headers;
 * failing that, the first non-empty row.
 */
export function tableFromRows(raw: readonly (readonly string[])[]): ImportTable {
  const cleaned = raw.map((row) => row.map((cell) => (cell ?? '').toString().trim()));
  const nonEmpty = (row: readonly string[]) => row.some((c) => c !== '');
  let headerIndex = cleaned.findIndex((row, i) => i < 20 && suggestMapping(row).filter((m) => m.field !== 'ignore').length >= 2);
  if (headerIndex < 0) headerIndex = cleaned.findIndex(nonEmpty);
  if (headerIndex < 0) return { headers: [], rows: [], rowNumbers: [] };
  const headerRow = cleaned[headerIndex]!;
  const width = Math.max(...cleaned.slice(headerIndex).map((r) => r.length));
  const headers = Array.from({ length: width }, (_, i) => headerRow[i] ?? '');
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  cleaned.forEach((row, i) => {
    if (i <= headerIndex || !nonEmpty(row)) return;
    rows.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
    rowNumbers.push(i + 1);
  });
  const preamble = cleaned.slice(0, headerIndex).map((r) => r.filter((c) => c !== '').join(' ')).filter((t) => t !== '');
  return { headers, rows, rowNumbers, ...(preamble.length > 0 ? { preamble } : {}) };
}

/** Reads CSV text (quoted cells with commas and line breaks included) into a table. */
export function tableFromCsv(text: string): ImportTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  return tableFromRows(parsed.data);
}
