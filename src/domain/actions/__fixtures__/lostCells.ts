/**
 * The "nothing is lost" check of imported plans, shared by the domain's plan-shape tests and the tab's
 * workbook test.
 */
import { tryCanonical } from '../statusSchemes';
import { readList, readReferences, readTalentRefs, readThemeReferences } from '../import/cells';
import type { ColumnMapping } from '../import/headerMapping';
import type { ImportedAction, ImportPlan, ImportPreview } from '../import/importPreview';
import type { ImportTable } from '../import/table';
import { readWhen } from '../import/when';

/**
 * Nothing is lost: every non-empty cell of a mapped column is found in what would be stored for its row (or the
 * row it was joined to) — verbatim in a text field, or as the reference, status, themes, TALENT references or
 * date it was read as. The one column not stored is De Montfort's TALENT recommendation text, which is the
 * published text of the recommendation its reference (R1–R16) already names.
 */
export function lostCells(table: ImportTable, mapping: readonly ColumnMapping[], preview: ImportPreview, plan: ImportPlan): string[] {
  const actionOfRow = new Map<number, ImportedAction>();
  const headingRows = new Set<number>();
  for (const r of preview.rows) {
    if (r.outcome === 'heading') headingRows.add(r.row);
    if (!r.action) continue;
    actionOfRow.set(r.row, r.action);
    for (const w of r.warnings) if (/read as the rest of row/.test(w.message) && w.row !== undefined) actionOfRow.set(w.row, r.action);
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const lost: string[] = [];
  table.rows.forEach((cells, i) => {
    const rowNumber = table.rowNumbers[i]!;
    if (headingRows.has(rowNumber)) return;
    const action = actionOfRow.get(rowNumber);
    for (const m of mapping) {
      const cell = (cells[m.index] ?? '').trim();
      if (cell === '' || m.field === 'ignore' || m.field === 'talentText') continue;
      if (!action) {
        lost.push(`row ${rowNumber} ${m.header}: "${cell}" (no action)`);
        continue;
      }
      const refs = [action.reference, ...(action.otherReferences ?? [])];
      const text = flat([action.title, action.task, action.mainTasks, action.outcome, action.successMeasures, action.timeframe, action.ownerRoles, action.projectGroup, action.evidence].join(' | '));
      const themeWords = preview.themeWords;
      const themesOf = (word: string) => themeWords.find((w) => w.word.toLowerCase() === word.toLowerCase())?.themes ?? [word];
      const kept = (() => {
        switch (m.field) {
          case 'status':
            return tryCanonical(plan.statusScheme, cell) === action.ragStatus;
          case 'reference': {
            const r = readReferences(cell);
            return r.ok && r.value.every((x) => refs.includes(x));
          }
          case 'talentRefs': {
            const r = readTalentRefs(cell);
            return r.ok && r.value.every((x) => action.talentRefs.includes(x));
          }
          case 'themeAndReference': {
            const r = readThemeReferences(cell);
            return r.references.every((x) => refs.includes(x)) && r.themes.every((w) => themesOf(w).every((t) => action.themes.includes(t)));
          }
          case 'themes':
            return themesOf(cell).every((t) => action.themes.includes(t)) || readList(cell).every((w) => themesOf(w).every((t) => action.themes.includes(t)));
          case 'strategyAlignment':
            return readList(cell).every((x) => action.strategyAlignment.includes(x));
          case 'targetDate': {
            const when = readWhen(cell, plan.periodStart);
            return text.includes(flat(cell)) || (when.ok && when.dates.at(-1) === action.targetDate);
          }
          default:
            return text.includes(flat(cell));
        }
      })();
      if (!kept) lost.push(`row ${rowNumber} ${m.header}: "${cell}"`);
    }
  });
  return lost;
}

