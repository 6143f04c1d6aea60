import { LISTS, listSpec } from '../schema/lists';
import type { ColumnSpec } from '../schema/types';
import { columnDefinition, createListColumns, isLookup } from './columnDefinitions';

const column = (spec: Partial<ColumnSpec> & Pick<ColumnSpec, 'kind'>): ColumnSpec => ({ name: 'X', displayName: 'X', ...spec });

describe('schema → Graph column definitions', () => {
  it('makes single-line text a text facet with its length, and a note multi-line', () => {
    expect(columnDefinition(column({ kind: 'text', maxLength: 32 })).text).toEqual({ allowMultipleLines: false, maxLength: 32 });
    expect(columnDefinition(column({ kind: 'text' })).text?.maxLength).toBe(255);
    expect(columnDefinition(column({ kind: 'note' })).text).toMatchObject({ allowMultipleLines: true });
  });

  it('makes a choice a drop-down and a multi-choice check boxes, with fill-in as allowTextEntry', () => {
    expect(columnDefinition(column({ kind: 'choice', choices: ['A', 'B'] })).choice).toEqual({ allowTextEntry: false, choices: ['A', 'B'], displayAs: 'dropDownMenu' });
    expect(columnDefinition(column({ kind: 'multiChoice', choices: ['A'], allowFillIn: true })).choice).toEqual({ allowTextEntry: true, choices: ['A'], displayAs: 'checkBoxes' });
  });

  it('makes dates dateTime facets with their format', () => {
    expect(columnDefinition(column({ kind: 'dateOnly' })).dateTime).toEqual({ format: 'dateOnly' });
    expect(columnDefinition(column({ kind: 'dateTime' })).dateTime).toEqual({ format: 'dateTime' });
  });

  it('makes a number facet with Graph’s decimal words and the range', () => {
    expect(columnDefinition(column({ kind: 'number', min: 0, max: 4, decimals: 0 })).number).toEqual({ decimalPlaces: 'none', minimum: 0, maximum: 4 });
    expect(columnDefinition(column({ kind: 'number', decimals: 2 })).number).toEqual({ decimalPlaces: 'two' });
  });

  it('makes boolean and person facets', () => {
    expect(columnDefinition(column({ kind: 'boolean', defaultValue: false }))).toMatchObject({ boolean: {}, defaultValue: { value: '0' } });
    expect(columnDefinition(column({ kind: 'person' })).personOrGroup).toEqual({ allowMultipleSelection: false, chooseFromType: 'peopleOnly' });
  });

  it('points a lookup at the target list’s Title, multi-valued for a multi lookup', () => {
    expect(columnDefinition(column({ kind: 'lookup', lookupList: 'people' }), { people: 'guid-p' }).lookup).toEqual({ listId: 'guid-p', columnName: 'Title', allowMultipleValues: false });
    expect(columnDefinition(column({ kind: 'multiLookup', lookupList: 'units' }), { units: 'guid-u' }).lookup?.allowMultipleValues).toBe(true);
  });

  it('refuses a lookup whose target list id is not known yet', () => {
    expect(() => columnDefinition(column({ kind: 'lookup', lookupList: 'people' }))).toThrow(/people/);
  });

  it('carries required, indexed, unique, default and description', () => {
    const email = columnDefinition(listSpec('people').columns.find((c) => c.name === 'Email') as ColumnSpec);
    expect(email).toMatchObject({ name: 'Email', displayName: 'Email', required: true, indexed: true, enforceUniqueValues: true });
    const rag = columnDefinition(listSpec('actions').columns.find((c) => c.name === 'RagStatus') as ColumnSpec);
    // A status nobody gave is not a judgement: the column's default is "Not yet assessed", never Amber.
    expect(rag.defaultValue).toEqual({ value: 'Not yet assessed' });
    expect(rag.description).toMatch(/Canonical/);
  });

  it('leaves lookups out of every list’s create body and keeps the other columns', () => {
    for (const list of LISTS) {
      const names = createListColumns(list).map((c) => c.name);
      expect(names).toEqual(list.columns.filter((c) => !isLookup(c)).map((c) => c.name));
    }
  });
});
