import { Field, Select } from '@fluentui/react-components';

/** How far ahead expected leaving dates count against cover; the gaps and targets pages share it. */
export function LeavingWithinField({ months, onChange }: { months: number; onChange: (months: number) => void }) {
  return (
    <Field label="Leaving within">
      <Select value={String(months)} onChange={(_, d) => onChange(Number(d.value))}>
        {[3, 6, 12, 24, 36].map((m) => (
          <option key={m} value={m}>{`${m} months`}</option>
        ))}
      </Select>
    </Field>
  );
}
