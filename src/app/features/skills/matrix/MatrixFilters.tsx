import { Dropdown, makeStyles, Option, Switch, tokens, Field } from '@fluentui/react-components';
import type { MatrixGroup } from '../../../../domain/skills/matrix';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';

export interface MatrixFilterState {
  readonly unitIds: readonly string[];
  readonly categories: readonly string[];
  readonly minLevel: number;
  readonly validatedOnly: boolean;
}

export const NO_FILTER: MatrixFilterState = { unitIds: [], categories: [], minLevel: 0, validatedOnly: false };

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalS },
  dropdown: { minWidth: '220px' },
});

export interface MatrixFiltersProps {
  readonly value: MatrixFilterState;
  readonly onChange: (next: MatrixFilterState) => void;
  readonly units: readonly MatrixGroup[];
  readonly categories: readonly MatrixGroup[];
  readonly labels: ProficiencyLabels;
}

const summary = (chosen: readonly string[], groups: readonly MatrixGroup[], all: string): string =>
  chosen.length === 0 ? all : chosen.length === 1 ? groups.find((g) => g.key === chosen[0])?.label ?? '1 chosen' : `${chosen.length} chosen`;

/** Unit, category, minimum level and "validated only" filters of the matrix. */
export function MatrixFilters({ value, onChange, units, categories, labels }: MatrixFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter the matrix">
      <Field label="Units">
        <Dropdown
          className={styles.dropdown}
          multiselect
          value={summary(value.unitIds, units, 'All units')}
          selectedOptions={[...value.unitIds]}
          onOptionSelect={(_, data) => onChange({ ...value, unitIds: data.selectedOptions })}
        >
          {units.map((u) => (
            <Option key={u.key} value={u.key} text={u.label}>
              {`${u.label} (${u.end - u.start})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Categories">
        <Dropdown
          className={styles.dropdown}
          multiselect
          value={summary(value.categories, categories, 'All categories')}
          selectedOptions={[...value.categories]}
          onOptionSelect={(_, data) => onChange({ ...value, categories: data.selectedOptions })}
        >
          {categories.map((c) => (
            <Option key={c.key} value={c.key} text={c.label}>
              {`${c.label} (${c.end - c.start})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Minimum level">
        <Dropdown
          className={styles.dropdown}
          value={value.minLevel === 0 ? 'Any level' : `${value.minLevel} · ${labels[value.minLevel]} or above`}
          selectedOptions={[String(value.minLevel)]}
          onOptionSelect={(_, data) => onChange({ ...value, minLevel: Number(data.optionValue ?? 0) })}
        >
          <Option value="0" text="Any level">
            Any level
          </Option>
          {[1, 2, 3, 4].map((level) => (
            <Option key={level} value={String(level)} text={`${level} · ${labels[level]} or above`}>
              {`${level} · ${labels[level]} or above`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch label="Validated only" checked={value.validatedOnly} onChange={(_, data) => onChange({ ...value, validatedOnly: data.checked })} />
    </div>
  );
}
