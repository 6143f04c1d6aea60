import { Field, Select } from '@fluentui/react-components';
import { cellText, type SheetRows } from '../../../../domain/skills/import/cells';
import { LONG_FIELD_LABELS, LONG_FIELDS, type LongMapping } from '../../../../domain/skills/import/longCsv';

const REQUIRED = new Set(['person', 'skill', 'level']);

/** Which column holds person, skill, level and the optional fields. */
export function LongMappingForm({ rows, mapping, onChange }: { readonly rows: SheetRows; readonly mapping: LongMapping; readonly onChange: (m: LongMapping) => void }) {
  const header = (rows[0] ?? []).map(cellText);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
      {LONG_FIELDS.map((field) => (
        <Field key={field} label={LONG_FIELD_LABELS[field]} required={REQUIRED.has(field)}>
          <Select value={mapping[field] === undefined ? '' : String(mapping[field])} onChange={(_, d) => onChange({ ...mapping, [field]: d.value === '' ? undefined : Number(d.value) })}>
            <option value="">{REQUIRED.has(field) ? 'Choose a column…' : 'Not in this file'}</option>
            {header.map((h, i) => (
              <option key={i} value={i}>{h || `Column ${i + 1}`}</option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
