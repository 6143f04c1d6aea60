import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Link, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useNavigate, useParams } from 'react-router-dom';
import { defaultCarrySelection, suggestNextPlan, type NewPlanInput } from '../../../../domain/actions/carryForward';
import { byOrder } from '../../../../domain/actions/actionViews';
import { isPlanOpen } from '../../../../domain/actions/validation';
import { asId, type ActionId, type PlanId } from '../../../../domain/ids';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RagBadge } from '../../../components/RagBadge';
import { useNotify } from '../../../services/notify';
import { useHub, useSession } from '../../../services/session';
import { unconfirmed } from '../../../services/unconfirmed';
import { useCombined, useList } from '../../../services/useList';
import { planInputComplete, PlanFields, tidyPlanInput } from './PlanFields';
import { startNextPlan } from './startNextPlan';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '64rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** "Start next plan" (`#/actions/plans/:planId/next`): the new plan's details and which actions carry forward. */
export function NextPlanPage() {
  const styles = useStyles();
  const { planId = '' } = useParams();
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  // From the Plans and Actions stores every page shares.
  const plans = useList(hub.plans);
  const allActions = useList(hub.actions);
  const loaded = useCombined(
    [plans, allActions],
    () => {
      const id = asId<PlanId>(planId);
      return { plan: plans.items.find((p) => p.id === id), actions: allActions.items.filter((a) => a.planId === id).sort(byOrder) };
    },
    [planId],
  );
  const [input, setInput] = useState<NewPlanInput>();
  const [selection, setSelection] = useState<Set<ActionId>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [error, setError] = useState<unknown>();
  const suggestedFor = useRef<string>();

  // Suggest once per plan: a later change to the lists (a colleague's, by delta) keeps the person's choices.
  useEffect(() => {
    const plan = loaded.data?.plan;
    if (!plan || suggestedFor.current === plan.id) return;
    suggestedFor.current = plan.id;
    setInput(suggestNextPlan(plan));
    setSelection(new Set(defaultCarrySelection(loaded.data?.actions ?? [])));
  }, [loaded.data]);
  const count = selection.size;
  const actions = useMemo(() => loaded.data?.actions ?? [], [loaded.data]);

  if (loaded.error !== undefined) return <ErrorMessage error={loaded.error} doing="loading the plan" onRetry={loaded.reload} />;
  if (loaded.data && !loaded.data.plan && !unconfirmed(plans)) return <EmptyState title="No such plan" body="It may have been deleted from SharePoint. Go back to the action plan to choose another." />;
  if (!loaded.data?.plan || !input) return <LoadingState label="Loading the plan…" />;
  const { plan } = loaded.data;
  if (!session.canEdit || !isPlanOpen(plan)) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {isPlanOpen(plan) ? 'Only team members and owners can start a new plan.' : `${plan.title} is already closed; its next plan has been started.`}{' '}
          <Link href={`#/actions?plan=${plan.id}`}>Back to the plan</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const toggle = (id: ActionId, on: boolean) => setSelection((s) => (on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))));
  const start = async () => {
    setError(undefined);
    setProgress({ done: 0, total: count });
    try {
      const created = await startNextPlan(hub, plan, actions, selection, tidyPlanInput(input), (done, total) => setProgress({ done, total }));
      notify.success(`${created.title} started`, `${count} actions carried forward; ${plan.title} is now closed.`);
      navigate(`/actions?plan=${created.id}`);
    } catch (e) {
      setError(e);
      setProgress(undefined);
    }
  };

  return (
    <div className={styles.page}>
      <PageHeader eyebrow={<Link href={`#/actions?plan=${plan.id}`}>{plan.title}</Link>} title="Start the next plan" subtitle="The current plan closes read-only; the actions you choose continue in the new one, linked to where they came from." />
      {error !== undefined && <ErrorMessage error={error} doing="starting the next plan" />}
      <PlanFields value={input} onChange={setInput} />
      <section aria-labelledby="carry-heading">
        <Subtitle2 as="h2" id="carry-heading">
          Actions to carry forward ({count} of {actions.length})
        </Subtitle2>
        <Text as="p">Everything not complete is chosen, as plans usually say: “will be amalgamated into the new plan”.</Text>
        <div className={styles.buttons}>
          <Button size="small" onClick={() => setSelection(new Set(actions.map((a) => a.id)))}>
            Choose all
          </Button>
          <Button size="small" onClick={() => setSelection(new Set(defaultCarrySelection(actions)))}>
            Everything not complete
          </Button>
          <Button size="small" onClick={() => setSelection(new Set())}>
            None
          </Button>
        </div>
        <ul className={styles.list}>
          {actions.map((a) => (
            <li key={a.id} className={styles.item}>
              <Checkbox checked={selection.has(a.id)} onChange={(_, d) => toggle(a.id, !!d.checked)} label={`${a.reference} ${a.title}`} />
              <RagBadge status={a.ragStatus} label={a.statusLabel} size="small" />
            </li>
          ))}
        </ul>
      </section>
      {progress && <ProgressBar value={progress.total ? progress.done / progress.total : undefined} aria-label="Carrying actions forward" />}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!!progress || !planInputComplete(input)} onClick={() => void start()}>
          Start plan and carry forward {count} actions
        </Button>
        <Button onClick={() => navigate(`/actions?plan=${plan.id}`)}>Cancel</Button>
      </div>
    </div>
  );
}
