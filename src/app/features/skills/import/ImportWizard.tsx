import { useMemo, useState } from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components';
import { isHubError } from '../../../../domain/errors';
import { cellText, type SheetRows } from '../../../../domain/skills/import/cells';
import { parseLongCsv, suggestLongMapping, type LongMapping } from '../../../../domain/skills/import/longCsv';
import { parseMatrixSheet, suggestMatrixMapping, type MatrixMapping } from '../../../../domain/skills/import/matrixSheet';
import { planRatingImport } from '../../../../domain/skills/import/plan';
import { RATING_IMPORTERS_SETTING, withImporter } from '../../../../domain/skills/importers';
import { canImport } from '../../../../domain/skills/rights';
import type { RatingSource } from '../../../../domain/vocabulary';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageHeader } from '../../../components/PageHeader';
import { useHub, useSiteToday } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import { SkillsGate } from '../data/SkillsGate';
import type { SkillsData } from '../data/skillsStore';
import { useActor, useSkillsStore, type Derived } from '../data/useSkillsData';
import { SkillsNav } from '../SkillsNav';
import { ImportPreviewView } from './ImportPreviewView';
import { LongMappingForm } from './LongMappingForm';
import { MatrixMappingForm } from './MatrixMappingForm';
import { readSheet } from './readSheet';
import { FilePicker } from '../../../components/FilePicker';

type Shape = 'matrix' | 'long';

/** The suggested mapping, with skills mapped by hand earlier kept for columns of the same position and header. */
function keepHandMapping(suggested: MatrixMapping, previous: MatrixMapping | undefined): MatrixMapping {
  if (!previous || previous.headerRow !== suggested.headerRow || previous.personColumn !== suggested.personColumn) return suggested;
  const earlier = new Map(previous.skillColumns.map((c) => [`${c.column}|${c.header}`, c.skillId]));
  return { ...suggested, skillColumns: suggested.skillColumns.map((c) => (c.skillId || !earlier.has(`${c.column}|${c.header}`) ? c : { ...c, skillId: earlier.get(`${c.column}|${c.header}`) })) };
}

const ratingsText = (n: number): string => `${n.toLocaleString('en-GB')} rating${n === 1 ? '' : 's'}`;

const useStyles = makeStyles({ step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXL, maxWidth: '960px' } });

/** `#/skills/import`: file → mapping → preview with per-row problems → all-or-nothing write. */
export function ImportPage() {
  return (
    <>
      <SkillsNav />
      <PageHeader title="Import ratings" subtitle="From a spreadsheet matrix (people as rows, skills as columns) or a long CSV (person, skill, level)." />
      <SkillsGate>{(data, derived) => <ImportWizard data={data} derived={derived} />}</SkillsGate>
    </>
  );
}

