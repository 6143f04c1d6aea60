 
import { readFileSync } from 'node:fs';
import { suggestMapping } from '../../../../domain/actions/import/headerMapping';
import { previewImport } from '../../../../domain/actions/import/importPreview';
import { tableFromCsv } from '../../../../domain/actions/import/table';
import { asId, type PlanId } from '../../../../domain/ids';
import { withSchemaChecks } from './schemaChecks';

const plan = { id: asId<PlanId>('5'), title: 'Leeds 2021-24', statusScheme: 'Red/Amber/Green' as const, extraThemes: [], periodStart: '2021-04-01', periodEnd: '2024-03-31', state: 'Active' as const };

describe('schema checks on an import preview', () => {
  it('turns a cell too long for its column into an error naming the row and the file’s column', () => {
    const csv = `Action,Link to TC,Timeframe\nWebsite,Visibility (V2),Continuing action\nNetwork,Visibility (V3),${'x'.repeat(300)}\n`;
    const table = tableFromCsv(csv);
    const mapping = suggestMapping(table.headers);
    const checked = withSchemaChecks(previewImport(table, mapping, plan, []), mapping);
    expect(checked.errors).toEqual([{ row: 3, field: 'Timeframe', message: expect.stringMatching(/300 characters long; at most 255 fit/) }]);
    expect(checked.counts).toMatchObject({ create: 1, invalid: 1 });
    expect(checked.canImport).toBe(false);
  });

  it('passes Leeds’ whole plan, its second references stored as other references', () => {
    const text = readFileSync(`${__dirname}/../../../../../tests/fixtures/leeds-2021-24-action-plan.csv`, 'utf8');
    const table = tableFromCsv(text);
    const mapping = suggestMapping(table.headers);
    const checked = withSchemaChecks(previewImport(table, mapping, plan, []), mapping);
    expect(checked.errors).toEqual([]);
    expect(checked.rows.find((r) => r.action?.reference === 'V5')?.action?.otherReferences).toEqual(['S1']);
  });

  it.each(['northshire-2020-23-action-plan.csv', 'westbrook-2024-27-action-plan.csv'])('passes %s, its multi-line cells fitting single-line columns', (name) => {
    const table = tableFromCsv(readFileSync(`${__dirname}/../../../../../tests/fixtures/${name}`, 'utf8'));
    const mapping = suggestMapping(table.headers);
    expect(withSchemaChecks(previewImport(table, mapping, plan, []), mapping).errors).toEqual([]);
  });

  it('names the file’s own column for a title too long to store, never the internal field', () => {
    const table = tableFromCsv(`Short title,Action,Link to TC\n${'Long '.repeat(60)},Website,Visibility (V2)\n`);
    const mapping = suggestMapping(table.headers);
    const checked = withSchemaChecks(previewImport(table, mapping, plan, []), mapping);
    expect(checked.errors).toEqual([{ row: 2, field: 'Short title', message: expect.stringMatching(/at most 255 fit/) }]);
  });

  it('leaves a clean preview as it was', () => {
    const table = tableFromCsv('Action,Link to TC\nWebsite,Visibility (V2)\n');
    const mapping = suggestMapping(table.headers);
    const preview = previewImport(table, mapping, plan, []);
    expect(withSchemaChecks(preview, mapping)).toEqual(preview);
  });
});
