import { useState } from 'react';
import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { SkillId, UnitId } from '../../../../domain/ids';
import { checkTarget } from '../../../../domain/skills/targets';
import { PERSON_ROLES } from '../../../../domain/vocabulary';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import type { SkillsData } from '../data/skillsStore';
import { useSkillsStore } from '../data/useSkillsData';
import { SkillPicker } from './SkillPicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start', marginBottom: tokens.spacingVerticalL },
});

/**
 * Set a competency target: unit (or every unit), role (or every role), skill, minimum level and
 * how many people must hold it. Saved to the Skill Targets list, so it shows in SharePoint too.
 */
export function SetTargetForm({ data }: { readonly data: SkillsData }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [unitId, setUnitId] = useState('');
  const [role, setRole] = useState('');
  const [skillId, setSkillId] = useState<SkillId | undefined>();
  const [minLevel, setMinLevel] = useState(3);
  const [peopleNeeded, setPeopleNeeded] = useState('2');
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);
  // A fresh picker after each save (its typed text is its own state).
  const [pickerKey, setPickerKey] = useState(0);
  const issues = checkTarget({ skillId, minLevel, peopleNeeded: Number(peopleNeeded) });
  const issueFor = (field: string): string | undefined => (touched ? issues.find((i) => i.field === field)?.message : undefined);
  const units = [...data.units].sort((a, b) => a.name.localeCompare(b.name));
  const roles = [...new Set([...PERSON_ROLES, ...data.people.map((p) => p.role).filter((r): r is string => !!r)])].sort();
  const save = async () => {
    setTouched(true);
    if (issues.length > 0 || !skillId) return;
    setSaving(true);
    try {
      const saved = await hub.targets.create({ skillId, unitId: (unitId || undefined) as UnitId | undefined, role: role || undefined, minLevel, peopleNeeded: Number(peopleNeeded) });
      store.putTargets([saved]);
      notify.success('Target saved', `${data.units.find((u) => u.id === saved.unitId)?.name ?? 'Every unit'}: ${saved.peopleNeeded} at ${data.labels[saved.minLevel]} in ${data.skills.find((s) => s.id === skillId)?.name ?? 'the skill'}.`);
      setSkillId(undefined);
      setPickerKey((k) => k + 1);
      setTouched(false);
    } catch (error) {
      notify.error(error, 'saving the target');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={styles.root} aria-label="Set a target" onSubmit={(e) => (e.preventDefault(), void save())}>
      <Field label="Unit">
        <Select value={unitId} onChange={(_, d) => setUnitId(d.value)}>
          <option value="">Every unit</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Role">
        <Select value={role} onChange={(_, d) => setRole(d.value)}>
          <option value="">Every role</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Skill" required validationMessage={issueFor('skillId')}>
        <SkillPicker key={pickerKey} skills={data.skills} value={skillId} onChange={setSkillId} />
      </Field>
      <Field label="Minimum level" required validationMessage={issueFor('minLevel')}>
        <Select value={String(minLevel)} onChange={(_, d) => setMinLevel(Number(d.value))}>
          {data.labels.map((label, level) =>
            level === 0 ? null : (
              <option key={level} value={level}>
                {`${level} · ${label}`}
              </option>
            ),
          )}
        </Select>
      </Field>
      <Field label="People needed" required validationMessage={issueFor('peopleNeeded')}>
        <Input type="number" min={1} step={1} value={peopleNeeded} onChange={(_, d) => setPeopleNeeded(d.value)} style={{ width: 120 }} />
      </Field>
      <Button type="submit" appearance="primary" disabled={saving} style={{ marginTop: 26 }}>
        {saving ? 'Saving…' : 'Save target'}
      </Button>
    </form>
  );
}
