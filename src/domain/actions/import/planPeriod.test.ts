import { suggestMapping } from './headerMapping';
import { suggestPeriod } from './planPeriod';
import { tableFromCsv } from './table';

const suggest = (csv: string, fileName = 'plan.csv') => {
  const table = tableFromCsv(csv);
  return suggestPeriod(table, suggestMapping(table.headers), fileName);
};

describe('the period a new plan is suggested from its file', () => {
  it('reads a period named in the title line, as academic years', () => {
    expect(suggest('University of Hertfordshire Technician Commitment Action Plan 2018-2021\nTheme/Action,Led By,Phase 2 (Jun 2018 - May 2019)\nA task,PL,Oct-18\n')).toEqual({
      start: '2018-08-01',
      end: '2021-07-31',
      from: 'the title “University of Hertfordshire Technician Commitment Action Plan 2018-2021”',
    });
  });

  it('reads a period in the file name when the file has no title line', () => {
    expect(suggest('Action,Timeframe\nA task,Autumn 2022\n', 'leeds-2021-24-action-plan.csv')).toMatchObject({ start: '2021-08-01', end: '2024-07-31' });
  });

  it('otherwise spans the dates the rows name', () => {
    expect(suggest('Action,Target date\nOne,11 December 2020\nTwo,End of Dec 2022\nThree,Ongoing\n')).toEqual({ start: '2020-12-01', end: '2022-12-31', from: 'the dates in the file' });
    expect(suggest('Action,Target date\nOne,Ongoing\n')).toBeUndefined();
  });
});
