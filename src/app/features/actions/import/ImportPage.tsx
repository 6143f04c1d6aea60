import { useMemo, useState } from 'react';
import { Button, Dropdown, Field, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Option, ProgressBar, Radio, RadioGroup, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useSearchParams } from 'react-router-dom';
import type { NewPlanInput } from '../../../../domain/actions/carryForward';
import { displayDate } from '../../../../domain/actions/dates';
import { suggestPeriod } from '../../../../domain/actions/import/planPeriod';
import { ignoredColumnsWithText, mappingProblems, suggestMapping, type ColumnMapping } from '../../../../domain/actions/import/headerMapping';
import { previewImport, type ImportPlan, type ImportPreview } from '../../../../domain/actions/import/importPreview';
import type { ImportTable } from '../../../../domain/actions/import/table';
import type { ThemeChoices } from '../../../../domain/actions/import/themeWords';
import { planThemes } from '../../../../domain/actions/themes';
import { isPlanOpen } from '../../../../domain/actions/validation';
import { asId, type PlanId } from '../../../../domain/ids';
import type { Action } from '../../../../domain/model';
import { downloadFile } from '../../../components/downloadFile';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useHub, useSession, useSiteToday } from '../../../services/session';
import { addMonthsToDay } from '../../../../domain/siteDates';
import { planInputComplete, PlanFields, tidyPlanInput } from '../plan/PlanFields';
import { usePeople, usePlans } from '../usePlanData';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { issueReportCsv } from '../../../../domain/actions/import/errorReport';
import { refusalOf, refusedFile } from '../../../../domain/actions/import/fileCheck';
import type { PlanSheet } from './readPlanFile';
import { readInWorker } from './readInWorker';
import { runImport, type ImportResult } from './runImport';
import { withSchemaChecks } from './schemaChecks';
import { FilePicker } from '../../../components/FilePicker';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '72rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Step = 'choose' | 'map' | 'preview' | 'done';

/** A new plan's form, starting today on the site's calendar (`today`) and running three years. */
function blankPlan(fileName: string, today: string): NewPlanInput {
  return {
    title: fileName.replace(/\.(csv|xlsx)$/i, '').replace(/[-_]+/g, ' '),
    institution: '',
    periodStart: today,
    periodEnd: addMonthsToDay(today, 36),
    stage: '1',
    statusScheme: 'Red/Amber/Green/Blue',
    extraThemes: [],
    strategyPillars: [],
  };
}

