import { useMemo, useState } from 'react';
import { Button, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { SkillId } from '../../../../domain/ids';
import type { Skill } from '../../../../domain/model';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { searchSkills } from '../../../../domain/skills/whoCanDo';
import { LevelPicker } from './LevelPicker';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', margin: `${tokens.spacingVerticalM} 0` } });

/** Rate a skill you have not rated yet: type its name, pick a level, add. */
export function AddOwnSkill({ skills, rated, labels, onAdd, busy }: { readonly skills: readonly Skill[]; readonly rated: ReadonlySet<string>; readonly labels: ProficiencyLabels; readonly onAdd: (skillId: SkillId, level: number) => void; readonly busy: boolean }) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [skillId, setSkillId] = useState<SkillId | undefined>();
  const [level, setLevel] = useState<number | undefined>();
  const [open, setOpen] = useState(false);
  const matches = useMemo(() => searchSkills(skills, query, 12).filter((m) => !rated.has(m.target.id)), [skills, query, rated]);
  return (
    <div className={styles.root}>
      <Field label="Rate another skill">
        <Combobox
          placeholder="Type a skill name"
          value={query}
          open={open && query.trim() !== ''}
          onOpenChange={(_, d) => setOpen(d.open)}
          onChange={(e) => {
            setQuery(e.target.value);
            setSkillId(undefined);
            setOpen(true);
          }}
          onOptionSelect={(_, d) => {
            setOpen(false);
            setSkillId(d.optionValue as SkillId | undefined);
            setQuery(d.optionText ?? '');
          }}
        >
          {matches.map((m) => (
            <Option key={m.target.id} value={m.target.id} text={m.target.name}>
              {m.note ? `${m.skill.name} — ${m.note}` : m.target.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <LevelPicker label="Level for the new skill" value={level} labels={labels} onChange={setLevel} />
      <Button
        appearance="primary"
        disabled={!skillId || level === undefined || busy}
        onClick={() => {
          if (skillId && level !== undefined) onAdd(skillId, level);
          setQuery('');
          setSkillId(undefined);
          setLevel(undefined);
        }}
      >
        Add rating
      </Button>
    </div>
  );
}
