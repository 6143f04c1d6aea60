import { useMemo, useState } from 'react';
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular } from '@fluentui/react-icons';
import { useSearchParams } from 'react-router-dom';
import { siteToday } from '../../../../domain/siteDates';
import { useSiteTimeZone } from '../../../services/session';
import { mentorFinder } from '../../../../domain/skills/mentoring';
import { trainingNeeds, trainingNeedsReport } from '../../../../domain/skills/trainingNeeds';
import { downloadFile } from '../../../components/downloadFile';
import { EmptyState } from '../../../components/EmptyState';
import { ReportTableView } from '../../../components/ReportTableView';
import { PageHeader } from '../../../components/PageHeader';
import { useNotify } from '../../../services/notify';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import { useActor, type Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { useTargets } from '../targets/useTargets';
import { listSpec } from '../../../../data/schema/lists';
import { MissingList } from '../../../setup/MissingList';
import { XLSX_TYPE } from '../targets/exportTargets';
import { DOCX_TYPE, trainingNeedsDocx, trainingNeedsWorkbook } from './exportTrainingNeeds';

/** Rows shown per table on the page; the downloads have them all. */
const SHOWN = 150;

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  table: { tableLayout: 'fixed', width: '100%', marginBottom: tokens.spacingVerticalXL },
  wrap: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** `#/skills/training?unit=ID`: a unit's training needs (targets above each person's level, and wishes), with who could train them; XLSX/DOCX. */
export function TrainingNeedsPage() {
  return (
    <>
      <SkillsNav />
      <SkillsGate>{(data, derived) => <TrainingNeeds data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function TrainingNeeds({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const actor = useActor();
  const notify = useNotify();
  const units = useMemo(() => [...data.units].sort((a, b) => a.name.localeCompare(b.name)), [data.units]);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? actor.person?.unitId ?? data.targets.find((t) => t.unitId)?.unitId ?? units[0]?.id ?? '';
  const setUnitId = (id: string) => setParams({ unit: id }, { replace: true });
  const [exporting, setExporting] = useState<'xlsx' | 'docx' | undefined>();
  const { evaluations } = useTargets(data, derived, 12);
  const timeZone = useSiteTimeZone();
  const unit = data.units.find((u) => u.id === unitId);
  const report = useMemo(() => {
    if (!unit) return undefined;
    const members = data.people.filter((p) => p.unitId === unit.id).sort((a, b) => a.name.localeCompare(b.name));
    const needs = trainingNeeds({ evaluations, skills: data.skills, people: data.people, units: data.units, ratings: derived.effective }, data.labels, members);
    const find = mentorFinder({ people: data.people, units: data.units, ratings: derived.effective.values() }, { now: new Date(), timeZone, labels: data.labels });
    return trainingNeedsReport({ unit, needs, people: data.people, skills: data.skills, mentorsFor: (p, s) => find(p, s).map((m) => m.mentor.name) }, data.labels, siteToday(new Date(), timeZone));
  }, [unit, data, evaluations, derived.effective, timeZone]);

  const download = async (format: 'xlsx' | 'docx') => {
    if (!report || !unit) return;
    setExporting(format);
    try {
      const name = `training-needs-${unit.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      if (format === 'xlsx') downloadFile(await trainingNeedsWorkbook(report), `${name}.xlsx`, XLSX_TYPE);
      else downloadFile(await trainingNeedsDocx(report), `${name}.docx`, DOCX_TYPE);
    } catch (error) {
      notify.error(error, 'preparing the training-needs report');
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <>
      <PageHeader
        title="Training needs"
        subtitle={report?.summary ?? 'Choose a unit.'}
        actions={
          <>
            <Button icon={<ArrowDownloadRegular />} disabled={!report || !!exporting} onClick={() => void download('xlsx')}>
              {exporting === 'xlsx' ? 'Preparing…' : 'Download (Excel)'}
            </Button>
            <Button icon={<DocumentRegular />} disabled={!report || !!exporting} onClick={() => void download('docx')}>
              {exporting === 'docx' ? 'Preparing…' : 'Download (Word)'}
            </Button>
          </>
        }
      />
      <div className={styles.controls}>
        <Field label="Unit">
          <Select value={unitId} onChange={(_, d) => setUnitId(d.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Text size={200}>Needs come from the targets for the unit and its roles (see Targets) and from what people say they want to develop.</Text>
      </div>
      {/* Without the list, needs from targets are unknown (not none): said, and wishes still shown. */}
      {data.absent.includes('skillTargets') && <MissingList list={listSpec('skillTargets').displayName} needs="Training needs from targets need" />}
      {report && report.tables.every((t) => t.rows.length === 0) ? (
        <EmptyState title="No training needs" body={data.absent.includes('skillTargets') ? 'Nobody in this unit has said they want to develop a skill.' : "Nobody in this unit is below a target's level, and nobody has said they want to develop a skill."} />
      ) : (
        report?.tables.map((table) => (
          <section key={table.title} aria-label={table.title}>
            <Text as="h2" block size={500} weight="semibold">
              {table.title}
            </Text>
            <Text as="p" block size={200}>
              {table.intro}
            </Text>
            <ReportTableView label={table.title} headers={table.headers} rows={table.rows.slice(0, SHOWN)} />
            {table.rows.length > SHOWN && <Text as="p">The first {SHOWN} of {table.rows.length}; all of them are in the downloads.</Text>}
          </section>
        ))
      )}
    </>
  );
}
