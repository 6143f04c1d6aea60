import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Person } from '../../../../domain/model';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { useSkillsStore } from '../data/useSkillsData';

const useStyles = makeStyles({ root: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', margin: `${tokens.spacingVerticalM} 0` } });

/** The line manager's expected leaving date for a team member (succession planning); only rendered for them. */
export function ExpectedLeaving({ person }: { readonly person: Person }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [date, setDate] = useState(person.expectedLeavingDate?.slice(0, 10) ?? '');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const saved = await hub.people.update(person.id, { expectedLeavingDate: date || undefined }, person.eTag);
      store.putPerson(saved);
      notify.success(date ? `Expected leaving date set to ${date}` : 'Expected leaving date cleared');
    } catch (error) {
      notify.error(error, 'saving the expected leaving date');
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.root}>
      <Field label="Expected leaving date" hint="Only you, as line manager, see and set this; it feeds the succession gaps.">
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Button onClick={save} disabled={saving || date === (person.expectedLeavingDate?.slice(0, 10) ?? '')}>
        {saving ? 'Saving…' : 'Save date'}
      </Button>
    </div>
  );
}
