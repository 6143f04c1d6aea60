import { useState } from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Person } from '../../../../domain/model';

const useStyles = makeStyles({ root: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', margin: `${tokens.spacingVerticalM} 0` } });

/**
 * The line manager's expected leaving date for a team member (succession planning); the profile
 * renders it only for them, and the save goes through `planExpectedLeaving`, which refuses anyone else.
 */
export function ExpectedLeaving({ person, onSave }: { readonly person: Person; readonly onSave: (date: string) => Promise<boolean> }) {
  const styles = useStyles();
  const saved = person.expectedLeavingDate?.slice(0, 10) ?? '';
  const [date, setDate] = useState(saved);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    await onSave(date);
    setSaving(false);
  };
  return (
    <div className={styles.root}>
      <Field label="Expected leaving date" hint="Only the line manager sets this. It feeds the succession gaps, which team members can read; leave it empty if nothing is known.">
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} style={{ maxWidth: 220 }} />
      </Field>
      <Button onClick={save} disabled={saving || date === saved}>
        {saving ? 'Saving…' : date === '' && saved !== '' ? 'Clear date' : 'Save date'}
      </Button>
    </div>
  );
}
