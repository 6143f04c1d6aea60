import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { NewPlanInput } from '../../../../domain/actions/carryForward';
import { isoDate } from '../../../../domain/actions/dates';
import type { ActionPlan } from '../../../../domain/model';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useHub } from '../../../services/session';
import { systemClock } from '../actionWrites';
import { planInputComplete, PlanFields, tidyPlanInput } from './PlanFields';

export interface PlanDialogProps {
  /** The plan to edit; without one, the dialog starts a new plan. */
  readonly plan?: ActionPlan;
  /** Whether the plan has actions: their statuses are in its scheme's words, so the scheme stays. */
  readonly hasActions?: boolean;
  readonly onClose: () => void;
  readonly onSaved: (plan: ActionPlan) => void;
}

/** A first plan starts as stage 1, a 24-month plan from today, in Red/Amber/Green/Blue. */
function blankPlan(): NewPlanInput {
  const start = systemClock();
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 2);
  end.setUTCDate(end.getUTCDate() - 1);
  return { title: '', institution: '', periodStart: isoDate(start), periodEnd: isoDate(end), stage: '1', statusScheme: 'Red/Amber/Green/Blue', extraThemes: [], strategyPillars: [], description: undefined };
}

function inputOf(plan: ActionPlan): NewPlanInput {
  const { title, institution, periodStart, periodEnd, stage, statusScheme, extraThemes, strategyPillars, description } = plan;
  return { title, institution, periodStart, periodEnd, stage, statusScheme, extraThemes, strategyPillars, description };
}

/** Starting a plan from nothing, or changing a plan's details: title, period, stage, scheme, own themes, pillars. */
export function PlanDialog({ plan, hasActions = false, onClose, onSaved }: PlanDialogProps) {
  const hub = useHub();
  const [value, setValue] = useState<NewPlanInput>(plan ? inputOf(plan) : blankPlan());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const tidy = tidyPlanInput(value);
      // The eTag makes a concurrent change of the plan a conflict the person sees, not a silent overwrite.
      onSaved(plan ? await hub.plans.update(plan.id, tidy, plan.eTag) : await hub.plans.create({ ...tidy, state: 'Active' }));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface style={{ maxWidth: '52rem' }}>
        <DialogBody>
          <DialogTitle>{plan ? `Plan details: ${plan.title}` : 'Start a new plan'}</DialogTitle>
          <DialogContent>
            {error !== undefined && <ErrorMessage error={error} doing={plan ? 'saving the plan' : 'starting the plan'} />}
            <PlanFields value={value} onChange={setValue} schemeLocked={plan && hasActions} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button appearance="primary" disabled={saving || !planInputComplete(value)} onClick={() => void save()}>
              {saving ? 'Saving…' : plan ? 'Save plan' : 'Start plan'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
