/**
 * Compose an announcement, pick the date and time it goes out, and see what is scheduled. The
 * scheduled run (`npm run notify -- due`) posts it; until then its author can edit or cancel it.
 * Edits carry the eTag read, so one made while a run is posting it is refused, not lost.
 */
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, tokens } from '@fluentui/react-components';
import { canChangeAnnouncement } from '../../../domain/notices/schedule';
import type { Announcement } from '../../../domain/notices/records';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/displayDates';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';
import { useChangesOnOpen } from '../../services/useChangesOnOpen';
import { useList } from '../../services/useList';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '560px', marginBottom: tokens.spacingVerticalXXL },
  when: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Draft {
  readonly title: string;
  readonly message: string;
  readonly date: string;
  readonly time: string;
  readonly askToAcknowledge: boolean;
  readonly where: 'channel' | 'webhook';
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's wall-clock date and time of an instant, for the date and time inputs. */
function localParts(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

function blank(hasChannel: boolean): Draft {
  const inAnHour = localParts(new Date(Date.now() + 3_600_000).toISOString());
  return { title: '', message: '', ...inAnHour, askToAcknowledge: true, where: hasChannel ? 'channel' : 'webhook' };
}

export function AnnouncementsPage() {
  const styles = useStyles();
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const channel = session.messageTarget?.kind === 'channel' ? session.messageTarget : undefined;
  const [draft, setDraft] = useState<Draft>(() => blank(channel !== undefined));
  const [editing, setEditing] = useState<Announcement>();
  const [busy, setBusy] = useState(false);
  // The Announcements store every page shares; "Reload" asks Graph for what the scheduled run changed.
  const { items, error, loading, reload } = useList(hub.announcements);
  useChangesOnOpen(hub.announcements);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // The person picks a wall-clock time where they are; the list keeps the UTC instant.
  const dueAt = draft.date && draft.time ? new Date(`${draft.date}T${draft.time}`) : undefined;
  const problem = !draft.title.trim() ? 'Give the announcement a title.' : !dueAt || Number.isNaN(dueAt.getTime()) ? 'Pick the date and time to post it.' : undefined;
  const mayChange = (a: Announcement) => canChangeAnnouncement(a) && session.canEdit && (session.role === 'owner' || a.createdBy?.toLowerCase() === session.user.userPrincipalName.toLowerCase());

  const save = async () => {
    if (problem || !dueAt) return;
    setBusy(true);
    const fields = {
      title: draft.title.trim(),
      message: draft.message.trim() || undefined,
      dueAt: dueAt.toISOString(),
      askToAcknowledge: draft.askToAcknowledge,
      target: draft.where === 'channel' && channel ? `${channel.teamId}/${channel.channelId}` : '',
    };
    try {
      if (editing) await hub.announcements.update(editing.id, { ...fields, state: 'Scheduled', lastError: '' }, editing.eTag);
      else await hub.announcements.create({ ...fields, state: 'Scheduled', attempts: 0 });
      notify.success(editing ? 'Announcement changed' : 'Announcement scheduled', `“${fields.title}” goes out ${formatDateTime(fields.dueAt)}.`);
      setEditing(undefined);
      setDraft(blank(channel !== undefined));
    } catch (e) {
      notify.error(e, editing ? 'changing the announcement (a scheduled run may be posting it now)' : 'scheduling the announcement');
    } finally {
      setBusy(false);
    }
  };

  const cancel = async (a: Announcement) => {
    try {
      await hub.announcements.update(a.id, { state: 'Cancelled' }, a.eTag);
      notify.success('Announcement cancelled', `“${a.title}” will not be posted.`);
    } catch (e) {
      notify.error(e, 'cancelling the announcement (a scheduled run may be posting it now)');
    }
  };

  const edit = (a: Announcement) => {
    setEditing(a);
    setDraft({ title: a.title, message: a.message ?? '', ...localParts(a.dueAt), askToAcknowledge: a.askToAcknowledge, where: a.target ? 'channel' : 'webhook' });
  };

  const rows = [...items].sort((a, b) => b.dueAt.localeCompare(a.dueAt));
  return (
    <>
      <PageHeader title="Announcements" eyebrow="Sent cards" subtitle="Write it now, choose when it goes out. The scheduled run posts it once, at that time." />
      {session.canEdit && (
        <form className={styles.form} aria-label={editing ? 'Change the announcement' : 'Schedule an announcement'} onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Field label="Title" required>
            <Input value={draft.title} onChange={(_, d) => set('title', d.value)} maxLength={255} />
          </Field>
          <Field label="Message">
            <Textarea value={draft.message} onChange={(_, d) => set('message', d.value)} resize="vertical" rows={4} />
          </Field>
          <div className={styles.when}>
            <Field label="Date" required>
              <Input type="date" value={draft.date} onChange={(_, d) => set('date', d.value)} />
            </Field>
            <Field label="Time" required>
              <Input type="time" value={draft.time} onChange={(_, d) => set('time', d.value)} />
            </Field>
          </div>
          <Field label="Post to">
            <RadioGroup value={draft.where} onChange={(_, d) => set('where', d.value as Draft['where'])}>
              <Radio value="channel" label="This channel" disabled={!channel} />
              <Radio value="webhook" label="The channel of the scheduled run’s Workflows webhook" />
            </RadioGroup>
          </Field>
          <Checkbox checked={draft.askToAcknowledge} onChange={(_, d) => set('askToAcknowledge', d.checked === true)} label="Ask readers to say “Got it”" />
          {problem && draft.title !== '' && <span role="status">{problem}</span>}
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={busy || problem !== undefined}>{busy ? 'Saving…' : editing ? 'Save changes' : 'Schedule'}</Button>
            {editing && <Button onClick={() => { setEditing(undefined); setDraft(blank(channel !== undefined)); }}>Stop editing</Button>}
          </div>
        </form>
      )}
      {error ? (
        <ErrorMessage error={error} doing="reading the announcements" onRetry={reload} />
      ) : loading && items.length === 0 ? (
        <LoadingState label="Loading announcements…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No announcements yet" body="Schedule one above; it appears here until it is posted, and after." />
      ) : (
        <Table aria-label="Announcements">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Announcement</TableHeaderCell>
              <TableHeaderCell>Goes out</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id}>
                <TableCell><RouterLink to={`/announcements/${encodeURIComponent(a.id)}`}>{a.title}</RouterLink></TableCell>
                <TableCell>{formatDateTime(a.dueAt)}</TableCell>
                <TableCell>{a.state}{a.state === 'Failed' && a.lastError ? `: ${a.lastError}` : ''}</TableCell>
                <TableCell>
                  {mayChange(a) && (
                    <span className={styles.buttons}>
                      <Button size="small" onClick={() => edit(a)} aria-label={`Edit ${a.title}`}>Edit</Button>
                      <Button size="small" onClick={() => void cancel(a)} aria-label={`Cancel ${a.title}`}>Cancel</Button>
                    </span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
