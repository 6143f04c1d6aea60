import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { toCanonical, toLabel } from '../../../../domain/actions/statusSchemes';
import { checkAction } from '../../../../domain/actions/validation';
import { isHubError, type FieldIssue } from '../../../../domain/errors';
import { NOT_ASSESSED } from '../../../../domain/vocabulary';
import type { Action, ActionPlan, Draft } from '../../../../domain/model';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useHub, useSession } from '../../../services/session';
import { addAction } from '../actionWrites';
import { usePeople } from '../usePlanData';
import { ActionFormFields } from './ActionFormFields';
import { changesFromForm, EMPTY_FORM, type ActionFormValues } from './actionForm';
import { StatusField } from './StatusField';

export interface AddActionDialogProps {
  readonly plan: ActionPlan;
  readonly actions: readonly Action[];
  readonly onClose: () => void;
  readonly onAdded: (action: Action) => void;
}

/** A new action for an open plan, checked as it would be saved. */
export function AddActionDialog({ plan, actions, onClose, onAdded }: AddActionDialogProps) {
  const hub = useHub();
  const { user } = useSession();
  const { people, nameOf } = usePeople();
  const [values, setValues] = useState<ActionFormValues>(EMPTY_FORM);
  const [status, setStatus] = useState(toLabel(plan.statusScheme, NOT_ASSESSED));
  const [explanation, setExplanation] = useState('');
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const rag = toCanonical(plan.statusScheme, status);
    const changes = changesFromForm(values);
    const draft: Draft<Action> = {
      ...changes,
      planId: plan.id,
      reference: changes.reference ?? '',
      title: changes.title ?? '',
      task: changes.task ?? '',
      themes: changes.themes ?? [],
      talentRefs: changes.talentRefs ?? [],
      ownerIds: changes.ownerIds ?? [],
      strategyAlignment: changes.strategyAlignment ?? [],
      statusLabel: status,
      ragStatus: rag,
      redExplanation: rag === 'Red' ? explanation.trim() || undefined : undefined,
      sortOrder: Math.max(0, ...actions.map((a) => a.sortOrder ?? 0)) + 1,
    };
    const check = checkAction(draft, plan, actions);
    setIssues(check.errors);
    if (check.errors.length > 0) return;
    setSaving(true);
    setError(undefined);
    try {
      onAdded(await addAction(hub, plan, draft, { displayName: user.displayName }));
    } catch (e) {
      if (isHubError(e, 'validation')) setIssues(e.details.issues ?? []);
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const redMessage = issues.find((i) => i.field === 'redExplanation')?.message;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: '56rem' }}>
        <DialogBody>
          <DialogTitle>Add an action to {plan.title}</DialogTitle>
          <DialogContent>
            {error !== undefined && <ErrorMessage error={error} doing="adding the action" />}
            <ActionFormFields plan={plan} values={values} onChange={setValues} issues={issues} people={people} nameOf={nameOf} />
            <StatusField scheme={plan.statusScheme} value={status} onChange={setStatus} />
            {toCanonical(plan.statusScheme, status) === 'Red' && (
              <Field label="Why is it Red?" required validationMessage={redMessage} validationState={redMessage ? 'error' : 'none'}>
                <Textarea value={explanation} onChange={(_, d) => setExplanation(d.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="primary" disabled={saving} onClick={() => void save()}>
              {saving ? 'Adding…' : 'Add action'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
