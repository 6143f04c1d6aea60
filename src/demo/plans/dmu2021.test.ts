import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DMU_2021_24_ROWS } from './dmu2021';

describe('De Montfort 2021-24 plan data', () => {
  it('agrees row for row with the published table', () => {
    const csv = readFileSync(join(__dirname, '../../../tests/fixtures/dmu-2021-24-action-plan.csv'), 'utf8');
    const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(DMU_2021_24_ROWS.map((r) => [r.talentRef, r.reference, r.status, r.task, r.evidence, r.recommendation])).toEqual(
      data.map((row) => [
        (row['TALENT reference'] ?? '').replace(/\.$/, ''),
        row['Action reference'],
        row['Status'],
        row['Tasks/Action']?.trim(),
        row['Findings/Evidence']?.trim(),
        row['TALENT Recommendation']?.trim(),
      ]),
    );
    expect(DMU_2021_24_ROWS.map((r) => r.strategyPillars.join(', '))).toEqual(
      data.map((row) => (row['The Empowering University Strategy'] ?? '').split(/[/,]/).map((p) => p.trim()).filter(Boolean).join(', ')),
    );
  });
});
