import { useMemo, useState } from 'react';
import { Combobox, Field, Option } from '@fluentui/react-components';
import type { PersonId } from '../../../../domain/ids';
import type { Person } from '../../../../domain/model';

export interface OwnerPickerProps {
  readonly people: readonly Person[];
  readonly value: readonly PersonId[];
  readonly onChange: (ids: PersonId[]) => void;
  readonly nameOf: (id: string) => string;
}

/** Chooses owners from the People list by typing part of a name; shows at most 30 matches at a time. */
export function OwnerPicker({ people, value, onChange, nameOf }: OwnerPickerProps) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const found = q ? people.filter((p) => p.name.toLowerCase().includes(q) || p.email.toLowerCase().includes(q)) : people;
    return found.slice(0, 30);
  }, [people, query]);
  const chosen = value.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => !!p);
  return (
    <Field label="Owners" hint={value.length ? `Chosen: ${value.map(nameOf).join(', ')}` : 'Type a name to find people'}>
      <Combobox
        multiselect
        freeform
        placeholder="Find a person"
        value={query}
        selectedOptions={[...value]}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, d) => {
          onChange(d.selectedOptions as PersonId[]);
          setQuery('');
        }}
      >
        {[...chosen, ...matches.filter((m) => !value.includes(m.id))].map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            {p.name} {p.jobTitle ? `· ${p.jobTitle}` : ''}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
