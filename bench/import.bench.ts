/**
 * Plan import at its limits, in Node: reading a 5 MB CSV of 26,592 rows (what the tab's worker does before
 * refusing it for its row count), and previewing 5,000 rows (the most an import reads) with the schema's
 * checks — the work the page waits for after "Next: preview".
 */
import { performance } from 'node:perf_hooks';
import { suggestMapping } from '../src/domain/actions/import/headerMapping';
import { previewImport } from '../src/domain/actions/import/importPreview';
import { readPlanFile } from '../src/app/features/actions/import/readPlanFile';
import { withSchemaChecks } from '../src/app/features/actions/import/schemaChecks';
import { asId, type PlanId } from '../src/domain/ids';
import type { BenchFigure } from './run';

const row = (i: number) => `B${i},"Action number ${i}: ${'words to make the row as long as a real one '.repeat(4)}",Visibility (V${i}),Autumn 2025,G`;

export async function run(): Promise<BenchFigure[]> {
  const big = `Reference,Action,Link to TC,Timeframe,Status\n${Array.from({ length: 26_592 }, (_, i) => row(i)).join('\n')}\n`;
  let started = performance.now();
  const [sheet] = await readPlanFile(new File([big], 'big.csv'));
  const readMs = performance.now() - started;
  if (!sheet?.problem) throw new Error('the 26,592-row file was not refused');

  const [plan5000] = await readPlanFile(new File([`Reference,Action,Link to TC,Timeframe,Status\n${Array.from({ length: 5_000 }, (_, i) => row(i)).join('\n')}\n`], 'plan.csv'));
  const table = plan5000!.table;
  const mapping = suggestMapping(table.headers);
  const plan = { id: asId<PlanId>('1'), title: 'Bench', statusScheme: 'Red/Amber/Green/Blue' as const, extraThemes: [], periodStart: '2024-08-01', periodEnd: '2027-07-31', state: 'Active' as const };
  started = performance.now();
  const preview = withSchemaChecks(previewImport(table, mapping, plan, []), mapping);
  const previewMs = performance.now() - started;
  if (preview.counts.create !== 5_000) throw new Error(`expected 5,000 new actions, got ${preview.counts.create}`);
  return [
    { name: 'import_read_5mb_csv_ms', value: Math.round(readMs), unit: 'ms' },
    { name: 'import_preview_5000_rows_ms', value: Math.round(previewMs), unit: 'ms' },
  ];
}
