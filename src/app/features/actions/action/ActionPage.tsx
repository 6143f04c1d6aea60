import { useEffect, useState } from 'react';
import { Divider, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import type { ActionChanges, ActionEdit } from '../../../../domain/actions/actionEdits';
import { toLabel } from '../../../../domain/actions/statusSchemes';
import { isPlanOpen } from '../../../../domain/actions/validation';
import { isHubError, type FieldIssue } from '../../../../domain/errors';
import { asId, type ActionId } from '../../../../domain/ids';
import { tabPath } from '../../../../domain/links';
import type { Action, ActionPlan } from '../../../../domain/model';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RagBadge } from '../../../components/RagBadge';
import { useNotify } from '../../../services/notify';
import { useHub, useSession } from '../../../services/session';
import { unconfirmed } from '../../../services/unconfirmed';
import { useCombined, useList } from '../../../services/useList';
import { saveActionEdit } from '../actionWrites';
import { useActionHistory, usePeople } from '../usePlanData';
import { ActionDetails } from './ActionDetails';
import { ActionHistory } from './ActionHistory';
import { ConflictNotice } from './ConflictNotice';
import { StatusPanel } from './StatusPanel';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(18rem, 1fr)', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** One action (`#/actions/:actionId`): every field, in-place editing, status and evidence, its history. */
export function ActionPage() {
  const styles = useStyles();
  const { actionId = '' } = useParams();
  const id = asId<ActionId>(actionId);
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  // The action, its plan and its neighbours come from the Actions and Plans stores every page
  // shares: a save here, or a colleague's change arriving by delta, shows at once.
  const actionsRead = useList(hub.actions);
  const plansRead = useList(hub.plans);
  const loaded = useCombined([actionsRead, plansRead], () => actionPageData(id, actionsRead.items, plansRead.items), [id]);
  const history = useActionHistory(id);
  const { people, nameOf, nameOfUpn } = usePeople();
  const [action, setAction] = useState<Action>();
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<{ edit: ActionEdit; theirs?: Action }>();

  // Follow the stored version, except while a conflict is shown: its comparison is against the
  // version this page had when the person started.
  const stored = loaded.data?.action;
  useEffect(() => {
    if (!conflict) setAction(stored);
  }, [stored, conflict]);

  if (loaded.error !== undefined) return <ErrorMessage error={loaded.error} doing="loading the action" onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingState label="Loading the action…" />;
  if (!loaded.data.action || !loaded.data.plan) {
    // Cached lists from an earlier visit may not have it yet (a link to a new action): wait for delta.
    if (unconfirmed(actionsRead, plansRead)) return <LoadingState label="Loading the action…" />;
    return <EmptyState title="No such action" body="It may have been deleted from SharePoint. Go back to the plan to see its actions now." />;
  }
  if (!action) return <LoadingState label="Loading the action…" />;
  const { plan, siblings, next, origin } = loaded.data;
  const open = isPlanOpen(plan);
  const canEdit = session.canEdit && open;

  const save = async (edit: ActionEdit, base: Action = action): Promise<boolean> => {
    setSaving(true);
    setError(undefined);
    setIssues([]);
    try {
      const saved = await saveActionEdit(hub, base, plan, edit, { displayName: session.user.displayName }, siblings);
      setAction(saved);
      setConflict(undefined);
      notify.success(`Action ${saved.reference} saved`);
      return true;
    } catch (e) {
      if (isHubError(e, 'conflict')) setConflict({ edit });
      else {
        if (isHubError(e, 'validation')) setIssues(e.details.issues ?? []);
        setError(e);
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader
        eyebrow={<Link href={`#/actions?plan=${plan.id}`}>{plan.title}</Link>}
        title={`${action.reference} ${action.title}`}
        actions={<RagBadge status={action.ragStatus} label={action.statusLabel ?? toLabel(plan.statusScheme, action.ragStatus)} size="large" />}
      />
      {!open && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This plan is closed</MessageBarTitle>
            {plan.title} was closed when the next plan started, so this action is kept as it was reported.
            {next ? (
              <>
                {' '}
                It continues as <Link href={tabPath({ kind: 'action', id: next.id })}>{next.reference} in the new plan</Link>.
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      )}
      {open && !session.canEdit && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You can read this action but not change it</MessageBarTitle>
            Your access to this team’s site is read-only. Team members and owners update actions; ask a team owner for member access.
          </MessageBarBody>
        </MessageBar>
      )}
      {action.ragStatus === 'Red' && action.redExplanation && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Why it is {toLabel(plan.statusScheme, 'Red')}</MessageBarTitle>
            {action.redExplanation}
          </MessageBarBody>
        </MessageBar>
      )}
      {conflict && (
        <ConflictNotice
          mine={conflict.edit.changes as ActionChanges}
          before={action}
          theirs={conflict.theirs}
          onReload={() => {
            setConflict(undefined);
            loaded.reload();
            history.reload();
          }}
          onCompare={async () => {
            try {
              setConflict({ ...conflict, theirs: await hub.actions.get(id) });
            } catch (e) {
              setError(e);
            }
          }}
          onApplyMine={() => conflict.theirs && void save(conflict.edit, conflict.theirs)}
          nameOf={nameOf}
        />
      )}
      {error !== undefined && <ErrorMessage error={error} doing="saving the action" />}
      <div className={styles.layout}>
        <div className={styles.column}>
          <ActionDetails action={action} plan={plan} canEdit={canEdit} saving={saving} issues={issues} people={people} nameOf={nameOf} onSave={save} origin={origin} />
          <Divider />
          {history.error !== undefined ? (
            <ErrorMessage error={history.error} doing="loading the history" onRetry={history.reload} />
          ) : (
            <ActionHistory updates={history.data ?? []} scheme={plan.statusScheme} nameOfUpn={nameOfUpn} />
          )}
        </div>
        <div className={styles.column}>
          {canEdit ? (
            <StatusPanel key={action.eTag} action={action} plan={plan} saving={saving} onSave={save} issues={issues} />
          ) : (
            <section aria-label="Evidence">
              <strong>Findings / evidence</strong>
              <p style={{ whiteSpace: 'pre-wrap' }}>{action.evidence || 'None recorded.'}</p>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

/** What the action page shows of `id`, from the Actions and Plans stores (either may lack it: deleted since). */
function actionPageData(id: ActionId, actions: readonly Action[], plans: readonly ActionPlan[]) {
  const action = actions.find((a) => a.id === id);
  const plan = action && plans.find((p) => p.id === action.planId);
  if (!action || !plan) return { action, plan, siblings: [], next: undefined, origin: undefined };
  const siblings = actions.filter((a) => a.planId === action.planId);
  // The action that continues this one in the next plan, so a closed plan's page can point to it.
  const nextPlan = plans.find((p) => p.state === 'Active' && p.previousPlanId === action.planId);
  const next = nextPlan && actions.find((a) => a.planId === nextPlan.id && a.originActionId === action.id);
  // The origin may have been deleted from SharePoint since; the action stands without it.
  const from = action.originActionId ? actions.find((a) => a.id === action.originActionId) : undefined;
  const fromPlan = from && plans.find((p) => p.id === from.planId);
  const origin = from && fromPlan ? { action: from, planTitle: fromPlan.title } : undefined;
  return { action, plan, siblings, next, origin };
}
