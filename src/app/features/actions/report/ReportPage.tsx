import { useMemo, useState } from 'react';
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular, TableRegular } from '@fluentui/react-icons';
import { useParams } from 'react-router-dom';
import { reportTables } from '../../../../domain/actions/reportTables';
import { buildSelfAssessment, type SelfAssessmentReport } from '../../../../domain/actions/selfAssessment';
import { asId, type ActionId, type PlanId } from '../../../../domain/ids';
import type { Action, ActionPlan, ActionUpdate } from '../../../../domain/model';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { formatDay } from '../../../components/displayDates';
import { useNotify } from '../../../services/notify';
import { useHub } from '../../../services/session';
import { unconfirmed } from '../../../services/unconfirmed';
import { useCombined, useList } from '../../../services/useList';
import { usePeople } from '../usePlanData';
import { ReportSection } from './ReportSections';
import { StatusChart } from './StatusChart';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

/** The self-assessment report of a plan (`#/actions/plans/:planId/report`), with its chart and exports. */
export function ReportPage() {
  const styles = useStyles();
  const { planId = '' } = useParams();
  const hub = useHub();
  const notify = useNotify();
  const { nameOf } = usePeople();
  const [exporting, setExporting] = useState<string>();
  // From the Plans, Actions and Action Updates stores every page shares.
  const plans = useList(hub.plans);
  const actions = useList(hub.actions);
  const updates = useList(hub.actionUpdates);
  const loaded = useCombined([plans, actions, updates], () => reportData(asId<PlanId>(planId), plans.items, actions.items, updates.items), [planId]);
  const report = useMemo<SelfAssessmentReport | undefined>(
    () => loaded.data?.plan && buildSelfAssessment(loaded.data.plan, loaded.data.actions, loaded.data.updates, { ownerName: nameOf, carriedForwardIds: loaded.data.carried }),
    [loaded.data, nameOf],
  );

  if (loaded.error !== undefined) return <ErrorMessage error={loaded.error} doing="building the report" onRetry={loaded.reload} />;
  if (loaded.data && !loaded.data.plan && !unconfirmed(plans)) return <EmptyState title="No such plan" body="It may have been deleted from SharePoint. Go back to the action plan to choose another." />;
  if (!report) return <LoadingState label="Building the report…" />;

  const download = async (format: 'xlsx' | 'docx') => {
    setExporting(format);
    try {
      const [{ downloadFile }, { fileNameFor, XLSX_TYPE, DOCX_TYPE }] = await Promise.all([import('../../../components/downloadFile'), import('../export/download')]);
      if (format === 'xlsx') {
        const { reportToXlsx } = await import('../export/reportXlsx');
        downloadFile(await reportToXlsx(report), fileNameFor(report.plan.title, 'self-assessment', 'xlsx'), XLSX_TYPE);
      } else {
        const { reportToDocx } = await import('../export/reportDocx');
        downloadFile(await reportToDocx(report), fileNameFor(report.plan.title, 'self-assessment', 'docx'), DOCX_TYPE);
      }
    } catch (error) {
      notify.error(error, 'exporting the report');
    } finally {
      setExporting(undefined);
    }
  };

  const tables = reportTables(report);
  return (
    <div className={styles.page}>
      <PageHeader
        eyebrow={<Link href={`#/actions?plan=${report.plan.id}`}>{report.plan.title}</Link>}
        title="Self-assessment report"
        subtitle={`${report.plan.institution} · ${formatDay(report.plan.periodStart)} – ${formatDay(report.plan.periodEnd)} · ${report.actionCount} actions, ${report.percentComplete}% ${report.statusLabels.Complete.toLowerCase()}`}
        actions={
          <>
            <Button icon={<TableRegular />} disabled={!!exporting} onClick={() => void download('xlsx')}>
              {exporting === 'xlsx' ? 'Preparing…' : 'Download report (Excel)'}
            </Button>
            <Button icon={<DocumentRegular />} disabled={!!exporting} onClick={() => void download('docx')}>
              {exporting === 'docx' ? 'Preparing…' : 'Download report (Word)'}
            </Button>
          </>
        }
      />
      <StatusChart rows={report.byTheme} labels={report.statusLabels} />
      {tables.map((t) => (
        <ReportSection key={t.title} table={t} actions={report.evidence} />
      ))}
    </div>
  );
}

/** A plan's actions and their history; once a next plan exists, "carried forward" means what it actually took. */
function reportData(planId: PlanId, plans: readonly ActionPlan[], allActions: readonly Action[], allUpdates: readonly ActionUpdate[]) {
  const plan = plans.find((p) => p.id === planId);
  const actions = allActions.filter((a) => a.planId === planId);
  const ids = new Set(actions.map((a) => a.id as string));
  const updates = allUpdates.filter((u) => ids.has(u.actionId));
  const next = plans.find((p) => p.previousPlanId === planId);
  const carried = next ? new Set(allActions.filter((a) => a.planId === next.id).map((a) => a.originActionId).filter((x): x is ActionId => !!x)) : undefined;
  return { plan, actions, updates, carried };
}
