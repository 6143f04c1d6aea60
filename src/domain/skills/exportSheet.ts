/**
 * The matrix as spreadsheet rows (the shape the import reads back): a header of skill names, one row
 * per person with their unit, levels as numbers, blank where unrated.
 */
import { UNRATED, type MatrixView, type SkillMatrix } from './matrix';

export interface MatrixSheet {
  /** Header rows: categories above skill names. */
  readonly header: readonly (readonly string[])[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** Rows for the people and skills the view shows, in its order. */
export function matrixSheet(m: SkillMatrix, view: MatrixView): MatrixSheet {
  const cols = Array.from(view.cols);
  const width = m.skills.length;
  const categories = ['', '', ...cols.map((c) => m.skills[c].category)];
  const names = ['Person', 'Unit', ...cols.map((c) => m.skills[c].name)];
  const unitOfRow = new Map<number, string>();
  for (const g of m.unitGroups) for (let r = g.start; r < g.end; r++) unitOfRow.set(r, g.label);
  const rows = Array.from(view.rows, (r) => [
    m.people[r].email,
    unitOfRow.get(r) ?? '',
    ...cols.map((c) => {
      const level = m.levels[r * width + c];
      return level === UNRATED ? null : level;
    }),
  ]);
  return { header: [categories, names], rows };
}
