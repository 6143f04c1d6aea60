import { useMemo, useState } from 'react';
import { Combobox, Option } from '@fluentui/react-components';
import type { SkillId } from '../../../../domain/ids';
import type { Skill } from '../../../../domain/model';
import { searchSkills } from '../../../../domain/skills/whoCanDo';

export interface SkillPickerProps {
  readonly skills: readonly Skill[];
  readonly value: SkillId | undefined;
  readonly onChange: (skillId: SkillId | undefined) => void;
  readonly placeholder?: string;
}

/**
 * Type part of a skill's name, pick it (old names of merged skills lead to the surviving one). Put it
 * in a `Field`, which gives it its label.
 */
export function SkillPicker({ skills, value, onChange, placeholder = 'Type a skill name' }: SkillPickerProps) {
  const chosen = skills.find((s) => s.id === value);
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => searchSkills(skills, query, 12), [skills, query]);
  return (
      <Combobox
        placeholder={placeholder}
        value={query}
        style={{ minWidth: 280 }}
        open={open && query.trim() !== ''}
        onOpenChange={(_, d) => setOpen(d.open)}
        onChange={(e) => {
          setQuery(e.target.value);
          onChange(undefined);
          setOpen(true);
        }}
        onOptionSelect={(_, d) => {
          setOpen(false);
          const m = matches.find((x) => x.target.id === d.optionValue);
          setQuery(m?.target.name ?? d.optionText ?? '');
          onChange(m?.target.id);
        }}
      >
        {matches.map((m) => (
          <Option key={m.target.id} value={m.target.id} text={m.target.name}>
            {m.note ? `${m.skill.name} — ${m.note}` : `${m.target.name} · ${m.target.category}`}
          </Option>
        ))}
      </Combobox>
  );
}
