/**
 * The preview's problems for people: grouped by kind with counts (a bad file gives thousands of errors of
 * a few kinds), and a downloadable report of every one with the cell as the file wrote it.
 */
import Papa from 'papaparse';
import type { FieldIssue } from '../../errors';
import type { ImportTable } from './table';

export interface IssueGroup {
  /** The column and the problem, the quoted cell left out: `Status: "…" is not a status of this plan`. */
  readonly kind: string;
  readonly count: number;
  /** Rows of the first few, for the summary line. */
  readonly rows: readonly number[];
}

/** Issues grouped by column and kind of problem, the most frequent first. */
export function groupIssues(issues: readonly FieldIssue[]): IssueGroup[] {
  const groups = new Map<string, { count: number; rows: number[] }>();
  for (const issue of issues) {
    const kind = `${issue.field}: ${issue.message.replace(/"[^"]*"/g, '"…"').replace(/\b[Rr]ow \d+/g, 'row …')}`;
    const group = groups.get(kind) ?? { count: 0, rows: [] };
    group.count += 1;
    if (group.rows.length < 5 && issue.row !== undefined) group.rows.push(issue.row);
    groups.set(kind, group);
  }
  return [...groups.entries()].map(([kind, g]) => ({ kind, ...g })).sort((a, b) => b.count - a.count);
}

/** Every issue as CSV: row, column, the cell as written, the problem. Opens in Excel beside the plan. */
export function issueReportCsv(issues: readonly FieldIssue[], table: ImportTable): string {
  const cellOf = (issue: FieldIssue) => {
    const r = issue.row === undefined ? -1 : table.rowNumbers.indexOf(issue.row);
    const c = table.headers.indexOf(issue.field);
    return r >= 0 && c >= 0 ? (table.rows[r]?.[c] ?? '') : '';
  };
  return Papa.unparse({ fields: ['Row', 'Column', 'Cell as written', 'Problem'], data: issues.map((i) => [i.row ?? '', i.field, cellOf(i), i.message]) });
}
