import type { Action, Draft, HubEvent, Person } from '../../domain/model';
import type { ActionId, PersonId, PlanId, UnitId } from '../../domain/ids';
import { LISTS } from '../schema/lists';
import { boundProperties, selectedFields, toDomain, toFields } from './fields';

const action: Draft<Action> = {
  planId: '3' as PlanId,
  title: 'Technician profiles',
  reference: 'V5',
  talentRefs: ['R1', 'R16'],
  themes: ['Visibility'],
  task: 'Publish profiles of technicians',
  targetDate: '2024-07-26',
  ragStatus: 'Green',
  ownerIds: ['4' as PersonId, '9' as PersonId],
  strategyAlignment: [],
  sortOrder: 5,
};

describe('domain → Graph fields (write format)', () => {
  it('writes a lookup as <Name>LookupId with a number', () => {
    expect(toFields('actions', action)).toMatchObject({ PlanLookupId: 3 });
  });

  it('writes a multi lookup with its Collection(Edm.Int32) type', () => {
    const fields = toFields('actions', action);
    expect(fields['OwnersLookupId@odata.type']).toBe('Collection(Edm.Int32)');
    expect(fields.OwnersLookupId).toEqual([4, 9]);
  });

  it('writes a multi choice with its Collection(Edm.String) type', () => {
    const fields = toFields('actions', action);
    expect(fields['TalentRefs@odata.type']).toBe('Collection(Edm.String)');
    expect(fields.TalentRefs).toEqual(['R1', 'R16']);
  });

  it('writes a date-only value as midnight UTC when the site keeps UTC', () => {
    expect(toFields('actions', action).TargetDate).toBe('2024-07-26T00:00:00Z');
  });

  // SharePoint keeps a date-only value as midnight in the site's zone, returned in UTC (pnp/pnpjs#1890).
  it.each([
    ['Europe/London', '2024-07-26', '2024-07-25T23:00:00Z'],
    ['Europe/London', '2024-12-02', '2024-12-02T00:00:00Z'],
    ['America/Chicago', '2024-07-26', '2024-07-26T05:00:00Z'],
    ['Pacific/Auckland', '2024-12-02', '2024-12-01T11:00:00Z'],
  ])('in %s writes %s as %s and reads it back as the same day, however often it is saved', (timeZone, day, wire) => {
    const fields = toFields('actions', { ...action, targetDate: day }, { timeZone });
    expect(fields.TargetDate).toBe(wire);
    const read = toDomain('actions', { id: '1', fields: { ...fields, PlanLookupId: '3' } }, { timeZone });
    expect(read.targetDate).toBe(day);
    const again = toFields('actions', { targetDate: read.targetDate }, { mode: 'update', timeZone });
    expect(again.TargetDate).toBe(wire);
  });

  it('leaves out what a new record does not have, and clears with null on update', () => {
    expect(toFields('actions', action)).not.toHaveProperty('Evidence');
    const changes = toFields('actions', { evidence: undefined, originActionId: undefined, ragStatus: 'Red' }, { mode: 'update' });
    expect(changes).toEqual({ Evidence: null, OriginActionLookupId: null, RagStatus: 'Red' });
  });

  it('keeps a plan’s extra themes one a line and a setting as JSON', () => {
    expect(toFields('actionPlans', { extraThemes: ['Wellbeing', 'EDI'] }).ExtraThemes).toBe('Wellbeing\nEDI');
    expect(toFields('hubSettings', { key: 'digest', value: { day: 'Mon' } })).toEqual({ Title: 'digest', SettingValue: '{"day":"Mon"}' });
  });

  it('gives records without a title of their own a Title', () => {
    expect(toFields('skillRatings', { source: 'Manager', level: 3 }).Title).toBe('Manager rating');
  });
});

describe('Graph item → domain record (read format)', () => {
  const item = {
    id: '12',
    eTag: '"{abc},2"',
    createdDateTime: '2024-01-01T09:00:00Z',
    lastModifiedDateTime: '2024-02-01T09:00:00Z',
    createdBy: { user: { email: 'member@demo.local', displayName: 'M' } },
    lastModifiedBy: { user: { email: 'owner@demo.local' } },
    fields: {
      id: '12',
      '@odata.etag': '"abc,2"',
      Title: 'Technician profiles',
      PlanLookupId: '3',
      Reference: 'V5',
      'TalentRefs@odata.type': 'Collection(Edm.String)',
      TalentRefs: ['R1', 'R16'],
      Themes: ['Visibility'],
      Task: 'Publish profiles',
      TargetDate: '2024-07-26T00:00:00Z',
      RagStatus: 'Green',
      Owners: [
        { LookupId: 4, LookupValue: 'Ann' },
        { LookupId: 9, LookupValue: 'Bo' },
      ],
      SortOrder: 5,
    },
  };

  it('reads lookups as id strings, multi lookups as id lists, dates as YYYY-MM-DD', () => {
    const read = toDomain('actions', item);
    expect(read).toMatchObject({ id: '12', eTag: '"{abc},2"', planId: '3', ownerIds: ['4', '9'], targetDate: '2024-07-26', talentRefs: ['R1', 'R16'], sortOrder: 5 });
    expect(read.createdBy).toBe('member@demo.local');
    expect(read.modifiedBy).toBe('owner@demo.local');
  });

  it('gives empty collections and false for omitted values, and no key for omitted scalars', () => {
    const read = toDomain('actions', item);
    expect(read.strategyAlignment).toEqual([]);
    expect(read).not.toHaveProperty('evidence');
    const event: HubEvent = toDomain('events', { id: '1', fields: { Title: 'Showcase', EventType: 'Showcase', Start: '2025-03-14T09:30:00Z', End: '2025-03-14T12:00:00Z' } });
    expect(event.cancelled).toBe(false);
    expect(event.audienceUnitIds).toEqual([]);
  });

  it('round-trips a record through its write and read formats', () => {
    const person: Draft<Person> = { name: 'Ann O’Neil', email: 'ann@uni.ac.uk', unitId: '2' as UnitId, lineManagerId: '7' as PersonId, expectedLeavingDate: '2027-08-31', role: 'Technician' };
    const fields = toFields('people', person);
    // What the server stores and returns: LookupId keys as strings, dates as given.
    const returned = { ...fields, UnitLookupId: '2', LineManagerLookupId: '7' };
    expect(toDomain('people', { id: '5', fields: returned })).toMatchObject(person);
    const origin: Draft<Action> = { ...action, originActionId: '8' as ActionId };
    const back = toFields('actions', origin);
    const readBack = toDomain('actions', {
      id: '1',
      fields: { ...back, PlanLookupId: '3', OriginActionLookupId: '8', Owners: (back.OwnersLookupId as number[]).map((n) => ({ LookupId: n, LookupValue: '' })) },
    });
    expect(readBack).toMatchObject(origin);
  });
});

describe('mapping declarations', () => {
  it('bind every property of every list to a column the schema declares', () => {
    for (const list of LISTS) expect(boundProperties(list.key).length).toBeGreaterThan(0);
  });

  it('select lookups by their LookupId name and always the Title', () => {
    expect(selectedFields('actions')).toEqual(expect.arrayContaining(['Title', 'PlanLookupId', 'Owners', 'TalentRefs']));
    expect(selectedFields('skillRatings')).toContain('Title');
  });
});
