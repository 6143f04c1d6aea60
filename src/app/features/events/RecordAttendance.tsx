/**
 * After the event, the organiser (or a site owner) ticks who came — and adds walk-ins, anyone from
 * People who came without replying. Only changed registrations are written, one at a time with
 * their eTags; a walk-in gets a registration of their own.
 */
import { useMemo, useState } from 'react';
import { Button, Checkbox, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { EventId, PersonId } from '../../../domain/ids';
import type { Person, Registration } from '../../../domain/model';
import { WALK_IN } from '../../../domain/vocabulary';
import { useNotify } from '../../services/notify';
import { useHub } from '../../services/session';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  walkIn: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
});

export interface RecordAttendanceProps {
  readonly eventId: EventId;
  readonly registrations: readonly Registration[];
  readonly people: readonly Person[];
  readonly onSaved: () => void;
}

export function RecordAttendance({ eventId, registrations, people, onSaved }: RecordAttendanceProps) {
  const styles = useStyles();
  const hub = useHub();
  const notify = useNotify();
  const names = new Map<string, string>(people.map((p) => [p.id, p.name]));
  const nameOf = (r: Registration) => names.get(r.personId) ?? 'Someone no longer listed';
  const replied = registrations.filter((r) => r.response !== 'Not going' || r.attended).sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const [attended, setAttended] = useState(() => new Set(registrations.filter((r) => r.attended).map((r) => r.id as string)));
  const [walkIns, setWalkIns] = useState<readonly PersonId[]>([]);
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);
  const changed = registrations.filter((r) => r.attended !== attended.has(r.id));
  // Anyone in People without a registration for this event (those who replied are ticked above).
  const candidates = useMemo(() => {
    const registered = new Set<string>([...registrations.map((r) => r.personId), ...walkIns]);
    const q = query.trim().toLocaleLowerCase('en-GB');
    return people
      .filter((p) => !registered.has(p.id) && (!q || p.name.toLocaleLowerCase('en-GB').includes(q) || p.email.toLocaleLowerCase('en-GB').includes(q)))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, 20);
  }, [people, registrations, walkIns, query]);
  const count = attended.size + walkIns.length;

  const save = async () => {
    setSaving(true);
    try {
      for (const r of changed) await hub.registrations.update(r.id, { attended: attended.has(r.id) }, r.eTag);
      // A walk-in came without replying: recorded as Walk-in, never as a "Going" they did not say
      // (nor a place they did not hold). Responded at is when they were recorded; it orders no queue.
      const now = new Date().toISOString();
      for (const personId of walkIns) await hub.registrations.create({ eventId, personId, response: WALK_IN, respondedAt: now, attended: true });
      notify.success('Attendance saved', `${count} attended${walkIns.length ? `, ${walkIns.length} of them walk-in${walkIns.length === 1 ? '' : 's'}` : ''}.`);
      setWalkIns([]);
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
        {walkIns.map((id) => (
          <Checkbox key={`walk-in-${id}`} label={`${names.get(id) ?? 'Someone'} (walk-in)`} checked onChange={() => setWalkIns((prev) => prev.filter((p) => p !== id))} />
        ))}
      </div>
      <div className={styles.walkIn}>
        <Field label="Add a walk-in">
          <Combobox
            placeholder="Type a name from People"
            value={query}
            style={{ minWidth: 280 }}
            onChange={(e) => setQuery(e.target.value)}
            onOptionSelect={(_, d) => {
              if (d.optionValue) setWalkIns((prev) => [...prev, d.optionValue as PersonId]);
              setQuery('');
            }}
          >
            {candidates.map((p) => (
              <Option key={p.id} value={p.id} text={p.name}>
                {p.name}
              </Option>
            ))}
          </Combobox>
        </Field>
      </div>
      <Button appearance="primary" disabled={saving || (changed.length === 0 && walkIns.length === 0)} onClick={() => void save()}>
        {saving ? 'Saving…' : `Save attendance (${count} attended)`}
      </Button>
    </section>
  );
}
