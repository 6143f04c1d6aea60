import { camlQuery, parseXml, type CamlContext } from './caml';
import type { ColumnDefinition, StoredItem, StoredList, StoredValue } from './model';

// Query schema: https://learn.microsoft.com/en-us/sharepoint/dev/schema/query-schema
// UserID: https://learn.microsoft.com/en-us/sharepoint/dev/schema/userid-element-query
const column = (name: string, facet: Partial<ColumnDefinition>): ColumnDefinition => ({ id: name, name, displayName: name, ...facet });
const list = {
  id: 'l',
  name: 'Actions',
  displayName: 'Actions',
  columns: [
    column('Title', { text: {} }),
    column('RagStatus', { choice: { choices: ['Red', 'Green'] } }),
    column('TargetDate', { dateTime: { format: 'dateOnly' } }),
    column('OwnerAccounts', { personOrGroup: { allowMultipleSelection: true } }),
    column('Plan', { lookup: { listId: 'plans', columnName: 'Title' } }),
  ],
} as unknown as StoredList;
const who = { id: 'u', displayName: 'U', email: 'u@x' };
const item = (id: number, values: Record<string, StoredValue>): StoredItem => ({ id, guid: String(id), version: 1, created: '', modified: '', createdBy: who, modifiedBy: who, values });
const items = [
  item(1, { Title: 'one', RagStatus: 'Red', TargetDate: '2025-03-31T23:00:00Z', OwnerAccounts: [7, 9], Plan: 1 }), // 1 April in London
  item(2, { Title: 'two', RagStatus: 'Green', TargetDate: '2025-05-01T23:00:00Z', OwnerAccounts: [9], Plan: 2 }),
  item(3, { Title: 'three', RagStatus: 'red', OwnerAccounts: [7] }),
];
// 23:30 UTC on 31 March 2025: already 1 April on a UK site.
const ctx: CamlContext = { userId: 7, timeZone: 'Europe/London', now: new Date('2025-03-31T23:30:00Z'), siteUserIdOf: () => 1, lookupText: (_l, _c, id) => (id === 1 ? 'Plan A' : 'Plan B') };
const run = (xml: string) => {
  const q = camlQuery(xml, list, ctx);
  return items.filter(q.matches).sort(q.compare).map((i) => i.id);
};

describe('CAML view queries on the local site', () => {
  it('matches [Me] on a multi-person column when any of its people is the viewer', () => {
    expect(run('<Where><Eq><FieldRef Name="OwnerAccounts"/><Value Type="Integer"><UserID/></Value></Eq></Where>')).toEqual([1, 3]);
    expect(run('<Where><Eq><FieldRef Name="OwnerAccounts"/><Value Type="Integer"><UserID Type="Integer"/></Value></Eq></Where>')).toEqual([1, 3]);
  });

  it('compares text without regard to case, and joins conditions with And/Or', () => {
    expect(run('<Where><Eq><FieldRef Name="RagStatus"/><Value Type="Choice">Red</Value></Eq></Where>')).toEqual([1, 3]);
    expect(run('<Where><And><Eq><FieldRef Name="RagStatus"/><Value Type="Choice">Red</Value></Eq><IsNotNull><FieldRef Name="TargetDate"/></IsNotNull></And></Where>')).toEqual([1]);
    expect(run('<Where><Or><Eq><FieldRef Name="ID"/><Value Type="Counter">2</Value></Eq><IsNull><FieldRef Name="TargetDate"/></IsNull></Or></Where>')).toEqual([2, 3]);
  });

  it('reads <Today/> and date-only values as days on the site’s calendar', () => {
    expect(run('<Where><Eq><FieldRef Name="TargetDate"/><Value Type="DateTime"><Today/></Value></Eq></Where>')).toEqual([1]);
    expect(run('<Where><Leq><FieldRef Name="TargetDate"/><Value Type="DateTime"><Today OffsetDays="30"/></Value></Leq></Where>')).toEqual([1]);
    expect(run('<Where><Leq><FieldRef Name="TargetDate"/><Value Type="DateTime"><Today OffsetDays="31"/></Value></Leq></Where>')).toEqual([1, 2]);
  });

  it('compares a lookup by its text, or by id with LookupId="TRUE"', () => {
    expect(run('<Where><Eq><FieldRef Name="Plan"/><Value Type="Lookup">Plan B</Value></Eq></Where>')).toEqual([2]);
    expect(run('<Where><Eq><FieldRef Name="Plan" LookupId="TRUE"/><Value Type="Lookup" LookupId="TRUE">1</Value></Eq></Where>')).toEqual([1]);
  });

  it('orders by OrderBy (empty first, Ascending="FALSE" reversed) and keeps groups together', () => {
    expect(run('<OrderBy><FieldRef Name="TargetDate" Ascending="FALSE"/></OrderBy>')).toEqual([2, 1, 3]);
    expect(run('<OrderBy><FieldRef Name="TargetDate"/></OrderBy>')).toEqual([3, 1, 2]);
    expect(run('<GroupBy Collapse="FALSE"><FieldRef Name="RagStatus"/></GroupBy><OrderBy><FieldRef Name="ID" Ascending="FALSE"/></OrderBy>')).toEqual([2, 3, 1]);
    expect(camlQuery('<View><Query><Where><IsNotNull><FieldRef Name="Title"/></IsNotNull></Where></Query><RowLimit>2</RowLimit></View>', list, ctx).rowLimit).toBe(2);
  });

  it('refuses what it cannot evaluate, or XML that is not well-formed, instead of answering wrongly', () => {
    expect(() => run('<Where><Membership Type="CurrentUserGroups"><FieldRef Name="Title"/></Membership></Where>')).toThrow('cannot evaluate <Membership>');
    expect(() => run('<Where><Eq><FieldRef Name="Nope"/><Value Type="Text">x</Value></Eq></Where>')).toThrow("'Nope' is not a column");
    expect(() => parseXml('<Where><Eq></Where>')).toThrow('not well-formed');
  });
});
