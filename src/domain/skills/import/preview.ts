/**
 * What an import found, before anything is written: the ratings it would make and every problem,
 * each naming its row and field.
 */
import type { FieldIssue } from '../../errors';
import type { PersonId, SkillId } from '../../ids';

export interface ImportedRating {
  /** 1-based row in the sheet, as a spreadsheet shows it. */
  readonly row: number;
  readonly personId: PersonId;
  readonly skillId: SkillId;
  readonly level: number;
  readonly wantsToDevelop?: boolean;
  readonly lastReviewed?: string;
  readonly certificateExpiry?: string;
}

export interface ImportPreview {
  readonly ratings: readonly ImportedRating[];
  readonly issues: readonly FieldIssue[];
  /** Headers of columns the mapping leaves out. */
  readonly ignoredColumns: readonly string[];
  /** Cells left blank (no rating), which are not errors. */
  readonly blankCells: number;
}

/** Reports a second rating of the same person and skill in one file. */
export function duplicateIssues(ratings: readonly ImportedRating[], describe: (r: ImportedRating) => string): FieldIssue[] {
  const first = new Map<string, number>();
  const issues: FieldIssue[] = [];
  for (const r of ratings) {
    const k = `${r.personId}|${r.skillId}`;
    const earlier = first.get(k);
    if (earlier !== undefined) issues.push({ row: r.row, field: 'skill', message: `${describe(r)} is already rated on row ${earlier}; keep one.` });
    else first.set(k, r.row);
  }
  return issues;
}
