import { Field, Select, SpinButton, Text } from '@fluentui/react-components';
import type { SkillId } from '../../../../domain/ids';
import type { Skill } from '../../../../domain/model';
import { cellText, type SheetRows } from '../../../../domain/skills/import/cells';
import type { MatrixMapping } from '../../../../domain/skills/import/matrixSheet';

/** Which row is the header, which column names the person, and which skill each column is. */
export function MatrixMappingForm({ rows, skills, mapping, onChange }: { readonly rows: SheetRows; readonly skills: readonly Skill[]; readonly mapping: MatrixMapping; readonly onChange: (m: MatrixMapping) => void }) {
  const header = (rows[mapping.headerRow] ?? []).map(cellText);
  const active = skills.filter((s) => !s.retired);
  const nameOf = new Map(skills.map((s) => [s.id as string, s.name]));
  const setSkill = (column: number, skillId: string) =>
    onChange({ ...mapping, skillColumns: mapping.skillColumns.map((c) => (c.column === column ? { ...c, skillId: (skillId || undefined) as SkillId | undefined } : c)) });
  const unmatched = mapping.skillColumns.filter((c) => !c.skillId);
  const matched = mapping.skillColumns.filter((c) => c.skillId);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div style={{ display: 'flex', gap: 16 }}>
        <Field label="Header row (skill names)">
          <SpinButton min={1} max={Math.max(1, rows.length)} value={mapping.headerRow + 1} onChange={(_, d) => d.value != null && onChange({ ...mapping, headerRow: d.value - 1 })} />
        </Field>
        <Field label="Column naming the person (name or email)">
          <Select value={String(mapping.personColumn)} onChange={(_, d) => onChange({ ...mapping, personColumn: Number(d.value), skillColumns: mapping.skillColumns.filter((c) => c.column !== Number(d.value)) })}>
            {header.map((h, i) => (
              <option key={i} value={i}>{h || `Column ${i + 1}`}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Text>
        {matched.length} columns match skills in the catalogue{unmatched.length > 0 ? `; ${unmatched.length} do not — map them to a skill or leave them ignored:` : '.'}
      </Text>
      {unmatched.map((c) => (
        <Field key={c.column} label={`Column “${c.header}”`} orientation="horizontal">
          <Select value={c.skillId ?? ''} onChange={(_, d) => setSkill(c.column, d.value)}>
            <option value="">Ignore this column</option>
            {active.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        </Field>
      ))}
      {matched.length > 0 && (
        <details>
          <summary>Matched columns</summary>
          <ul>
            {matched.map((c) => (
              <li key={c.column}>
                “{c.header}” → {nameOf.get(c.skillId as string)}{' '}
                <button type="button" onClick={() => setSkill(c.column, '')}>
                  Ignore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
