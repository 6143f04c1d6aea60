import { useMemo, useState } from 'react';
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { SkillTarget } from '../../../../domain/model';
import { canSetTargets } from '../../../../domain/skills/rights';
import { TARGET_STATUS_ORDER, TARGET_STATUS_WORDS, targetScopeName, type TargetEvaluation } from '../../../../domain/skills/targets';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { downloadFile } from '../../../components/downloadFile';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { listSpec } from '../../../../data/schema/lists';
import { MissingList } from '../../../setup/MissingList';
import { ReportTableView } from '../../../components/ReportTableView';
import { useHub } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import { useActor, useSkillsStore, type Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { SetTargetForm } from './SetTargetForm';
import { TargetHeatMapTable } from './TargetHeatMapTable';
import { targetGapsWorkbook, XLSX_TYPE } from './exportTargets';
import { useTargets } from './useTargets';
import { LeavingWithinField } from '../gaps/LeavingWithinField';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  details: { margin: `0 0 ${tokens.spacingVerticalL}`, padding: tokens.spacingHorizontalM, borderLeft: `3px solid ${tokens.colorBrandStroke1}`, background: tokens.colorNeutralBackground2 },
  // The reason takes the room left; the status never leaves the table's width (issue 14).
  table: { tableLayout: 'fixed', width: '100%' },
  why: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** Targets listed before "Show all": the worst first, so the ones that matter are always there. */
const SHOWN = 50;

const STATUS_BADGE = { notMet: 'danger', atRisk: 'warning', met: 'success' } as const;

/** `#/skills/targets`: set competency targets, see the gap against each as a unit × skill heat map, export it. */
export function TargetsPage() {
  return (
    <>
      <SkillsNav />
      <SkillsGate>
        {(data, derived) =>
          // A site an earlier release set up may not have the list yet: no targets is not "none set".
          data.absent.includes('skillTargets') ? (
            <>
              <PageHeader title="Targets" />
              <MissingList list={listSpec('skillTargets').displayName} needs="Targets need" />
            </>
          ) : (
            <Targets data={data} derived={derived} />
          )
        }
      </SkillsGate>
    </>
  );
}

function Targets({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const actor = useActor();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const [months, setMonths] = useState(12);
  const [selected, setSelected] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<SkillTarget | undefined>();
  const [exporting, setExporting] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const { evaluations, map } = useTargets(data, derived, months);
  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id as string, u])), [data.units]);
  const skillName = useMemo(() => new Map(data.skills.map((s) => [s.id as string, s.name])), [data.skills]);
  const may = canSetTargets(actor);
  const sorted = useMemo(
    () => [...evaluations].sort((a, b) => TARGET_STATUS_ORDER[a.status] - TARGET_STATUS_ORDER[b.status] || b.shortfall - a.shortfall || targetScopeName(a.target, unitById).localeCompare(targetScopeName(b.target, unitById))),
    [evaluations, unitById],
  );
  const chosen: readonly TargetEvaluation[] = useMemo(() => {
    if (!selected) return [];
    const [rowKey, skillId] = selected.split('#');
    return map.rows.find((r) => r.key === rowKey)?.cells.get(skillId)?.evaluations ?? [];
  }, [selected, map]);

  const exportGaps = async () => {
    setExporting(true);
    try {
      downloadFile(await targetGapsWorkbook(evaluations, map, data.skills, data.units, data.labels), 'gaps-against-targets.xlsx', XLSX_TYPE);
    } catch (error) {
      notify.error(error, 'exporting the gaps');
    } finally {
      setExporting(false);
    }
  };
  const remove = async (target: SkillTarget) => {
    setDeleting(undefined);
    try {
      await hub.targets.remove(target.id, target.eTag);
      store.dropTarget(target.id);
      notify.success('Target deleted');
    } catch (error) {
      notify.error(error, 'deleting the target');
    }
  };

  return (
    <>
      <PageHeader
        title="Targets"
        subtitle="What each unit or role needs, and the gap against it: met, at risk (met only by someone leaving or by unvalidated ratings) or not met."
        actions={
          <Button icon={<ArrowDownloadRegular />} disabled={exporting || evaluations.length === 0} onClick={() => void exportGaps()}>
            {exporting ? 'Preparing…' : 'Export gaps (Excel)'}
          </Button>
        }
      />
      {may.allowed ? (
        <SetTargetForm data={data} />
      ) : (
        <MessageBar intent="info" style={{ marginBottom: 16 }}>
          <MessageBarBody>{may.reason}</MessageBarBody>
        </MessageBar>
      )}
      {evaluations.length === 0 ? (
        <EmptyState title="No targets yet" body={may.allowed ? 'Set one above: a unit, a skill, the minimum level and how many people must hold it.' : 'A team owner sets the targets; the gaps against them appear here.'} />
      ) : (
        <>
          <div className={styles.controls}>
            <LeavingWithinField months={months} onChange={setMonths} />
            <Text role="status">
              {map.counts.notMet} not met · {map.counts.atRisk} at risk · {map.counts.met} met
            </Text>
          </div>
          <TargetHeatMapTable map={map} selected={selected} onSelect={(key) => setSelected(key === selected ? undefined : key)} />
          {chosen.length > 0 && (
            <section className={styles.details} aria-label="Why">
              {chosen.map((e) => (
                <Text as="p" block key={e.target.id}>
                  <strong>{TARGET_STATUS_WORDS[e.status]}.</strong> {e.reason}
                </Text>
              ))}
            </section>
          )}
          <Text as="h2" block size={500} weight="semibold">
            Every target
          </Text>
          <ReportTableView
            label="Targets and their gaps"
            headers={may.allowed ? ['Unit / role', 'Skill', 'Needs', 'Status', 'Why', 'Actions'] : ['Unit / role', 'Skill', 'Needs', 'Status', 'Why']}
            widths={['16%', '16%', '12%', '7rem', undefined, '6rem']}
            rowKey={(i) => sorted[i].target.id}
            rows={(showAll ? sorted : sorted.slice(0, SHOWN)).map((e) => {
              const name = skillName.get(e.skillId) ?? 'Unknown skill';
              const scope = targetScopeName(e.target, unitById);
              const cells = [
                scope,
                <a key="skill" href={`#/skills/${e.skillId}`}>{name}</a>,
                `${e.target.peopleNeeded} at ${e.target.minLevel} · ${data.labels[e.target.minLevel]}`,
                <Badge key="status" appearance="tint" color={STATUS_BADGE[e.status]}>
                  {TARGET_STATUS_WORDS[e.status]}
                </Badge>,
                e.reason,
              ];
              if (may.allowed)
                cells.push(
                  <Button key="delete" size="small" onClick={() => setDeleting(e.target)} aria-label={`Delete the target for ${name} in ${scope}`}>
                    Delete
                  </Button>,
                );
              return cells;
            })}
          />
          {!showAll && sorted.length > SHOWN && (
            <Button appearance="subtle" onClick={() => setShowAll(true)}>
              Show all {sorted.length} targets (the first {SHOWN} are the furthest from met)
            </Button>
          )}
        </>
      )}
      <ConfirmDialog open={!!deleting} title="Delete this target?" confirmLabel="Delete target" onConfirm={() => deleting && void remove(deleting)} onCancel={() => setDeleting(undefined)}>
        {deleting && `${targetScopeName(deleting, unitById)}: ${deleting.peopleNeeded} at ${data.labels[deleting.minLevel]} in ${skillName.get(deleting.skillId) ?? 'the skill'}. The ratings are not touched.`}
      </ConfirmDialog>
    </>
  );
}
