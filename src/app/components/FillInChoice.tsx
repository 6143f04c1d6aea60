/**
 * A choice column with "fill-in" values (SharePoint's `allowTextEntry`): pick one of the offered
 * values or type your own. Used for event types, skill categories and any other extendable choice.
 */
import { Combobox, Option, type ComboboxProps } from '@fluentui/react-components';

export interface FillInChoiceProps {
  readonly value: string;
  readonly choices: readonly string[];
  readonly onChange: (value: string) => void;
  readonly style?: ComboboxProps['style'];
}

export function FillInChoice({ value, choices, onChange, style }: FillInChoiceProps) {
  return (
    // Typing a value of one's own makes the combobox deselect its option (an onOptionSelect with no
    // option): that must not wipe the typed text, which onChange keeps.
    <Combobox
      freeform
      value={value}
      selectedOptions={[value]}
      style={style}
      onChange={(e) => onChange(e.target.value)}
      onOptionSelect={(_, d) => d.optionValue !== undefined && onChange(d.optionValue)}
    >
      {choices.map((choice) => (
        <Option key={choice} value={choice}>
          {choice}
        </Option>
      ))}
    </Combobox>
  );
}
