import { useEffect, useState } from 'react';
import { Divider, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import type { ActionChanges, ActionEdit } from '../../../../domain/actions/actionEdits';
import { toLabel } from '../../../../domain/actions/statusSchemes';
import { isPlanOpen } from '../../../../domain/actions/validation';
import { isHubError, type FieldIssue } from '../../../../domain/errors';
import { asId, type ActionId } from '../../../../domain/ids';
import { tabPath } from '../../../../domain/links';
import type { Action } from '../../../../domain/model';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RagBadge } from '../../../components/RagBadge';
import { useNotify } from '../../../services/notify';
import { useHub, useSession } from '../../../services/session';
import { useAsync } from '../../../services/useAsync';
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
  const loaded = useAsync(async () => {
    const action = await hub.actions.get(id);
    const [plan, siblings, next, origin] = await Promise.all([hub.plans.get(action.planId), hub.actions.where({ planId: action.planId }), carriedInto(action), carriedFrom(action)]);
    return { action, plan, siblings, next, origin };
  }, [hub, id]);
  const history = useActionHistory(id);
  const { people, nameOf, nameOfUpn } = usePeople();
  const [action, setAction] = useState<Action>();
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<{ edit: ActionEdit; theirs?: Action }>();

  useEffect(() => setAction(loaded.data?.action), [loaded.data]);

  async function carriedInto(a: Action): Promise<Action | undefined> {
    // The action that continues this one in the next plan, so a closed plan's page can point to it.
    const plans = await hub.plans.where({ state: 'Active' });
    const next = plans.find((p) => p.previousPlanId === a.planId);
    if (!next) return undefined;
    return (await hub.actions.where({ planId: next.id })).find((x) => x.originActionId === a.id);
  }

  async function carriedFrom(a: Action): Promise<{ action: Action; planTitle: string } | undefined> {
    if (!a.originActionId) return undefined;
    // The origin may have been deleted from SharePoint since; the action stands without it.
    const origin = await hub.actions.get(a.originActionId).catch(() => undefined);
    if (!origin) return undefined;
    return { action: origin, planTitle: (await hub.plans.get(origin.planId)).title };
  }

  if (loaded.error !== undefined) return <ErrorMessage error={loaded.error} doing="loading the action" onRetry={loaded.reload} />;
  if (!loaded.data || !action) return <LoadingState label="Loading the action…" />;
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
      history.reload();
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
