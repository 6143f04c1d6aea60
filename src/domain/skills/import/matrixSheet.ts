/**
 * The usual Excel shape of a skills matrix: one row per person, one column per skill, levels in the
 * cells (numbers or labels). Mapping says which column names the person and which skill each
 * other column is; columns mapped to nothing are ignored.
 */
import type { FieldIssue } from '../../errors';
import type { SkillId } from '../../ids';
import type { Person, Skill } from '../../model';
import { parseProficiency, type ProficiencyLabels } from '../proficiency';
import { cellText, personFinder, skillFinder, type SheetRows } from './cells';
import { duplicateIssues, type ImportedRating, type ImportPreview } from './preview';

export interface MatrixMapping {
  /** 0-based index of the header row (skill names). */
  readonly headerRow: number;
  readonly personColumn: number;
  /** Each skill column and the skill it maps to; no `skillId` = ignore the column. */
  readonly skillColumns: readonly { readonly column: number; readonly header: string; readonly skillId?: SkillId }[];
}

const PERSON_HEADER = /^(name|person|email|e-mail|technician|staff|employee|full name)/i;

/**
 * Guesses the mapping: the header is the first row naming a person column (else the first row with two
 * or more filled cells); skills match by name, retired names lead to the skill they were merged into.
 */
export function suggestMatrixMapping(rows: SheetRows, skills: readonly Skill[]): MatrixMapping {
  const named = rows.findIndex((r) => r.some((c) => PERSON_HEADER.test(cellText(c))));
  const headerRow = named >= 0 ? named : Math.max(0, rows.findIndex((r) => r.filter((c) => cellText(c) !== '').length >= 2));
  const header = (rows[headerRow] ?? []).map(cellText);
  const found = header.findIndex((h) => PERSON_HEADER.test(h));
  const personColumn = found >= 0 ? found : 0;
  const find = skillFinder(skills);
  const skillColumns = header
    .map((h, column) => ({ column, header: h, skillId: find(h)?.id }))
    .filter((c) => c.column !== personColumn && c.header !== '');
  return { headerRow, personColumn, skillColumns };
}

/** Reads every person row under the header; every cell problem names its row and skill column. */
export function parseMatrixSheet(
  rows: SheetRows,
  mapping: MatrixMapping,
  context: { readonly people: readonly Person[]; readonly skills: readonly Skill[]; readonly labels: ProficiencyLabels },
): ImportPreview {
  const findPerson = personFinder(context.people);
  const issues: FieldIssue[] = [];
  const ratings: ImportedRating[] = [];
  const mapped = mapping.skillColumns.filter((c) => c.skillId);
  const skillIds = new Set(context.skills.map((s) => s.id as string));
  for (const c of mapped) {
    if (!skillIds.has(c.skillId as string)) issues.push({ row: mapping.headerRow + 1, field: c.header, message: `Column “${c.header}” is mapped to a skill that no longer exists; map it again.` });
  }
  const seenSkill = new Map<string, string>();
  for (const c of mapped) {
    const other = seenSkill.get(c.skillId as string);
    if (other !== undefined) issues.push({ row: mapping.headerRow + 1, field: c.header, message: `Columns “${other}” and “${c.header}” are mapped to the same skill; map one of them to nothing.` });
    else seenSkill.set(c.skillId as string, c.header);
  }
  let blankCells = 0;
  for (let i = mapping.headerRow + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((c) => cellText(c) === '')) continue;
    const row = i + 1;
    const who = cellText(cells[mapping.personColumn]);
    const person = findPerson(who);
    if (!person.id) {
      issues.push({ row, field: 'Person', message: person.message ?? 'Unknown person.' });
      continue;
    }
    for (const c of mapped) {
      const parsed = parseProficiency(cells[c.column], context.labels);
      if (!parsed.ok) issues.push({ row, field: c.header, message: parsed.message });
      else if (parsed.level === undefined) blankCells++;
      else ratings.push({ row, personId: person.id, skillId: c.skillId as SkillId, level: parsed.level });
    }
  }
  const header = (r: ImportedRating): string => mapping.skillColumns.find((c) => c.skillId === r.skillId)?.header ?? 'this skill';
  issues.push(...duplicateIssues(ratings, (r) => `This person’s “${header(r)}”`));
  return {
    ratings,
    issues,
    ignoredColumns: mapping.skillColumns.filter((c) => !c.skillId).map((c) => c.header),
    blankCells,
  };
}
