import { useMemo, useState } from 'react';
import { Badge, Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownloadRegular, ArrowUploadRegular, ChartMultipleRegular, ArrowForwardRegular, EditRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { filterActions, filterChoices, groupActions, type ActionFilter, type GroupBy } from '../../../../domain/actions/actionViews';
import { toLabel } from '../../../../domain/actions/statusSchemes';
import { isPlanOpen } from '../../../../domain/actions/validation';
import type { Action } from '../../../../domain/model';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { formatDay } from '../../../components/displayDates';
import { useNotify } from '../../../services/notify';
import { useSession } from '../../../services/session';
import { AddActionDialog } from '../action/AddActionDialog';
import { PlanDialog } from '../plan/PlanDialog';
import { PlanPicker } from '../plan/PlanPicker';
import { useSelectedPlan } from '../plan/useSelectedPlan';
import { usePeople, usePlanActions } from '../usePlanData';
import { ActionBoard } from './ActionBoard';
import { ActionFilters } from './ActionFilters';
import { ActionTable } from './ActionTable';
import { ActionTimeline } from './ActionTimeline';

type View = 'table' | 'board' | 'mine' | 'timeline';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalM },
  period: { color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS },
  scroll: { overflowX: 'auto' },
  filters: { marginBottom: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
});

