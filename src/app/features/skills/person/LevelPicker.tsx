import { Select } from '@fluentui/react-components';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';

export interface LevelPickerProps {
  readonly value: number | undefined;
  readonly labels: ProficiencyLabels;
  readonly onChange: (level: number) => void;
  readonly label: string;
  readonly disabled?: boolean;
}

/** A native select of the five levels (fast, keyboard-friendly, readable by screen readers). */
export function LevelPicker({ value, labels, onChange, label, disabled }: LevelPickerProps) {
  return (
    <Select aria-label={label} value={value === undefined ? '' : String(value)} disabled={disabled} onChange={(_, data) => data.value !== '' && onChange(Number(data.value))} size="small" style={{ maxWidth: 180 }}>
      {value === undefined && <option value="">Not rated</option>}
      {labels.map((l, level) => (
        <option key={level} value={level}>{`${level} · ${l}`}</option>
      ))}
    </Select>
  );
}
