import { groupIssues, issueReportCsv } from './errorReport';
import { tableFromCsv } from './table';

describe('the preview’s problems, grouped and reported', () => {
  const issues = [
    { row: 2, field: 'Status', message: '"Purple" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.' },
    { row: 3, field: 'Status', message: '"Pink" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.' },
    { row: 3, field: 'Target date', message: '"31/02/2023" is not a day that exists; write it as day/month/year, like 31/07/2024.' },
  ];

  it('groups problems of one kind in one column with their count and first rows, the most frequent first', () => {
    expect(groupIssues(issues)).toEqual([
      { kind: 'Status: "…" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed.', count: 2, rows: [2, 3] },
      { kind: 'Target date: "…" is not a day that exists; write it as day/month/year, like 31/07/2024.', count: 1, rows: [3] },
    ]);
  });

  it('writes every problem with the cell as the file wrote it', () => {
    const table = tableFromCsv('Action,Target date,Status\nRun a survey,Q3 2025,Purple\nPublish it,31/02/2023,Pink\n');
    expect(issueReportCsv(issues, table).split('\r\n')).toEqual([
      'Row,Column,Cell as written,Problem',
      '2,Status,Purple,"""Purple"" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed."',
      '3,Status,Pink,"""Pink"" is not a status of this plan (Red/Amber/Green/Blue); expected one of Red, Amber, Green, Blue, Not yet assessed."',
      '3,Target date,31/02/2023,"""31/02/2023"" is not a day that exists; write it as day/month/year, like 31/07/2024."',
    ]);
  });
});
