/**
 * The long shape: one row per rating with columns person, skill, level (and optionally wants to
 * develop, last reviewed, certificate expiry).
 */
import type { FieldIssue } from '../../errors';
import type { Person, Skill } from '../../model';
import { parseProficiency, type ProficiencyLabels } from '../proficiency';
import { cellText, parseDateCell, parseYesNo, personFinder, skillFinder, type SheetRows } from './cells';
import { duplicateIssues, type ImportedRating, type ImportPreview } from './preview';

export const LONG_FIELDS = ['person', 'skill', 'level', 'wantsToDevelop', 'lastReviewed', 'certificateExpiry'] as const;
export type LongField = (typeof LONG_FIELDS)[number];

/** Column index per field (0-based); the header is row 0. `person`, `skill` and `level` are required. */
export type LongMapping = Partial<Record<LongField, number>>;

const HEADER_PATTERNS: Record<LongField, RegExp> = {
  person: /^(person|name|email|e-mail|technician|staff)/i,
  skill: /^(skill|competenc)/i,
  level: /^(level|proficiency|rating|score)/i,
  wantsToDevelop: /(develop|wants|interest)/i,
  lastReviewed: /(review)/i,
  certificateExpiry: /(expir|certificate)/i,
};

/** People-facing names of the fields, for messages and the mapping form. */
export const LONG_FIELD_LABELS: Record<LongField, string> = {
  person: 'Person',
  skill: 'Skill',
  level: 'Level',
  wantsToDevelop: 'Wants to develop',
  lastReviewed: 'Last reviewed',
  certificateExpiry: 'Certificate expiry',
};

/** Guesses which column holds which field from the header row. */
export function suggestLongMapping(rows: SheetRows): LongMapping {
  const header = (rows[0] ?? []).map(cellText);
  const mapping: LongMapping = {};
  const used = new Set<number>();
  for (const field of LONG_FIELDS) {
    const i = header.findIndex((h, idx) => !used.has(idx) && HEADER_PATTERNS[field].test(h));
    if (i >= 0) {
      mapping[field] = i;
      used.add(i);
    }
  }
  return mapping;
}

/** Reads every row after the header; each problem names its row and field. */
export function parseLongCsv(
  rows: SheetRows,
  mapping: LongMapping,
  context: { readonly people: readonly Person[]; readonly skills: readonly Skill[]; readonly labels: ProficiencyLabels },
): ImportPreview {
  const missing = (['person', 'skill', 'level'] as const).filter((f) => mapping[f] === undefined);
  if (missing.length > 0) {
    return { ratings: [], issues: missing.map((f) => ({ row: 1, field: LONG_FIELD_LABELS[f], message: `Choose which column holds ${LONG_FIELD_LABELS[f].toLowerCase()}.` })), ignoredColumns: [], blankCells: 0 };
  }
  const findPerson = personFinder(context.people);
  const findSkill = skillFinder(context.skills);
  const issues: FieldIssue[] = [];
  const ratings: ImportedRating[] = [];
  let blankCells = 0;
  const cell = (cells: readonly unknown[], f: LongField): unknown => (mapping[f] === undefined ? undefined : cells[mapping[f] as number]);
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((c) => cellText(c) === '')) continue;
    const row = i + 1;
    const before = issues.length;
    const person = findPerson(cellText(cell(cells, 'person')));
    if (!person.id) issues.push({ row, field: 'Person', message: person.message ?? 'Unknown person.' });
    const skillText = cellText(cell(cells, 'skill'));
    const skill = findSkill(skillText);
    if (!skill) issues.push({ row, field: 'Skill', message: skillText === '' ? 'No skill given.' : `No skill “${skillText}” in the catalogue; add it first or correct the name.` });
    const level = parseProficiency(cell(cells, 'level'), context.labels);
    if (!level.ok) issues.push({ row, field: 'Level', message: level.message });
    const reviewed = parseDateCell(cell(cells, 'lastReviewed'));
    if (!reviewed.ok) issues.push({ row, field: 'Last reviewed', message: reviewed.message });
    const expiry = parseDateCell(cell(cells, 'certificateExpiry'));
    if (!expiry.ok) issues.push({ row, field: 'Certificate expiry', message: expiry.message });
    if (issues.length > before || !person.id || !skill || !level.ok) continue;
    if (level.level === undefined) {
      blankCells++;
      continue;
    }
    ratings.push({
      row,
      personId: person.id,
      skillId: skill.id,
      level: level.level,
      wantsToDevelop: parseYesNo(cell(cells, 'wantsToDevelop')),
      lastReviewed: reviewed.ok ? reviewed.date : undefined,
      certificateExpiry: expiry.ok ? expiry.date : undefined,
    });
  }
  issues.push(...duplicateIssues(ratings, () => 'This person and skill'));
  const header = (rows[0] ?? []).map(cellText);
  const usedColumns = new Set(Object.values(mapping));
  return { ratings, issues, ignoredColumns: header.filter((h, i) => h !== '' && !usedColumns.has(i)), blankCells };
}
