/**
 * The list schema's own checks (lengths, choices, required columns) run on every row of an import preview
 * before anything is written, so a too-long cell is reported against its row and the file's column instead
 * of failing half-way through the write.
 */
import { validate } from '../../../../data/mapping/validate';
import { listSpec } from '../../../../data/schema/lists';
import type { ColumnMapping, ImportField } from '../../../../domain/actions/import/headerMapping';
import type { ImportPreview, PreviewRow, RowOutcome } from '../../../../domain/actions/import/importPreview';
import type { FieldIssue } from '../../../../domain/errors';
import { asId, type PlanId } from '../../../../domain/ids';

/** The file's columns each stored property can come from, best first (the title is made from the task). */
const SOURCES: Readonly<Record<string, readonly ImportField[]>> = {
  statusLabel: ['status'],
  ragStatus: ['status'],
  redExplanation: ['evidence', 'status'],
  title: ['title', 'task'],
  reference: ['reference', 'themeAndReference'],
  otherReferences: ['reference', 'themeAndReference'],
  themes: ['themes', 'themeAndReference', 'task'],
  timeframe: ['timeframe', 'phase', 'targetDate'],
  targetDate: ['targetDate', 'timeframe', 'phase'],
  ownerIds: ['ownerRoles'],
};

/**
 * Where a stored property came from in the file: the person's own column heading, never an internal name.
 * A property no column fed is named as the Actions list shows it.
 */
function headerFor(property: string, mapping: readonly ColumnMapping[]): string {
  for (const field of SOURCES[property] ?? [property as ImportField]) {
    const column = mapping.find((m) => m.field === field);
    if (column) return column.header;
  }
  return listSpec('actions').columns.find((c) => c.name.toLowerCase() === property.toLowerCase())?.displayName ?? 'Action';
}

export function withSchemaChecks(preview: ImportPreview, mapping: readonly ColumnMapping[]): ImportPreview {
  // Any existing plan id satisfies the Plan lookup's check; the real one is set when writing.
  const planId = asId<PlanId>('1');
  const rows: PreviewRow[] = preview.rows.map((row) => {
    // Rows already in error are checked too, so the preview lists every error of a row, not the first kind.
    if ((row.outcome !== 'create' && row.outcome !== 'update' && row.outcome !== 'invalid') || !row.action) return row;
    const issues: FieldIssue[] = validate('actions', { ...row.action, planId }).map((i) => ({ row: row.row, field: headerFor(i.field, mapping), message: i.message }));
    const fresh = issues.filter((i) => !row.errors.some((e) => e.field === i.field));
    return fresh.length === 0 ? row : { ...row, outcome: 'invalid', errors: [...row.errors, ...fresh] };
  });
  const counts: Record<RowOutcome, number> = { create: 0, update: 0, unchanged: 0, heading: 0, invalid: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  const errors = rows.flatMap((r) => r.errors);
  return { ...preview, rows, counts, errors, canImport: errors.length === 0 && counts.create + counts.update > 0 };
}
