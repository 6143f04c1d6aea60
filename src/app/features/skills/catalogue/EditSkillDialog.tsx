import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import type { UnitId } from '../../../../domain/ids';
import type { Skill, Unit } from '../../../../domain/model';
import { checkSkill } from '../../../../domain/skills/catalogue';
import { SKILL_CATEGORIES } from '../../../../domain/vocabulary';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FillInChoice } from '../../../components/FillInChoice';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { useSkillsStore } from '../data/useSkillsData';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const chosenText = (ids: readonly string[], units: readonly Unit[], none: string): string =>
  ids.length === 0 ? none : ids.map((id) => units.find((u) => u.id === id)?.name ?? id).join(', ');

/**
 * Edit a skill: its name, category (the usual ones or a new one), description, the units where it
 * is relevant and the units that rate it as needed (which the Gaps page checks). Ratings point at
 * the skill's id, so renaming changes no rating.
 */
export function EditSkillDialog({ skill, skills, units, onClose }: { readonly skill: Skill; readonly skills: readonly Skill[]; readonly units: readonly Unit[]; readonly onClose: () => void }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [name, setName] = useState(skill.name);
  const [category, setCategory] = useState(skill.category);
  const [description, setDescription] = useState(skill.description ?? '');
  const [unitIds, setUnitIds] = useState<readonly string[]>(skill.unitIds);
  const [neededBy, setNeededBy] = useState<readonly string[]>(skill.neededByUnitIds);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const issues = checkSkill({ name, category }, skills, skill.id);
  const issueFor = (field: string): string | undefined => issues.find((i) => i.field === field)?.message;
  const categories = [...new Set([...SKILL_CATEGORIES, ...skills.map((s) => s.category)])];
  const sortedUnits = [...units].sort((a, b) => a.name.localeCompare(b.name));

  const save = async () => {
    if (issues.length > 0) return;
    setSaving(true);
    setError(undefined);
    try {
      const saved = await hub.skills.update(
        skill.id,
        { name: name.trim(), category: category.trim(), description: description.trim() || undefined, unitIds: unitIds as UnitId[], neededByUnitIds: neededBy as UnitId[] },
        skill.eTag,
      );
      store.putSkills([saved]);
      notify.success(`Saved “${saved.name}”`);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const unitOptions = sortedUnits.map((u) => (
    <Option key={u.id} value={u.id} text={u.name}>
      {u.name}
    </Option>
  ));
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => (e.preventDefault(), void save())}>
          <DialogBody>
            <DialogTitle>{`Edit “${skill.name}”`}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label="Skill" required validationMessage={issueFor('name')}>
                <Input value={name} onChange={(_, d) => setName(d.value)} />
              </Field>
              <Field label="Category" required validationMessage={issueFor('category')} hint="Choose one or type a new category.">
                <FillInChoice value={category} choices={categories} onChange={setCategory} />
              </Field>
              <Field label="Description">
                <Textarea value={description} onChange={(_, d) => setDescription(d.value)} />
              </Field>
              <Field label="Relevant in units" hint="Leave empty when the skill applies across the network.">
                <Dropdown multiselect value={chosenText(unitIds, units, 'All units')} selectedOptions={[...unitIds]} onOptionSelect={(_, d) => setUnitIds(d.selectedOptions)}>
                  {unitOptions}
                </Dropdown>
              </Field>
              <Field label="Needed by units" hint="Units that need someone at Practitioner or above; the Gaps page reports those without.">
                <Dropdown multiselect value={chosenText(neededBy, units, 'No unit')} selectedOptions={[...neededBy]} onOptionSelect={(_, d) => setNeededBy(d.selectedOptions)}>
                  {unitOptions}
                </Dropdown>
              </Field>
              {error !== undefined && <ErrorMessage error={error} doing="saving the skill" />}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" appearance="primary" disabled={saving || issues.length > 0}>
                {saving ? 'Saving…' : 'Save'}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
