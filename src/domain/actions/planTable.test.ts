import { asId, type PersonId } from '../ids';
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

  it('re-imports into the same plan without creating or changing anything, owners included', () => {
    const will = { id: asId<PersonId>('7'), name: 'Will Baker', email: 'will.baker@dmu.ac.uk' };
    const owned = [...actions, anAction({ reference: '3.1', ownerIds: [will.id], ownerRoles: 'SRO, TCWG', projectGroup: 'Technician Voice group', targetDate: '2023-01-31' })];
    const table = tableFromCsv(planToCsv(plan, owned, (id) => (id === will.id ? will.name : undefined)));
    const preview = previewImport(table, suggestMapping(table.headers), plan, owned, [will]);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, invalid: 0 });
  });
});
