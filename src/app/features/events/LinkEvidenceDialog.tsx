/**
 * Records an event's attendance as evidence for an action: an Action Update of kind Evidence
 * ("TechExchange showcase (12 March 2026): 42 attended (50 had a place)."), linking back to the event.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Dropdown, Field,
  MessageBar, MessageBarBody, Option, Textarea,
} from '@fluentui/react-components';
import { attendanceEvidenceSummary, type EventAttendance } from '../../../domain/events/attendance';
import { deepLink } from '../../../domain/links';
import type { Action, HubEvent } from '../../../domain/model';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';

export interface LinkEvidenceDialogProps {
  readonly event: HubEvent;
  readonly figure: EventAttendance;
  readonly dateInWords: string;
  readonly actions: readonly Action[];
}

export function LinkEvidenceDialog({ event, figure, dateInWords, actions }: LinkEvidenceDialogProps) {
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const related = new Set<string>(event.relatedActionIds);
  const ordered = [...actions].sort((a, b) => Number(related.has(b.id)) - Number(related.has(a.id)) || a.reference.localeCompare(b.reference, 'en', { numeric: true }));
  const [open, setOpen] = useState(false);
  const [actionId, setActionId] = useState<string>(event.relatedActionIds[0] ?? '');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  // The action last recorded against, so the person can go and see it in the action's history.
  const [recorded, setRecorded] = useState<Action>();
  const summary = attendanceEvidenceSummary(figure, dateInWords);
  const chosen = actions.find((a) => a.id === actionId);

  const save = async () => {
    if (!chosen) return;
    setSaving(true);
    try {
      const link = deepLink({ kind: 'event', id: event.id }, session.linkOptions);
      await hub.actionUpdates.create({
        actionId: chosen.id,
        summary: summary.slice(0, 255),
        kind: 'Evidence',
        note: note.trim() || undefined,
        // The column holds 255 characters; a long Teams link falls back to none (the summary names the event).
        evidenceLink: /^https?:/.test(link) && link.length <= 255 ? link : undefined,
      });
      notify.success('Evidence recorded', `${chosen.reference}: ${summary}`);
      setRecorded(chosen);
      setOpen(false);
    } catch (e) {
      notify.error(e, 'recording the evidence');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button>Use as evidence…</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Attendance as evidence for an action</DialogTitle>
            <DialogContent>
              <p>{summary}</p>
              <Field label="Action" required>
                <Dropdown
                  value={chosen ? `${chosen.reference} ${chosen.title}` : ''}
                  selectedOptions={actionId ? [actionId] : []}
                  onOptionSelect={(_, d) => setActionId(d.optionValue ?? '')}
                  placeholder="Choose an action"
                >
                  {ordered.map((a) => (
                    <Option key={a.id} value={a.id} text={`${a.reference} ${a.title}`}>
                      {`${a.reference} ${a.title}${related.has(a.id) ? ' (related)' : ''}`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="Note">
                <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={!chosen || saving} onClick={() => void save()}>{saving ? 'Saving…' : 'Record evidence'}</Button>
              <DialogTrigger disableButtonEnhancement><Button>Cancel</Button></DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {recorded && (
        <MessageBar intent="success">
          <MessageBarBody>
            Recorded as evidence for{' '}
            <Link to={`/actions/${encodeURIComponent(recorded.id)}`}>{`${recorded.reference} ${recorded.title}`}</Link>.
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
