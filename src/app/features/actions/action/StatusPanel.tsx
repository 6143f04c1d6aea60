import { useState } from 'react';
import { Button, Field, Input, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import type { ActionEdit } from '../../../../domain/actions/actionEdits';
import { toCanonical, toLabel } from '../../../../domain/actions/statusSchemes';
import type { FieldIssue } from '../../../../domain/errors';
import type { Action, ActionPlan } from '../../../../domain/model';
import { RedExplanationDialog } from './RedExplanationDialog';
import { StatusField } from './StatusField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

export interface StatusPanelProps {
  readonly action: Action;
  readonly plan: ActionPlan;
  readonly saving: boolean;
  readonly onSave: (edit: ActionEdit) => Promise<boolean>;
  /** Problems with the last save, shown at their fields. */
  readonly issues?: readonly FieldIssue[];
}

/** Changing the status (with a note and an optional evidence link), and the evidence itself. */
export function StatusPanel({ action, plan, saving, onSave, issues = [] }: StatusPanelProps) {
  const styles = useStyles();
  const current = action.statusLabel ?? toLabel(plan.statusScheme, action.ragStatus);
  const [status, setStatus] = useState(current);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [evidence, setEvidence] = useState(action.evidence ?? '');
  const [askWhyRed, setAskWhyRed] = useState(false);
  const redLabel = toLabel(plan.statusScheme, 'Red');

  const saveStatus = async (redExplanation?: string) => {
    const changes = { statusLabel: status, ...(redExplanation ? { redExplanation } : {}) };
    if (await onSave({ changes, note: note.trim() || undefined, evidenceLink: link.trim() || undefined })) {
      setNote('');
      setLink('');
    }
  };
  const update = () => {
    if (toCanonical(plan.statusScheme, status) === 'Red' && action.ragStatus !== 'Red') setAskWhyRed(true);
    else void saveStatus();
  };

  return (
    <section className={styles.root} aria-labelledby="status-heading">
      <Subtitle2 as="h2" id="status-heading">
        Update status and evidence
      </Subtitle2>
      <div className={styles.row}>
        <StatusField scheme={plan.statusScheme} value={status} onChange={setStatus} label="New status" />
        <Field
          label="Evidence link (optional)"
          style={{ flex: '1 1 16rem' }}
          validationMessage={issues.find((i) => i.field === 'evidenceLink')?.message}
          validationState={issues.some((i) => i.field === 'evidenceLink') ? 'error' : 'none'}
        >
          <Input type="url" placeholder="https://…" value={link} onChange={(_, d) => setLink(d.value)} />
        </Field>
      </div>
      <Field label="Note for the history (optional)">
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" disabled={saving || status === current} onClick={update}>
          Update status
        </Button>
      </div>
      <Field label="Findings / evidence">
        <Textarea value={evidence} rows={4} onChange={(_, d) => setEvidence(d.value)} />
      </Field>
      <div>
        <Button disabled={saving || evidence === (action.evidence ?? '')} onClick={() => void onSave({ changes: { evidence: evidence.trim() || undefined }, evidenceLink: link.trim() || undefined })}>
          Save evidence
        </Button>
      </div>
      {askWhyRed && (
        <RedExplanationDialog
          reference={action.reference}
          redLabel={redLabel}
          initial={note}
          onCancel={() => setAskWhyRed(false)}
          onConfirm={(why) => {
            setAskWhyRed(false);
            void saveStatus(why);
          }}
        />
      )}
    </section>
  );
}
