import { Dropdown, Field, Option } from '@fluentui/react-components';
import { labelsFor } from '../../../../domain/actions/statusSchemes';
import type { StatusSchemeName } from '../../../../domain/vocabulary';

/** Picks a status in the plan's own words. */
export function StatusField({ scheme, value, onChange, label = 'Status' }: { scheme: StatusSchemeName; value: string; onChange: (label: string) => void; label?: string }) {
  return (
    <Field label={label}>
      <Dropdown value={value} selectedOptions={[value]} onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}>
        {labelsFor(scheme).map((l) => (
          <Option key={l} value={l}>
            {l}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