function ImportWizard({ data, derived }: { readonly data: SkillsData; readonly derived: Derived }) {
  const styles = useStyles();
  const hub = useHub();
  const store = useSkillsStore();
  const notify = useNotify();
  const actor = useActor();
  const today = useSiteToday();
  const allowed = canImport(actor);
  const [shape, setShape] = useState<Shape>('matrix');
  const [fileName, setFileName] = useState<string>();
  const [rows, setRows] = useState<SheetRows>();
  const [readError, setReadError] = useState<unknown>();
  const [matrixMapping, setMatrixMapping] = useState<MatrixMapping>();
  const [longMapping, setLongMapping] = useState<LongMapping>();
  const [source, setSource] = useState<RatingSource>('Self');
  const [progress, setProgress] = useState<{ written: number; total: number }>();
  const [writeError, setWriteError] = useState<unknown>();

  const context = { people: data.people, skills: data.skills, labels: data.labels };
  const preview = useMemo(() => {
    if (!rows) return undefined;
    if (shape === 'matrix' && matrixMapping) return parseMatrixSheet(rows, matrixMapping, context);
    if (shape === 'long' && longMapping) return parseLongCsv(rows, longMapping, context);
    return undefined;
    // context is rebuilt from data each render; data is what matters.
  }, [rows, shape, matrixMapping, longMapping, data]);

  const choose = async (file: File | undefined) => {
    setReadError(undefined);
    setWriteError(undefined);
    if (!file) return;
    try {
      const read = await readSheet(file);
      setFileName(file.name);
      setRows(read);
      // A corrected file chosen again keeps what was mapped by hand to the same headers.
      setMatrixMapping((previous) => keepHandMapping(suggestMatrixMapping(read, data.skills), previous));
      const sameHeader = rows !== undefined && (rows[0] ?? []).map(cellText).join('\t') === (read[0] ?? []).map(cellText).join('\t');
      setLongMapping((previous) => (sameHeader && previous ? previous : suggestLongMapping(read)));
    } catch (error) {
      setReadError(error);
    }
  };

  const write = async () => {
    if (!preview) return;
    setWriteError(undefined);
    try {
      const plan = planRatingImport(preview, derived.effective, { source, today: today() });
      // Imported ratings are written by this owner, not by each person or their manager; they count
      // because the owner is on the owner-written list of importers (see docs/rights.md).
      if (plan.creates.length > 0 && actor.id && !data.importers.includes(actor.id.toLowerCase())) {
        const value = withImporter(data.importers, actor.id);
        const setting = data.importersSetting ? await hub.settings.update(data.importersSetting.id, { value }, data.importersSetting.eTag) : await hub.settings.create({ key: RATING_IMPORTERS_SETTING, value });
        store.putImporters(setting);
      }
      setProgress({ written: 0, total: plan.creates.length });
      const saved = plan.creates.length > 0 ? await hub.ratings.createMany(plan.creates, { atomic: true, onProgress: (written, total) => setProgress({ written, total }) }) : [];
      store.putRatings(saved);
      notify.success(`Imported ${ratingsText(saved.length)}`, plan.unchanged > 0 ? `${plan.unchanged} were already up to date.` : undefined);
      setRows(undefined);
      setFileName(undefined);
    } catch (error) {
      setWriteError(error);
    } finally {
      setProgress(undefined);
    }
  };

  if (!allowed.allowed) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{allowed.reason}</MessageBarBody>
      </MessageBar>
    );
  }
  const personName = (id: string): string => derived.personById.get(id)?.name ?? id;
  const skillName = (id: string): string => data.skills.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <section className={styles.step} aria-label="1. Choose the file">
        <Text as="h2" block size={500} weight="semibold">1. Choose the file</Text>
        <RadioGroup value={shape} onChange={(_, d) => setShape(d.value as Shape)} layout="horizontal" aria-label="Shape of the file">
          <Radio value="matrix" label="Spreadsheet matrix (XLSX or CSV)" />
          <Radio value="long" label="Long CSV: person, skill, level" />
        </RadioGroup>
        <FilePicker label="Ratings file" accept=".xlsx,.csv,text/csv" onFile={(file) => void choose(file)} />
        {fileName && <Text>{`${fileName}: ${rows?.length ?? 0} rows`}</Text>}
        {readError !== undefined && <ErrorMessage error={readError} doing="reading the file" />}
      </section>
      {rows && (
        <section className={styles.step} aria-label="2. Map the columns">
          <Text as="h2" block size={500} weight="semibold">2. Map the columns</Text>
          {shape === 'matrix' && matrixMapping && <MatrixMappingForm rows={rows} skills={data.skills} mapping={matrixMapping} onChange={setMatrixMapping} />}
          {shape === 'long' && longMapping && <LongMappingForm rows={rows} mapping={longMapping} onChange={setLongMapping} />}
        </section>
      )}
      {preview && (
        <section className={styles.step} aria-label="3. Check and import">
          <Text as="h2" block size={500} weight="semibold">3. Check and import</Text>
          <ImportPreviewView preview={preview} labels={data.labels} personName={personName} skillName={skillName} />
          <Field label="These ratings are" style={{ maxWidth: 420 }}>
            <Select value={source} onChange={(_, d) => setSource(d.value as RatingSource)}>
              <option value="Self">Technicians’ own assessments (Self)</option>
              <option value="Manager">Line managers’ validations (Manager)</option>
            </Select>
          </Field>
          <Button appearance="primary" style={{ alignSelf: 'flex-start' }} disabled={preview.issues.length > 0 || preview.ratings.length === 0 || progress !== undefined} onClick={write}>
            {`Import ${ratingsText(preview.ratings.length)}`}
          </Button>
          {progress && <ProgressBar value={progress.total ? progress.written / progress.total : 0} aria-label="Importing" />}
          {writeError !== undefined && <ErrorMessage error={writeError} doing="importing the ratings" />}
          {isHubError(writeError) && writeError.code !== 'validation' && <Text>Nothing was kept: ratings written before the failure were removed again.</Text>}
        </section>
      )}
    </>
  );
}
