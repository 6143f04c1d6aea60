import { isHubError } from '../../errors';
import { cellKey, effectiveRatings } from '../effective';
import { DEFAULT_LABELS } from '../proficiency';
import { NOW, person, rating, skill } from '../__fixtures__/sample';
import { parseLongCsv, suggestLongMapping } from './longCsv';
import { parseMatrixSheet, suggestMatrixMapping } from './matrixSheet';
import { planRatingImport } from './plan';

const ann = person('1', 'Ann Smith');
const ben = person('2', 'Ben Jones');
const twin1 = person('3', 'Chris Lee');
const twin2 = person('4', 'Chris Lee', { email: 'c.lee2@uni.example' });
const people = [ann, ben, twin1, twin2];
const skills = [skill('10', 'PCR'), skill('11', 'Autoclave'), skill('12', 'Old PCR', { retired: true, mergedIntoId: '10' as never })];
const context = { people, skills, labels: DEFAULT_LABELS };

describe('importing the wide spreadsheet matrix', () => {
  const rows = [
    ['Faculty skills matrix 2026'],
    ['Name', 'PCR', 'Autoclave', 'Comments'],
    ['Ann Smith', 3, 'Expert', 'fine'],
    ['ben.jones@uni.example', '', 'practitioner'],
    [],
  ];

  it('finds the header row, the person column and skills by name, ignoring unknown columns', () => {
    const mapping = suggestMatrixMapping(rows, skills);
    expect(mapping.headerRow).toBe(1);
    expect(mapping.personColumn).toBe(0);
    expect(mapping.skillColumns).toEqual([
      { column: 1, header: 'PCR', skillId: '10' },
      { column: 2, header: 'Autoclave', skillId: '11' },
      { column: 3, header: 'Comments', skillId: undefined },
    ]);
  });

  it('reads numbers and labels in cells, people by name or email, blanks as no rating', () => {
    const preview = parseMatrixSheet(rows, suggestMatrixMapping(rows, skills), context);
    expect(preview.issues).toEqual([]);
    expect(preview.ratings.map((r) => [r.row, r.personId, r.skillId, r.level])).toEqual([
      [3, '1', '10', 3],
      [3, '1', '11', 3],
      [4, '2', '11', 2],
    ]);
    expect(preview.ignoredColumns).toEqual(['Comments']);
    expect(preview.blankCells).toBe(1);
  });

  it('maps a retired column name to the skill it was merged into', () => {
    const mapping = suggestMatrixMapping([['Person', 'Old PCR'], ['Ann Smith', 2]], skills);
    expect(mapping.skillColumns[0].skillId).toBe('10');
  });

  it('names the row and column of every bad cell and unknown or ambiguous person', () => {
    const bad = [['Name', 'PCR', 'Autoclave'], ['Ann Smith', 7, 'guru'], ['Nobody Here', 1, 1], ['Chris Lee', 1, 1]];
    const preview = parseMatrixSheet(bad, suggestMatrixMapping(bad, skills), context);
    expect(preview.issues).toEqual([
      { row: 2, field: 'PCR', message: expect.stringMatching(/^“7” is not a level/) },
      { row: 2, field: 'Autoclave', message: expect.stringMatching(/^“guru” is not a level/) },
      { row: 3, field: 'Person', message: 'No person “Nobody Here” in the People list; expected a name or email of someone in it.' },
      { row: 4, field: 'Person', message: '“Chris Lee” matches 2 people; use their email instead.' },
    ]);
  });

  it('refuses two columns mapped to the same skill and the same person twice', () => {
    const dup = [['Name', 'PCR', 'Old PCR'], ['Ann Smith', 1, 2]];
    expect(parseMatrixSheet(dup, suggestMatrixMapping(dup, skills), context).issues[0].message).toBe('Columns “PCR” and “Old PCR” are mapped to the same skill; map one of them to nothing.');
    const twice = [['Name', 'PCR'], ['Ann Smith', 1], ['ann.smith@uni.example', 2]];
    expect(parseMatrixSheet(twice, suggestMatrixMapping(twice, skills), context).issues).toEqual([{ row: 3, field: 'skill', message: 'This person’s “PCR” is already rated on row 2; keep one.' }]);
  });
});

describe('importing the long CSV', () => {
  const rows = [
    ['Email', 'Skill', 'Level', 'Wants to develop', 'Last reviewed', 'Certificate expiry'],
    ['ann.smith@uni.example', 'PCR', '2', 'yes', '01/02/2026', ''],
    ['Ben Jones', 'autoclave', 'Expert', '', '2026-03-04', '2027-01-31'],
  ];

  it('guesses the mapping from the header', () => {
    expect(suggestLongMapping(rows)).toEqual({ person: 0, skill: 1, level: 2, wantsToDevelop: 3, lastReviewed: 4, certificateExpiry: 5 });
  });

  it('reads each row with its optional columns (UK dates too)', () => {
    const preview = parseLongCsv(rows, suggestLongMapping(rows), context);
    expect(preview.issues).toEqual([]);
    expect(preview.ratings).toEqual([
      { row: 2, personId: '1', skillId: '10', level: 2, wantsToDevelop: true, lastReviewed: '2026-02-01', certificateExpiry: undefined },
      { row: 3, personId: '2', skillId: '11', level: 3, wantsToDevelop: undefined, lastReviewed: '2026-03-04', certificateExpiry: '2027-01-31' },
    ]);
  });

  it('reports each bad field with its row', () => {
    const bad = [rows[0], ['ann.smith@uni.example', 'Basket weaving', '9', '', '31/02/2026', '']];
    expect(parseLongCsv(bad, suggestLongMapping(bad), context).issues).toEqual([
      { row: 2, field: 'Skill', message: 'No skill “Basket weaving” in the catalogue; add it first or correct the name.' },
      { row: 2, field: 'Level', message: expect.stringMatching(/^“9” is not a level/) },
      { row: 2, field: 'Last reviewed', message: '“31/02/2026” is not a date; expected YYYY-MM-DD or DD/MM/YYYY.' },
    ]);
  });

  it('asks for the required columns when the mapping lacks them', () => {
    expect(parseLongCsv([['Who', 'What']], {}, context).issues.map((i) => i.field)).toEqual(['Person', 'Skill', 'Level']);
  });
});

describe('planning the import write', () => {
  const rows = [['Name', 'PCR', 'Autoclave'], ['Ann Smith', 3, 2]];
  const preview = parseMatrixSheet(rows, suggestMatrixMapping(rows, skills), context);

  it('plans nothing at all when any row has a problem, listing every problem', () => {
    const bad = parseMatrixSheet([['Name', 'PCR'], ['Ann Smith', 3], ['Nobody', 1]], suggestMatrixMapping([['Name', 'PCR']], skills), context);
    let error: unknown;
    try {
      planRatingImport(bad, new Map(), { source: 'Self', today: '2026-11-23' });
    } catch (e) {
      error = e;
    }
    expect(isHubError(error, 'validation')).toBe(true);
    expect((error as Error).message).toBe('The file has 1 problem; nothing was imported.');
  });

  it('creates new rating items and skips ratings already stored at the same level', () => {
    const current = effectiveRatings([rating('1', '10', 3)], people, { now: NOW });
    expect(current.has(cellKey('1', '10'))).toBe(true);
    const plan = planRatingImport(preview, current, { source: 'Self', today: '2026-11-23' });
    expect(plan.unchanged).toBe(1);
    expect(plan.creates).toEqual([{ personId: '1', skillId: '11', source: 'Self', level: 2, wantsToDevelop: false, lastReviewed: '2026-11-23', certificateExpiry: undefined }]);
  });
});
