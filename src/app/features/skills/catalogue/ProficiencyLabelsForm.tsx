import { useState } from 'react';
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { checkProficiencyLabels, PROFICIENCY_LABELS_SETTING } from '../../../../domain/skills/proficiency';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import type { SkillsData } from '../data/skillsStore';
import { useSkillsStore } from '../data/useSkillsData';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start', margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXL}` },
});

/**
 * Renames the five proficiency levels for the whole team (Hub Settings `proficiencyLabels`); the
 * numbers 0–4 never change, so stored ratings keep their meaning.
 */
export function ProficiencyLabelsForm({ data }: { readonly data: SkillsData }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [labels, setLabels] = useState<string[]>([...data.labels]);
  const [saving, setSaving] = useState(false);
  const issues = checkProficiencyLabels(labels);
  const issueFor = (level: number): string | undefined => issues.find((i) => i.message.startsWith(`Level ${level} `))?.message;
  const unchanged = labels.every((l, i) => l.trim() === data.labels[i]);
  const save = async () => {
    if (issues.length > 0) return;
    setSaving(true);
    try {
      const value = labels.map((l) => l.trim());
      const saved = data.labelsSetting
        ? await hub.settings.update(data.labelsSetting.id, { value }, data.labelsSetting.eTag)
        : await hub.settings.create({ key: PROFICIENCY_LABELS_SETTING, value });
      store.putLabels(saved);
      notify.success('Proficiency levels renamed');
    } catch (error) {
      notify.error(error, 'renaming the proficiency levels');
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-label="Proficiency levels">
      <Text as="h2" block size={500} weight="semibold">
        Proficiency levels
      </Text>
      <Text as="p" block size={200}>
        Rename the levels in your team’s own words. Ratings store the numbers, so renaming changes no rating.
      </Text>
      <form className={styles.root} onSubmit={(e) => (e.preventDefault(), void save())}>
        {labels.map((label, level) => (
          <Field key={level} label={`Level ${level}`} validationMessage={issueFor(level)}>
            <Input value={label} onChange={(_, d) => setLabels(labels.map((l, i) => (i === level ? d.value : l)))} style={{ width: 160 }} />
          </Field>
        ))}
        <Button type="submit" disabled={saving || unchanged || issues.length > 0} style={{ marginTop: 26 }}>
          {saving ? 'Saving…' : 'Save levels'}
        </Button>
      </form>
    </section>
  );
}
