import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { ActionPlan } from '../../../../domain/model';

export interface PlanPickerProps {
  readonly plans: readonly ActionPlan[];
  readonly selected?: ActionPlan;
  readonly onSelect: (plan: ActionPlan) => void;
}

/** Chooses which plan the pages show; closed plans say so. */
export function PlanPicker({ plans, selected, onSelect }: PlanPickerProps) {
  const label = (p: ActionPlan) => `${p.title}${p.state === 'Closed' ? ' (closed)' : p.state === 'Draft' ? ' (draft)' : ''}`;
  return (
    <Field label="Plan">
      <Dropdown
        style={{ minWidth: '22rem' }}
        value={selected ? label(selected) : ''}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => {
          const plan = plans.find((p) => p.id === data.optionValue);
          if (plan) onSelect(plan);
        }}
      >
        {plans.map((p) => (
          <Option key={p.id} value={p.id} text={label(p)}>
            {label(p)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
