import { aPlan, anAction } from './__fixtures__/records';
import { suggestMapping } from './import/headerMapping';
import { previewImport } from './import/importPreview';
import { tableFromCsv } from './import/table';
import { planToCsv } from './planTable';

describe('plan table export', () => {
  const plan = aPlan();
  const actions = [
    anAction({ reference: '2.1', task: 'Seek academic representatives, e.g. "T&L" leads', ragStatus: 'Red', statusLabel: 'Red', redExplanation: 'No volunteers', evidence: 'Line one\nLine two' }),
    anAction({ reference: '1.1', sortOrder: undefined }),
  ];

  it('writes one quoted row per action in reference order, readable by spreadsheets', () => {
    const csv = planToCsv(plan, actions);
    expect(csv.startsWith('\uFEFFAction reference,Title,Themes')).toBe(true);
    const table = tableFromCsv(csv);
    expect(table.rows.map((r) => r[0])).toEqual(['1.1', '2.1']);
    expect(table.rows[1]![4]).toBe('Seek academic representatives, e.g. "T&L" leads');
    expect(table.rows[1]![16]).toBe('Line one\nLine two');
  });

  it('re-imports into the same plan without creating anything', () => {
    const table = tableFromCsv(planToCsv(plan, actions));
    const preview = previewImport(table, suggestMapping(table.headers), plan, actions);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 0, invalid: 0 });
  });
});
