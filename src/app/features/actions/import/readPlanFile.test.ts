import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../../domain/actions/import/fileCheck';
import { isHubError } from '../../../../domain/errors';
import { readPlanFile } from './readPlanFile';

const csvFile = (text: string, name = 'plan.csv') => new File([text], name, { type: 'text/csv' });

async function refusal(file: File): Promise<string> {
  try {
    await readPlanFile(file);
  } catch (error) {
    expect(isHubError(error, 'validation')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('the file was read');
}

describe('reading a chosen plan file', () => {
  it('refuses a picture renamed .csv at once, saying what it is', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'plan.csv', { type: 'text/csv' });
    expect(await refusal(png)).toBe('"plan.csv" is a PNG picture: this is not a CSV or Excel file. Save the plan from Excel as .xlsx or .csv and choose it again.');
  });

  it('refuses other binary files by their content, whatever their name', async () => {
    expect(await refusal(new File([new Uint8Array([0x41, 0x42, 0, 1, 2, 3])], 'plan.csv'))).toMatch(/this is not a CSV or Excel file/);
    expect(await refusal(new File(['%PDF-1.7 …'], 'plan.xlsx'))).toMatch(/is a PDF document: this is not a CSV or Excel file/);
  });

  it('says in plain words that a file is empty, or has headings but no rows', async () => {
    expect(await refusal(csvFile('', 'empty.csv'))).toBe('"empty.csv" is empty: there is nothing in it to import.');
    const [sheet] = await readPlanFile(csvFile('Action,Theme,Status\n'));
    expect(sheet?.problem).toBe('"plan.csv" has column headings (Action, Theme, Status) but no rows below them: add the plan\'s actions and choose it again.');
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows with the count, after reading them with progress`, async () => {
    const rows = Array.from({ length: 26_592 }, (_, i) => `B${i},Action number ${i} with some words to make the row longer,Visibility,G`);
    const shares: number[] = [];
    const [sheet] = await readPlanFile(csvFile(`Reference,Action,Theme,Status\n${rows.join('\n')}\n`, 'big.csv'), (s) => shares.push(s));
    expect(sheet?.problem).toBe('"big.csv" has 26,592 rows; an import reads at most 5,000. A plan has tens of actions: check this is the plan, or split the file.');
    expect(shares.length).toBeGreaterThan(10);
    expect(shares.at(-1)).toBe(1);
  });

  it('offers every sheet of a workbook (read by its content, even named .csv), each with its table or why it holds no plan', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['Westbrook University Technician Commitment 2024-27']);
    workbook.addWorksheet('Notes');
    const plan = workbook.addWorksheet('Action plan');
    plan.addRow(['Objective', 'Actions', 'Timescale', 'Responsible', 'RAG']);
    plan.addRow(['Make technical roles visible', 'Add technician profiles', 'Autumn 2024', 'Faculty champions', '']);
    plan.addRow(['Reward technical contributions', 'Nominate technicians for awards', 'Q3 2025', 'TC Lead', 'Green']);
    const buffer = await workbook.xlsx.writeBuffer();
    const sheets = await readPlanFile(new File([buffer], 'westbrook.csv'));
    expect(sheets.map((s) => [s.name, s.table.rows.length, s.problem])).toEqual([
      ['Cover', 0, 'Sheet “Cover” has column headings (Westbrook University Technician Commitment 2024-27) but no rows below them: add the plan\'s actions and choose it again.'],
      ['Notes', 0, 'Sheet “Notes” is empty: there is nothing in it to import.'],
      ['Action plan', 2, undefined],
    ]);
    expect(sheets[2]?.table.headers).toEqual(['Objective', 'Actions', 'Timescale', 'Responsible', 'RAG']);
  });
});
