/**
 * What a chosen plan file is, decided from its first bytes rather than its name (a PNG renamed .csv is
 * still a PNG), and the limits an import keeps to: far above any real plan, so a wrong file is refused at
 * once with a sentence saying why instead of freezing the tab.
 */
import { isHubError, validationError } from '../../errors';
import type { ImportTable } from './table';

/** Most data rows an import reads: real plans have tens of actions; a file of thousands is the wrong file. */
export const MAX_IMPORT_ROWS = 5_000;
/** Largest file read at all (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileKind = { readonly kind: 'csv' } | { readonly kind: 'xlsx' } | { readonly kind: 'refused'; readonly message: string };

const NOT_A_PLAN = 'this is not a CSV or Excel file. Save the plan from Excel as .xlsx or .csv and choose it again.';

const SIGNATURES: readonly (readonly [number[], string])[] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word (.doc) file'],
];

/**
 * The kind of a file from its first bytes (4 KB is enough) and its name: XLSX is a zip ("PK"); CSV is text
 * with no NUL bytes or control characters. Anything else is refused, naming what it looks like.
 */
export function fileKind(name: string, size: number, head: Uint8Array): FileKind {
  if (size === 0) return { kind: 'refused', message: `"${name}" is empty: there is nothing in it to import.` };
  if (size > MAX_IMPORT_BYTES)
    return { kind: 'refused', message: `"${name}" is ${(size / 1024 / 1024).toFixed(1)} MB; a plan file is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Check it is the plan and not an export of something larger.` };
  const starts = (sig: readonly number[]) => sig.every((b, i) => head[i] === b);
  const known = SIGNATURES.find(([sig]) => starts(sig));
  if (known) return { kind: 'refused', message: `"${name}" is ${known[1]}: ${NOT_A_PLAN}` };
  if (starts([0x50, 0x4b, 0x03, 0x04])) {
    // A zip: Excel's .xlsx (Word's .docx is a zip too, and fails to read as a workbook with its own message).
    return { kind: 'xlsx' };
  }
  const sample = head.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { kind: 'refused', message: `"${name}": ${NOT_A_PLAN}` };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control += 1;
  }
  if (control > sample.length / 100) return { kind: 'refused', message: `"${name}": ${NOT_A_PLAN}` };
  return { kind: 'csv' };
}

/**
 * Why a read table cannot be imported, in plain words: nothing in it, headings only, or more rows than a
 * plan has. Undefined when it can be. `what` names it as the sentence should: `"plan.csv"`, `Sheet “Notes”`.
 */
export function tableProblem(what: string, table: ImportTable): string | undefined {
  if (table.headers.every((h) => h === '')) return `${what} is empty: there is nothing in it to import.`;
  if (table.rows.length === 0)
    return `${what} has column headings (${table.headers.filter((h) => h !== '').join(', ')}) but no rows below them: add the plan's actions and choose it again.`;
  if (table.rows.length > MAX_IMPORT_ROWS)
    return `${what} has ${table.rows.length.toLocaleString('en-GB')} rows; an import reads at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. A plan has tens of actions: check this is the plan, or split the file.`;
  return undefined;
}

/** A refused file as the one error type (`validation`, marked `refusedFile` so the page can say it plainly). */
export function refusedFile(message: string) {
  return validationError(message, [{ field: REFUSED_FILE, message }]);
}

/** The issue field that marks a refused file. */
export const REFUSED_FILE = 'file';

/** The sentence saying why a file was refused, if `error` is such a refusal. */
export function refusalOf(error: unknown): string | undefined {
  return isHubError(error, 'validation') ? error.details.issues?.find((i) => i.field === REFUSED_FILE)?.message : undefined;
}
