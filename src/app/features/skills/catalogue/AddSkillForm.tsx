import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Skill } from '../../../../domain/model';
import { checkSkill } from '../../../../domain/skills/catalogue';
import { SKILL_CATEGORIES } from '../../../../domain/vocabulary';
import { FillInChoice } from '../../../components/FillInChoice';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { useSkillsStore } from '../data/useSkillsData';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start', marginBottom: tokens.spacingVerticalL } });

/** Add a skill: name, category (the usual ones or a new one), description. */
export function AddSkillForm({ skills }: { readonly skills: readonly Skill[] }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<string>(SKILL_CATEGORIES[0]);
  const [description, setDescription] = useState('');
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);
  const issues = checkSkill({ name, category }, skills);
  const issueFor = (field: string): string | undefined => (touched ? issues.find((i) => i.field === field)?.message : undefined);
  const categories = [...new Set([...SKILL_CATEGORIES, ...skills.map((s) => s.category)])];
  const add = async () => {
    setTouched(true);
    if (issues.length > 0) return;
    setSaving(true);
    try {
      const saved = await hub.skills.create({ name: name.trim(), category: category.trim(), description: description.trim() || undefined, unitIds: [], neededByUnitIds: [], retired: false });
      store.putSkills([saved]);
      notify.success(`Added “${saved.name}”`);
      setName('');
      setDescription('');
      setTouched(false);
    } catch (error) {
      notify.error(error, 'adding the skill');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={styles.root} aria-label="Add a skill" onSubmit={(e) => (e.preventDefault(), void add())}>
      <Field label="New skill" required validationMessage={issueFor('name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} style={{ minWidth: 260 }} />
      </Field>
      <Field label="Category" required validationMessage={issueFor('category')}>
        <FillInChoice value={category} choices={categories} onChange={setCategory} />
      </Field>
      <Field label="Description">
        <Input value={description} onChange={(_, d) => setDescription(d.value)} style={{ minWidth: 320 }} />
      </Field>
      <Button type="submit" appearance="primary" disabled={saving} style={{ marginTop: 26 }}>
        {saving ? 'Adding…' : 'Add skill'}
      </Button>
    </form>
  );
}