/** Import a plan from CSV or XLSX: choose the file and plan → map the columns → preview → write all or nothing. */
export function ImportPage() {
  const styles = useStyles();
  const hub = useHub();
  const session = useSession();
  const [params] = useSearchParams();
  const plans = usePlans();
  const { people } = usePeople();
  const openPlans = useMemo(() => (plans.data ?? []).filter(isPlanOpen), [plans.data]);
  const [step, setStep] = useState<Step>('choose');
  const [targetKind, setTargetKind] = useState<'existing' | 'new'>(params.get('plan') ? 'existing' : 'new');
  const [planId, setPlanId] = useState<string | undefined>(params.get('plan') ?? undefined);
  const siteToday = useSiteToday();
  const [newPlan, setNewPlan] = useState<NewPlanInput>(() => blankPlan('Imported plan', siteToday()));
  const [file, setFile] = useState<File>();
  const [table, setTable] = useState<ImportTable>();
  const [sheets, setSheets] = useState<PlanSheet[]>([]);
  const [sheetName, setSheetName] = useState<string>();
  const [reading, setReading] = useState<number>();
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [existing, setExisting] = useState<Action[]>([]);
  const [preview, setPreview] = useState<ImportPreview>();
  const [themeChoices, setThemeChoices] = useState<ThemeChoices>({});
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<unknown>();
  // Both read every row of the file: once per file and mapping, not on every render (the page renders
  // again for each action an import writes).
  const period = useMemo(() => (table && file ? suggestPeriod(table, mapping, file.name) : undefined), [table, mapping, file]);
  const leftOut = useMemo(() => (table ? ignoredColumnsWithText(mapping, table.rows) : []), [table, mapping]);

  if (plans.error !== undefined) return <ErrorMessage error={plans.error} doing="loading the plans" onRetry={plans.reload} />;
  if (!plans.data) return <LoadingState label="Loading plans…" />;
  if (!session.canEdit)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>Only team members and owners can import a plan. Ask a team owner to make you a member.</MessageBarBody>
      </MessageBar>
    );

  const existingPlan = openPlans.find((p) => p.id === planId);
  const importPlan: ImportPlan | undefined =
    targetKind === 'existing' ? existingPlan : { ...tidyPlanInput(newPlan), id: asId<PlanId>('new'), state: 'Active' };
  const ready = !!file && (targetKind === 'existing' ? !!existingPlan : planInputComplete(newPlan));

  const takeSheet = (sheet: PlanSheet) => {
    setSheetName(sheet.name);
    setTable(sheet.table);
    setMapping(suggestMapping(sheet.table.headers));
    setThemeChoices({});
  };
  const readFile = async () => {
    if (!file) return;
    setError(undefined);
    setReading(0);
    try {
      const read = await readInWorker(file, setReading);
      setSheets(read);
      // The first sheet that holds a plan; every sheet stays on offer.
      const first = read.find((s) => !s.problem);
      if (!first) throw refusedFile(read.map((s) => s.problem).join(' '));
      takeSheet(first);
      setExisting(targetKind === 'existing' && existingPlan ? await hub.actions.where({ planId: existingPlan.id }) : []);
      setStep('map');
    } catch (e) {
      setError(e);
    } finally {
      setReading(undefined);
    }
  };
  const showPreview = (choices: ThemeChoices = themeChoices) => {
    if (!table || !importPlan) return;
    setPreview(withSchemaChecks(previewImport(table, mapping, importPlan, existing, people, { themes: choices }), mapping));
    setStep('preview');
  };
  const chooseThemes = (word: string, themes: readonly string[]) => {
    const choices = { ...themeChoices, [word]: themes };
    setThemeChoices(choices);
    showPreview(choices);
  };
  const write = async () => {
    if (!preview || !file) return;
    setError(undefined);
    setProgress({ done: 0, total: preview.counts.create + preview.counts.update });
    try {
      const target = targetKind === 'existing' && existingPlan ? { kind: 'existing' as const, plan: existingPlan } : { kind: 'new' as const, plan: { ...tidyPlanInput(newPlan), state: 'Active' as const } };
      setResult(await runImport(hub, target, preview, file.name, { displayName: session.user.displayName }, (done, total) => setProgress({ done, total })));
      setStep('done');
    } catch (e) {
      setError(e);
    } finally {
      setProgress(undefined);
    }
  };

  const problems = mappingProblems(mapping);
  const periodDiffers = !!period && !!importPlan && (period.start !== importPlan.periodStart || period.end !== importPlan.periodEnd);
  const sameTitle = targetKind === 'new' && (plans.data ?? []).find((p) => p.title.trim().toLowerCase() === newPlan.title.trim().toLowerCase() && newPlan.title.trim() !== '');
  return (
    <div className={styles.page}>
      <PageHeader eyebrow={<Link href="#/actions">Actions</Link>} title="Import a plan" subtitle="From CSV or Excel, keeping your own column headings. Importing the same file again adds nothing twice." />
      {error !== undefined &&
        (refusalOf(error) ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>This file can’t be imported</MessageBarTitle>
              {refusalOf(error)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ErrorMessage error={error} doing="importing the plan" />
        ))}

      {step === 'choose' && (
        <>
          <Field label="Plan file (CSV or Excel .xlsx)" required>
            <FilePicker
              label="Plan file (CSV or Excel .xlsx)"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onFile={(chosen) => {
                setFile(chosen);
                if (chosen && targetKind === 'new') setNewPlan((p) => ({ ...p, title: blankPlan(chosen.name, p.periodStart).title }));
              }}
            />
          </Field>
          <Field label="Import into">
            <RadioGroup value={targetKind} onChange={(_, d) => setTargetKind(d.value as 'existing' | 'new')}>
              <Radio value="existing" label="A plan already here" disabled={openPlans.length === 0} />
              <Radio value="new" label="A new plan" />
            </RadioGroup>
          </Field>
          {targetKind === 'existing' ? (
            <Field label="Plan">
              <Dropdown value={existingPlan?.title ?? ''} selectedOptions={planId ? [planId] : []} onOptionSelect={(_, d) => setPlanId(d.optionValue)}>
                {openPlans.map((p) => (
                  <Option key={p.id} value={p.id}>
                    {p.title}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ) : (
            <PlanFields value={newPlan} onChange={setNewPlan} />
          )}
          {sameTitle && (
            <MessageBar intent="warning">
              <MessageBarBody>A plan called “{sameTitle.title}” is already here. Give this one another title so people can tell the two apart.</MessageBarBody>
            </MessageBar>
          )}
          {reading !== undefined && <ProgressBar value={reading} aria-label="Reading the file" />}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={!ready || reading !== undefined} onClick={() => void readFile()}>
              {reading !== undefined ? `Reading the file… ${Math.round(reading * 100)}%` : 'Next: match columns'}
            </Button>
          </div>
        </>
      )}

      {step === 'map' && table && (
        <>
          <Subtitle2 as="h2">Match your columns ({table.rows.length} rows found in {sheets.length > 1 ? `sheet “${sheetName}” of ` : ''}{file?.name})</Subtitle2>
          {sheets.length > 1 && (
            <Field label="Sheet" hint="Every sheet of the workbook; sheets without a plan say why.">
              <Dropdown value={sheetName ?? ''} selectedOptions={sheetName ? [sheetName] : []} onOptionSelect={(_, d) => { const s = sheets.find((x) => x.name === d.optionValue); if (s && !s.problem) takeSheet(s); }}>
                {sheets.map((s) => (
                  <Option key={s.name} value={s.name} text={s.name} disabled={!!s.problem}>
                    {s.problem ? `${s.name} — ${s.problem}` : `${s.name} (${s.table.rows.length} rows)`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Text as="p">The suggestions come from your headings; change any that are wrong. Columns set to “Do not import” are left out.</Text>
          {period && periodDiffers && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Check the plan’s period</MessageBarTitle>
                From {period.from}, this plan runs {displayDate(period.start)} – {displayDate(period.end)}; {targetKind === 'new' ? 'the new plan is set' : `“${existingPlan?.title}” runs`} {displayDate(importPlan!.periodStart)} –{' '}
                {displayDate(importPlan!.periodEnd)}.{' '}
                {targetKind === 'new' && (
                  <Button size="small" onClick={() => setNewPlan((p) => ({ ...p, periodStart: period.start, periodEnd: period.end }))}>
                    Use {displayDate(period.start)} – {displayDate(period.end)}
                  </Button>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          <MappingStep table={table} mapping={mapping} onChange={setMapping} />
          {leftOut.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Left out</MessageBarTitle>
                {leftOut.join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          {problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Check the mapping</MessageBarTitle>
                {problems.join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.buttons}>
            <Button onClick={() => setStep('choose')}>Back</Button>
            <Button appearance="primary" disabled={problems.length > 0} onClick={() => showPreview()}>
              Next: preview
            </Button>
          </div>
        </>
      )}

      {step === 'preview' && preview && (
        <>
          <Subtitle2 as="h2">Preview</Subtitle2>
          <PreviewStep
            preview={preview}
            themes={importPlan ? planThemes(importPlan) : []}
            onThemeChange={chooseThemes}
            onDownloadErrors={() => table && file && downloadFile(issueReportCsv(preview.errors, table), `${file.name.replace(/\.[^.]+$/, '')} - import errors.csv`, 'text/csv')}
          />
          {progress && <ProgressBar value={progress.total ? progress.done / progress.total : undefined} aria-label="Importing" />}
          <div className={styles.buttons}>
            <Button onClick={() => setStep('map')} disabled={!!progress}>
              Back
            </Button>
            <Button appearance="primary" disabled={!preview.canImport || !!progress} onClick={() => void write()}>
              {progress ? `Importing ${progress.done} of ${progress.total}…` : `Import ${preview.counts.create} new, update ${preview.counts.update}`}
            </Button>
          </div>
          {!preview.canImport && preview.errors.length === 0 && <Text>Everything in this file is already in the plan: there is nothing to import.</Text>}
        </>
      )}

      {step === 'done' && result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Import finished</MessageBarTitle>
            {result.created} actions added, {result.updated} updated, {result.skipped} already there (skipped) in {result.plan.title}.{' '}
            <Link href={`#/actions?plan=${result.plan.id}`}>Open the plan</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