/** The actions section's front page: a plan's actions as a table, board, "my actions" or timeline. */
export function ActionsPage() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const { plans, plan, select } = useSelectedPlan();
  const actions = usePlanActions(plan?.id);
  const { nameOf } = usePeople();
  const [view, setView] = useState<View>('table');
  const [filter, setFilter] = useState<ActionFilter>({});
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [arrange, setArrange] = useState<'year' | 'phase'>('year');
  const [adding, setAdding] = useState(false);
  const [planDialog, setPlanDialog] = useState<'new' | 'edit'>();

  const all = useMemo(() => actions.data ?? [], [actions.data]);
  const shown = useMemo(() => {
    const mine = view === 'mine' ? { ownerId: session.person?.id } : {};
    return filterActions(all, { ...filter, ...mine });
  }, [all, filter, view, session.person]);
  const choices = useMemo(() => {
    const c = filterChoices(all);
    return { ...c, owners: c.ownerIds.map((id) => ({ id, name: nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name)) };
  }, [all, nameOf]);

  if (plans.error !== undefined) return <ErrorMessage error={plans.error} doing="loading the plans" onRetry={plans.reload} />;
  if (plans.loading && !plans.data) return <LoadingState label="Loading plans…" />;

  const canEdit = session.canEdit && !!plan && isPlanOpen(plan);
  const startImport = () => navigate(`/actions/import${plan ? `?plan=${plan.id}` : ''}`);
  const planDialogView = planDialog && (
    <PlanDialog
      plan={planDialog === 'edit' ? plan : undefined}
      hasActions={all.length > 0}
      onClose={() => setPlanDialog(undefined)}
      onSaved={(saved) => {
        setPlanDialog(undefined);
        plans.reload();
        select(saved);
        notify.success(planDialog === 'edit' ? `${saved.title} saved` : `${saved.title} started`);
      }}
    />
  );
  if (!plan) {
    return (
      <>
        <PageHeader title="Actions" />
        <EmptyState
          title="No action plan yet"
          body="Import your institution's current plan from a CSV or Excel file, keeping your own column headings, or start a new plan here."
          action={
            session.canEdit ? (
              <>
                <Button appearance="primary" icon={<ArrowUploadRegular />} onClick={startImport}>
                  Import a plan
                </Button>{' '}
                <Button icon={<AddRegular />} onClick={() => setPlanDialog('new')}>
                  Start a new plan
                </Button>
              </>
            ) : undefined
          }
        />
        {planDialogView}
      </>
    );
  }

  const statusLabel = (status: Action['ragStatus']) => toLabel(plan.statusScheme, status);
  const ownerNames = (a: Action) => [...a.ownerIds.map(nameOf), a.ownerRoles ?? ''].filter(Boolean).join(', ');
  const exportPlan = async (format: 'xlsx' | 'csv') => {
    try {
      const { exportPlanFile } = await import('../export/planExport');
      await exportPlanFile(plan, all, nameOf, format);
    } catch (error) {
      notify.error(error, 'exporting the plan');
    }
  };

  return (
    <>
      <PageHeader
        title="Actions"
        subtitle={`${all.length} actions · ${plan.institution}`}
        actions={
          <>
            {canEdit && (
              <Button appearance="primary" icon={<AddRegular />} onClick={() => setAdding(true)}>
                Add action
              </Button>
            )}
            <Button icon={<ChartMultipleRegular />} onClick={() => navigate(`/actions/plans/${plan.id}/report`)}>
              Self-assessment report
            </Button>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button icon={<ArrowDownloadRegular />}>Export plan</Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <MenuItem onClick={() => void exportPlan('xlsx')}>Plan as Excel (.xlsx)</MenuItem>
                  <MenuItem onClick={() => void exportPlan('csv')}>Plan as CSV</MenuItem>
                </MenuList>
              </MenuPopover>
            </Menu>
            {session.canEdit && (
              <Button icon={<ArrowUploadRegular />} onClick={startImport}>
                Import
              </Button>
            )}
            {canEdit && (
              <Button icon={<ArrowForwardRegular />} onClick={() => navigate(`/actions/plans/${plan.id}/next`)}>
                Start next plan
              </Button>
            )}
          </>
        }
      />
      <div className={styles.bar}>
        <PlanPicker plans={plans.data ?? []} selected={plan} onSelect={select} />
        <Text className={styles.period}>
          {formatDay(plan.periodStart)} – {formatDay(plan.periodEnd)} · Stage {plan.stage} ({plan.stage === '1' ? '24-month plan' : '36-month plan'}) · {plan.statusScheme}{' '}
          {plan.state === 'Closed' && <Badge appearance="tint" color="informative">Closed: read only</Badge>}
        </Text>
        {canEdit && (
          <Button icon={<EditRegular />} onClick={() => setPlanDialog('edit')}>
            Plan details
          </Button>
        )}
        {session.canEdit && (
          <Button icon={<AddRegular />} onClick={() => setPlanDialog('new')}>
            New plan
          </Button>
        )}
      </div>
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Ways to see the plan">
        <Tab value="table">Table</Tab>
        <Tab value="board">Board</Tab>
        <Tab value="mine">My actions</Tab>
        <Tab value="timeline">Timeline</Tab>
      </TabList>
      <div className={styles.filters}>
        <ActionFilters filter={filter} onFilter={setFilter} groupBy={view === 'table' || view === 'mine' ? groupBy : undefined} onGroupBy={setGroupBy} choices={choices} statusLabel={statusLabel} />
      </div>
      {actions.error !== undefined && <ErrorMessage error={actions.error} doing="loading the actions" onRetry={actions.reload} />}
      {actions.loading && !actions.data ? (
        <LoadingState label="Loading actions…" />
      ) : shown.length === 0 ? (
        <EmptyState
          title={view === 'mine' ? 'No actions of yours here' : all.length === 0 ? 'This plan has no actions yet' : 'No actions match these filters'}
          body={view === 'mine' && !session.person ? 'You are not in the People list yet, so no action names you as owner.' : undefined}
        />
      ) : view === 'board' ? (
        <ActionBoard actions={shown} ownerNames={ownerNames} statusLabel={statusLabel} />
      ) : view === 'timeline' ? (
        <ActionTimeline actions={shown} ownerNames={ownerNames} statusLabel={statusLabel} arrange={arrange} onArrange={setArrange} />
      ) : (
        <div className={styles.scroll}>
          <ActionTable
            label={`Actions of ${plan.title}`}
            groups={groupActions(shown, groupBy, nameOf)}
            ownerNames={ownerNames}
            statusLabel={(a) => a.statusLabel ?? statusLabel(a.ragStatus)}
          />
        </div>
      )}
      {planDialogView}
      {adding && (
        <AddActionDialog
          plan={plan}
          actions={all}
          onClose={() => setAdding(false)}
          onAdded={(a) => {
            setAdding(false);
            actions.reload();
            notify.success(`Action ${a.reference} added`);
          }}
        />
      )}
    </>
  );
}
