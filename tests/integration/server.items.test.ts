import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

type Item = { id: string; eTag: string; createdBy: { user: { id: string; displayName: string; email: string } }; lastModifiedBy: { user: { displayName: string } }; fields: Record<string, unknown> };
type Page = { value: Item[]; '@odata.nextLink'?: string };
type GraphErrorBody = { error: { code: string; message: string } };

const NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const q = (text: string): string => `'${text.replace(/'/g, "''")}'`;

describe('local Graph server: list items', () => {
  let t: TestServer;
  let unitA: string;
  let unitB: string;

  beforeAll(async () => {
    t = await startServer({ now: () => new Date('2026-03-01T10:00:00.123Z') });
    await createTestLists(t);
    unitA = (await t.graph<Item>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: "St John's Lab", UnitKind: 'School' } } })).body.id;
    unitB = (await t.graph<Item>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Physics', UnitKind: 'Faculty' } } })).body.id;
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it('creates an item (201) and reads every kind of field back in Graph’s wire format', async () => {
    const created = await t.graph<Item>('POST', '/sites/root/lists/People/items', {
      as: 'member@demo.local',
      body: {
        fields: {
          Title: 'Ada',
          Email: 'ada@demo.local',
          UnitLookupId: Number(unitA),
          'UnitsLookupId@odata.type': 'Collection(Edm.Int32)',
          UnitsLookupId: [Number(unitA), Number(unitB)],
          'Skills@odata.type': 'Collection(Edm.String)',
          Skills: ['Lasers', 'Welding'],
          Level: 3,
          Active: true,
          Started: '2024-07-26',
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.body.createdBy.user).toEqual({ id: '0b5e1c3a-0000-4000-8000-000000000002', displayName: 'Marcus Member', email: 'member@demo.local' });
    const read = await t.graph<Item>('GET', `/sites/root/lists/People/items/${created.body.id}?$expand=fields`);
    expect(read.body.fields).toMatchObject({
      '@odata.etag': created.body.eTag,
      id: created.body.id,
      Title: 'Ada',
      UnitLookupId: unitA,
      Units: [
        { LookupId: Number(unitA), LookupValue: "St John's Lab" },
        { LookupId: Number(unitB), LookupValue: 'Physics' },
      ],
      'Skills@odata.type': 'Collection(Edm.String)',
      Skills: ['Lasers', 'Welding'],
      Level: 3,
      Active: true,
      // A date-only value is midnight in the site's zone (GMT Standard Time by default), in UTC: BST in July.
      Started: '2024-07-25T23:00:00Z',
      PersonRole: 'Technician',
      Created: '2026-03-01T10:00:00Z',
    });
    expect(read.body.fields).not.toHaveProperty('Notes');
    const fieldsOnly = await t.graph<Record<string, unknown>>('GET', `/sites/root/lists/People/items/${created.body.id}/fields`);
    expect(fieldsOnly.body).toEqual(read.body.fields);
  });

  it('returns fields only when expanded, and only the selected ones with $select', async () => {
    const plain = await t.graph<Page>('GET', '/sites/root/lists/People/items');
    expect(plain.body.value[0]).not.toHaveProperty('fields');
    const selected = await t.graph<Page>('GET', '/sites/root/lists/People/items?$select=id&$expand=fields($select=Email,Unit)');
    expect(Object.keys(selected.body.value[0]).sort()).toEqual(['@odata.etag', 'fields', 'id']);
    expect(Object.keys(selected.body.value[0].fields).sort()).toEqual(['@odata.etag', 'Email', 'UnitLookupId', 'id']);
    // $select alone shapes the item and never brings fields in; a column name there is not an item property.
    const bare = await t.graph<Page>('GET', '/sites/root/lists/People/items?$select=id,createdBy');
    expect(Object.keys(bare.body.value[0]).sort()).toEqual(['@odata.etag', 'createdBy', 'id']);
    const withFieldsNamed = await t.graph<Page>('GET', '/sites/root/lists/People/items?$select=id,fields');
    expect(withFieldsNamed.body.value[0]).not.toHaveProperty('fields');
    const column = await t.graph<GraphErrorBody>('GET', '/sites/root/lists/People/items?$select=Email');
    expect(column.status).toBe(400);
    expect(column.body.error.message).toMatch(/\$expand=fields\(\$select=Email\)/);
    const unknown = await t.graph<GraphErrorBody>('GET', '/sites/root/lists/People/items?$expand=fields($select=Nope)');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Field 'Nope' is not recognized/);
  });

  it.each([
    [{ Title: 'X', Email: 'x1@demo.local', Nope: 1 }, /Field 'Nope' is not recognized/],
    [{ Title: 'X', Email: 'x2@demo.local', email: 1 }, /did you mean 'Email'/],
    [{ Title: 'X' }, /Field 'Email' in 'People' is required/],
    [{ Title: 'X', Email: 'x3@demo.local', PersonRole: 'Wizard' }, /'Wizard' is not one of the choices \(Technician, Manager\)/],
    [{ Title: 'X', Email: 'x4@demo.local', Level: 9 }, /9 is above the maximum 4/],
    [{ Title: 'X', Email: 'x5@demo.local', Level: 'three' }, /expected a number/],
    [{ Title: 'X', Email: 'x6@demo.local', UnitLookupId: 999 }, /no item 999 in the list it looks up/],
    [{ Title: 'X', Email: 'x7@demo.local', Unit: 1 }, /is a lookup: write 'UnitLookupId'/],
    [{ Title: 'X', Email: 'x8@demo.local', Started: 'soon' }, /expected an ISO 8601 date/],
    [{ Title: 'X', Email: 'ada@demo.local' }, /must be unique/],
    [{ Title: 'x'.repeat(256), Email: 'x9@demo.local' }, /256 characters long; at most 255/],
  ])('refuses a bad write %p with 400 naming the field, writing nothing', async (fields, message) => {
    const before = (await t.graph<Page>('GET', '/sites/root/lists/People/items')).body.value.length;
    const answer = await t.graph<GraphErrorBody>('POST', '/sites/root/lists/People/items', { body: { fields } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalidRequest');
    expect(answer.body.error.message).toMatch(message);
    expect((await t.graph<Page>('GET', '/sites/root/lists/People/items')).body.value.length).toBe(before);
  });

  it('updates fields with the current eTag, returns the new one, and refuses a stale eTag with 412 writing nothing', async () => {
    const created = await t.graph<Item>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Chemistry' } } });
    const path = `/sites/root/lists/Units/items/${created.body.id}`;
    const updated = await t.graph<Record<string, unknown>>('PATCH', `${path}/fields`, { body: { UnitKind: 'Faculty' }, headers: { 'If-Match': created.body.eTag } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ UnitKind: 'Faculty', Title: 'Chemistry' });
    expect(updated.body['@odata.etag']).toMatch(/,2"$/);
    const stale = await t.graph<GraphErrorBody>('PATCH', `${path}/fields`, { body: { Title: 'Lost update' }, headers: { 'If-Match': created.body.eTag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('preconditionFailed');
    const after = await t.graph<Item>('GET', `${path}?$expand=fields`);
    expect(after.body.fields.Title).toBe('Chemistry');
    const star = await t.graph('PATCH', `${path}/fields`, { body: { UnitKind: null }, headers: { 'If-Match': '*' } });
    expect(star.status).toBe(200);
    expect((await t.graph<Item>('GET', `${path}?$expand=fields`)).body.fields).not.toHaveProperty('UnitKind');
    const staleDelete = await t.graph('DELETE', path, { headers: { 'If-Match': created.body.eTag } });
    expect(staleDelete.status).toBe(412);
    expect((await t.graph('DELETE', path)).status).toBe(204);
    expect((await t.graph('GET', path)).status).toBe(404);
  });

  it('records the acting person as lastModifiedBy', async () => {
    const created = await t.graph<Item>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Biology' } } });
    await t.graph('PATCH', `/sites/root/lists/Units/items/${created.body.id}/fields`, { as: 'member@demo.local', body: { Title: 'Biosciences' } });
    const read = await t.graph<Item>('GET', `/sites/root/lists/Units/items/${created.body.id}`);
    expect(read.body.createdBy.user.displayName).toBe('Olivia Owner');
    expect(read.body.lastModifiedBy.user.displayName).toBe('Marcus Member');
  });

  it('lets visitors read but not write (403 accessDenied)', async () => {
    expect((await t.graph('GET', '/sites/root/lists/Units/items', { as: 'visitor@demo.local' })).status).toBe(200);
    const write = await t.graph<GraphErrorBody>('POST', '/sites/root/lists/Units/items', { as: 'visitor@demo.local', body: { fields: { Title: 'No' } } });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toMatch(/has Read on 'Units', which does not include Add Items/);
  });

  it('holds members to their own items in an item-level-write list, while owners edit all', async () => {
    const list = await t.graph<{ id: string }>('GET', '/sites/root/lists/Skill%20Ratings');
    const merge = await fetch(`${t.baseUrl}/_api/web/lists(guid'${list.body.id}')`, {
      method: 'POST',
      headers: { Authorization: 'Bearer dev:owner@demo.local', 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json', Accept: 'application/json;odata=nometadata' },
      body: JSON.stringify({ WriteSecurity: 2 }),
    });
    expect(merge.status).toBe(204);
    const mine = await t.graph<Item>('POST', '/sites/root/lists/Skill%20Ratings/items', { as: 'member2@demo.local', body: { fields: { Title: 'Welding', Level: 2 } } });
    expect(mine.status).toBe(201);
    const other = await t.graph<GraphErrorBody>('PATCH', `/sites/root/lists/Skill%20Ratings/items/${mine.body.id}/fields`, { as: 'member@demo.local', body: { Level: 4 } });
    expect(other.status).toBe(403);
    expect(other.body.error).toEqual(expect.objectContaining({ code: 'accessDenied', message: "You can only change items you created in 'Skill Ratings'." }));
    expect((await t.graph('DELETE', `/sites/root/lists/Skill%20Ratings/items/${mine.body.id}`, { as: 'member@demo.local' })).status).toBe(403);
    expect((await t.graph('PATCH', `/sites/root/lists/Skill%20Ratings/items/${mine.body.id}/fields`, { as: 'member2@demo.local', body: { Level: 3 } })).status).toBe(200);
    expect((await t.graph('PATCH', `/sites/root/lists/Skill%20Ratings/items/${mine.body.id}/fields`, { body: { Level: 1 } })).status).toBe(200);
  });

  it('404s an unknown item and 400s a non-numeric id', async () => {
    const missing = await t.graph<GraphErrorBody>('GET', '/sites/root/lists/Units/items/4242');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
    expect((await t.graph('GET', '/sites/root/lists/Units/items/abc')).status).toBe(400);
  });
});

describe('local Graph server: filtering, ordering and paging', () => {
  let t: TestServer;
  const titles = ["O'Brien Lab", 'Oak Workshop', 'Physics', "O'Neill Studio"];

  beforeAll(async () => {
    t = await startServer();
    await createTestLists(t);
    for (const title of titles) await t.graph('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: title } } });
    for (let i = 1; i <= 450; i += 1) {
      const answer = await t.graph('POST', '/sites/root/lists/People/items', {
        body: { fields: { Title: `Person ${i}`, Email: `p${i}@demo.local`, Level: i % 5, Active: i % 2 === 0, Started: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, UnitLookupId: (i % 4) + 1 } },
      });
      if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
    }
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  const filterIds = async (filter: string, headers: Record<string, string> = {}): Promise<string[]> => {
    const answer = await t.graph<Page>('GET', `/sites/root/lists/People/items?$top=5000&$filter=${encodeURIComponent(filter)}`, { headers });
    if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
    return answer.body.value.map((i) => i.id);
  };

  it('pages 200 at a time by default, following absolute @odata.nextLink verbatim to the end', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/sites/root/lists/People/items?$expand=fields($select=Title)';
    let pages = 0;
    while (url) {
      const page: { body: Page } = await t.graph<Page>('GET', url);
      seen.push(...page.body.value.map((i) => i.id));
      url = page.body['@odata.nextLink'];
      if (url) expect(url.startsWith(`${t.baseUrl}/graph/v1.0/sites/root/lists/People/items?`)).toBe(true);
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(450);
    expect(new Set(seen).size).toBe(450);
  });

  it('honours $top up to 5000 and refuses more', async () => {
    expect((await t.graph<Page>('GET', '/sites/root/lists/People/items?$top=5000')).body.value).toHaveLength(450);
    const page = await t.graph<Page>('GET', '/sites/root/lists/People/items?$top=100');
    expect(page.body.value).toHaveLength(100);
    expect(page.body['@odata.nextLink']).toContain('skiptoken');
    const tooMany = await t.graph<GraphErrorBody>('GET', '/sites/root/lists/People/items?$top=5001');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/maximum page size of 5000/);
  });

  it('filters indexed number, boolean, date and lookup columns', async () => {
    expect(await filterIds('fields/Level eq 4')).toHaveLength(90);
    expect(await filterIds('fields/Level ge 3 and fields/Active eq true')).toHaveLength(90);
    expect(await filterIds('fields/Active eq 1')).toHaveLength(225);
    expect(await filterIds("fields/Started lt '2024-01-03T00:00:00Z'")).toHaveLength(33);
    expect(await filterIds('fields/UnitLookupId eq 2')).toHaveLength(113);
    expect(await filterIds('(fields/Level eq 0 or fields/Level eq 1) and not (fields/Active eq true)')).toHaveLength(90);
    expect(await filterIds('id le 10')).toHaveLength(10);
  });

  it("filters by a person's search text containing ' without breaking or changing the filter", async () => {
    const units = await t.graph<Page>('GET', `/sites/root/lists/Units/items?$expand=fields&$filter=${encodeURIComponent(`startswith(fields/Title,${q("O'")})`)}`, { headers: NON_INDEXED });
    expect(units.status).toBe(200);
    expect(units.body.value.map((i) => i.fields.Title)).toEqual(["O'Brien Lab", "O'Neill Studio"]);
    const injection = `x') or startswith(fields/Title,'`;
    const none = await t.graph<Page>('GET', `/sites/root/lists/Units/items?$filter=${encodeURIComponent(`startswith(fields/Title,${q(injection)})`)}`, { headers: NON_INDEXED });
    expect(none.status).toBe(200);
    expect(none.body.value).toHaveLength(0);
    const exact = await t.graph<Page>('GET', `/sites/root/lists/Units/items?$filter=${encodeURIComponent(`fields/Title eq ${q("o'brien lab")}`)}`, { headers: NON_INDEXED });
    expect(exact.body.value).toHaveLength(1);
  });

  it('filters a lookup by its looked-up title', async () => {
    expect(await filterIds(`fields/Unit eq ${q("O'Brien Lab")}`)).toHaveLength(112);
  });

  it('refuses a filter on a non-indexed column without the Prefer header, naming the field', async () => {
    const answer = await t.graph<GraphErrorBody>('GET', `/sites/root/lists/People/items?$filter=${encodeURIComponent("fields/Notes eq 'x'")}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalidRequest');
    expect(answer.body.error.message).toMatch(/Field 'Notes' cannot be referenced in filter or orderby as it is not indexed/);
    expect(await filterIds("fields/Notes eq 'x'", NON_INDEXED)).toEqual([]);
  });

  it.each([
    ["fields/Level eq 'high'", /fields\/Level is a number column/],
    ['fields/Nope eq 1', /Field 'Nope' is not recognized/],
    ['fields/Level eq', /expected a field or a value/],
    ["fields/Started gt 'yesterday'", /quoted ISO date/],
    ["Title eq 'x'", /use id or fields\/<column name>/],
  ])('refuses the bad filter %p with 400 invalidRequest', async (filter, message) => {
    const answer = await t.graph<GraphErrorBody>('GET', `/sites/root/lists/People/items?$filter=${encodeURIComponent(filter)}`, { headers: NON_INDEXED });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(message);
  });

  it('pages through filtered results', async () => {
    const first = await t.graph<Page>('GET', `/sites/root/lists/People/items?$top=50&$filter=${encodeURIComponent('fields/Level eq 4')}`);
    expect(first.body.value).toHaveLength(50);
    const second = await t.graph<Page>('GET', first.body['@odata.nextLink'] as string);
    expect(second.body.value).toHaveLength(40);
    expect(second.body['@odata.nextLink']).toBeUndefined();
  });

  it('orders by fields with $orderby and pages the ordered set', async () => {
    const first = await t.graph<Page>('GET', '/sites/root/lists/People/items?$top=3&$expand=fields($select=Level,Started)&$orderby=fields/Level desc,fields/Started');
    expect(first.body.value.map((i) => i.fields.Level)).toEqual([4, 4, 4]);
    const starts = first.body.value.map((i) => i.fields.Started as string);
    expect([...starts].sort()).toEqual(starts);
    const second = await t.graph<Page>('GET', first.body['@odata.nextLink'] as string);
    expect(second.body.value.map((i) => i.fields.Level)).toEqual([4, 4, 4]);
    expect(second.body.value[0].id).not.toBe(first.body.value[0].id);
  });
});
