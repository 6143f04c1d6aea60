import { aPlan, anAction } from './__fixtures__/records';
import { reportTables } from './reportTables';
import { buildSelfAssessment } from './selfAssessment';

describe('report tables', () => {
  const plan = aPlan({ statusScheme: 'Delayed/In progress/Completed' });
  const actions = [
    anAction({ reference: '1.1', themes: ['Visibility'], ragStatus: 'Red', redExplanation: 'Paused' }),
    anAction({ reference: '1.2', themes: ['Visibility'], ragStatus: 'Complete', evidence: 'Website live' }),
  ];
  const tables = reportTables(buildSelfAssessment(plan, actions, []));

  it('writes the sections in the plan’s own status words', () => {
    expect(tables.map((t) => t.title)).toEqual(['Summary', 'Delayed actions', 'Not started actions', 'Carried forward', 'Evidence']);
    expect(tables[0]?.headers).toEqual(['Theme', 'Delayed', 'Not started', 'In progress', 'Completed', 'Not yet assessed', 'Total']);
  });

  it('ends the summary with the totals and lists Red explanations', () => {
    expect(tables[0]?.rows).toEqual([
      ['Visibility', 1, 0, 0, 1, 0, 2],
      ['All actions', 1, 0, 0, 1, 0, 2],
    ]);
    expect(tables[1]?.rows).toEqual([['1.1', 'Workforce planning', '', 'Paused']]);
    expect(tables[0]?.intro).toMatch(/50% completed/);
  });

  it('counts actions nobody has assessed apart, in a column and a section of their own, never as Not started', () => {
    const withBlank = reportTables(buildSelfAssessment(plan, [...actions, anAction({ reference: '1.3', themes: ['Visibility'], ragStatus: 'Not yet assessed' })], []));
    expect(withBlank[0]?.rows.at(-1)).toEqual(['All actions', 1, 0, 0, 1, 1, 3]);
    expect(withBlank[0]?.intro).toMatch(/1 action is not yet assessed, counted apart/);
    expect(withBlank.map((t) => t.title)).toEqual(['Summary', 'Delayed actions', 'Not started actions', 'Not yet assessed actions', 'Carried forward', 'Evidence']);
    expect(withBlank[2]?.rows).toEqual([]);
    expect(withBlank[3]?.rows.map((r) => r[0])).toEqual(['1.3']);
  });
});
