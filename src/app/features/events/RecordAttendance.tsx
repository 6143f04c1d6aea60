/**
 * After the event, the organiser (or a site owner) ticks who came. Only changed registrations are
 * written, one at a time with their eTags.
 */
import { useState } from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { Person, Registration } from '../../../domain/model';
import { useNotify } from '../../services/notify';
import { useHub } from '../../services/session';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
});

export function RecordAttendance({ registrations, people, onSaved }: { readonly registrations: readonly Registration[]; readonly people: readonly Person[]; readonly onSaved: () => void }) {
  const styles = useStyles();
  const hub = useHub();
  const notify = useNotify();
  const names = new Map<string, string>(people.map((p) => [p.id, p.name]));
  const nameOf = (r: Registration) => names.get(r.personId) ?? 'Someone no longer listed';
  const replied = registrations.filter((r) => r.response !== 'Not going' || r.attended).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const [attended, setAttended] = useState(() => new Set(registrations.filter((r) => r.attended).map((r) => r.id as string)));
  const [saving, setSaving] = useState(false);
  const changed = registrations.filter((r) => r.attended !== attended.has(r.id));

  const save = async () => {
    setSaving(true);
    try {
      for (const r of changed) await hub.registrations.update(r.id, { attended: attended.has(r.id) }, r.eTag);
      notify.success('Attendance saved', `${attended.size} attended.`);
      onSaved();
    } catch (e) {
      notify.error(e, 'saving attendance');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-label="Record attendance">
      <div className={styles.list}>
        {replied.map((r) => (
          <Checkbox
            key={r.id}
            label={`${nameOf(r)} (${r.response.toLowerCase()})`}
            checked={attended.has(r.id)}
            onChange={(_, d) =>
              setAttended((prev) => {
                const next = new Set(prev);
                if (d.checked) next.add(r.id);
                else next.delete(r.id);
                return next;
              })
            }
          />
        ))}
      </div>
      <Button appearance="primary" disabled={saving || changed.length === 0} onClick={() => void save()}>
        {saving ? 'Saving…' : `Save attendance (${attended.size} attended)`}
      </Button>
    </section>
  );
}
