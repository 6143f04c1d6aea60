import type { StoredList } from './model';
import { isCalendarValid, prepareWrite, toDateOnly, toDateTime, type WriteChecks } from './validate';

const list: StoredList = {
  id: 'l1',
  name: 'Actions',
  displayName: 'Actions',
  description: '',
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
  createdBy: { id: 'u', displayName: 'U', email: 'u@x' },
  writeSecurity: 1,
  views: [],
  nextItemId: 1,
  columns: [
    { id: 't', name: 'Title', displayName: 'Action', text: { maxLength: 255 } },
    { id: 'r', name: 'RagStatus', displayName: 'RAG status', required: true, choice: { choices: ['Red', 'Amber', 'Green', 'Blue'] }, defaultValue: { value: 'Amber' } },
    { id: 'p', name: 'Plan', displayName: 'Plan', required: true, lookup: { listId: 'plans' } },
    { id: 'o', name: 'Owners', displayName: 'Owners', lookup: { listId: 'people', allowMultipleValues: true } },
    { id: 'd', name: 'Due', displayName: 'Due', dateTime: { format: 'dateOnly' } },
  ],
};

const checks: WriteChecks = {
  lookupExists: (listId, id) => (listId === 'plans' && id === 1) || (listId === 'people' && id <= 3),
  valueTaken: () => false,
};

describe('item write validation', () => {
  it('applies defaults, converts lookups and date-only values on create', () => {
    expect(prepareWrite(list, { Title: 'Run a fair', PlanLookupId: '1', 'OwnersLookupId@odata.type': 'Collection(Edm.Int32)', OwnersLookupId: [2, 3, 2], Due: '2025-07-31' }, 'create', checks)).toEqual({
      Title: 'Run a fair',
      Plan: 1,
      Owners: [2, 3],
      Due: '2025-07-31T00:00:00Z',
      RagStatus: 'Amber',
    });
  });

  it('refuses a missing required lookup on create but not on update', () => {
    expect(() => prepareWrite(list, { Title: 'x' }, 'create', checks)).toThrow(/Field 'Plan' in 'Actions' is required/);
    expect(prepareWrite(list, { Title: 'x' }, 'update', checks)).toEqual({ Title: 'x' });
  });

  it('refuses clearing a required column and lets optional ones clear with null', () => {
    expect(() => prepareWrite(list, { RagStatus: null }, 'update', checks)).toThrow(/required and cannot be cleared/);
    expect(prepareWrite(list, { Due: null, OwnersLookupId: [] }, 'update', checks)).toEqual({ Due: null, Owners: null });
  });

  it('refuses lookups to items that do not exist', () => {
    expect(() => prepareWrite(list, { OwnersLookupId: [1, 7] }, 'update', checks)).toThrow(/no item 7 in the list it looks up/);
  });

  it('ignores OData annotations and the id a client read back', () => {
    expect(prepareWrite(list, { '@odata.etag': '"x,1"', id: '4', Title: 'y' }, 'update', checks)).toEqual({ Title: 'y' });
  });
});

describe('date conversion', () => {
  it('stores date-only values as midnight UTC and date-times in whole seconds', () => {
    expect(toDateOnly('2024-07-26T00:00:00Z')).toBe('2024-07-26T00:00:00Z');
    expect(toDateOnly('26/07/2024')).toBeUndefined();
    expect(toDateTime('2024-07-26T09:30:15.250+01:00')).toBe('2024-07-26T08:30:15Z');
    expect(toDateTime('tomorrow')).toBeUndefined();
  });
});

describe('strict dates and times', () => {
  it.each(['2027-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2027-02-28T25:00:00Z', '2027-02-28T10:60:00Z', '2027-02-28T10:00:61Z', '2027-02-28T10:00:00+15:00', '1899-12-31', '8901-01-01', '2027-2-3', '2027-02-28 10:00', '2027-02-28T10:00:00ZZ'])(
    'refuses %s, which is not on the calendar or not in SharePoint’s range',
    (value) => {
      expect(isCalendarValid(value)).toBe(false);
      expect({ dateOnly: toDateOnly(value), dateTime: toDateTime(value) }).toEqual({ dateOnly: undefined, dateTime: undefined });
    },
  );

  it('accepts real dates, leap days and offsets', () => {
    expect(toDateOnly('2028-02-29')).toBe('2028-02-29T00:00:00Z');
    expect(toDateTime('2027-02-28T23:59:59-05:30')).toBe('2027-03-01T05:29:59Z');
    expect(toDateTime('1900-01-01T00:00:00Z')).toBe('1900-01-01T00:00:00Z');
  });

  it('refuses an impossible date-time on write instead of rolling it over to March', () => {
    expect(() => prepareWrite(list, { Due: '2027-02-30' }, 'update', checks)).toThrow(/Field 'Due' in 'Actions': expected an ISO 8601 date that exists on the calendar/);
  });
});
