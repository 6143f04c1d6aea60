/**
 * Item versions on the local site, as SharePoint keeps them once a list has `EnableVersioning`
 * (set over SharePoint REST) and Graph reads them at `items/{id}/versions`, newest first with the
 * current version included (https://learn.microsoft.com/en-us/graph/api/listitem-list-versions,
 * https://learn.microsoft.com/en-us/graph/api/resources/listitemversion).
 */
import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

interface Version {
  id: string;
  lastModifiedBy: { user: { displayName: string } };
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
}

let t: TestServer;
let lists: { units: string; people: string; ratings: string };

beforeAll(async () => {
  t = await startServer();
  lists = await createTestLists(t);
});
afterAll(async () => {
  await t.stop();
  removeDir(t.dataDir);
});

const merge = (listId: string, body: unknown, as = 'owner@demo.local') =>
  fetch(`${t.baseUrl}/_api/web/lists(guid'${listId}')`, {
    method: 'POST',
    headers: { Authorization: `Bearer dev:${as}`, 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json', Accept: 'application/json;odata=nometadata' },
    body: JSON.stringify(body),
  });

describe('item versions', () => {
  it('keeps only the current version while versioning is off', async () => {
    const item = await t.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Physics' } } });
    await t.graph('PATCH', `/sites/root/lists/Units/items/${item.body.id}/fields`, { body: { Title: 'Physics and Astronomy' } });
    const versions = await t.graph<{ value: Version[] }>('GET', `/sites/root/lists/Units/items/${item.body.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.value.map((v) => [v.id, v.fields.Title])).toEqual([['2.0', 'Physics and Astronomy']]);
  });

  it('lists every version newest first once versioning is on, each with who made it and its fields', async () => {
    expect((await merge(lists.ratings, { EnableVersioning: true })).status).toBe(204);
    const settings = await (await fetch(`${t.baseUrl}/_api/web/lists(guid'${lists.ratings}')?$select=EnableVersioning,MajorVersionLimit`, { headers: { Authorization: 'Bearer dev:owner@demo.local', Accept: 'application/json;odata=nometadata' } })).json();
    expect(settings).toEqual({ EnableVersioning: true, MajorVersionLimit: 50 });
    const item = await t.graph<{ id: string }>('POST', '/sites/root/lists/Skill%20Ratings/items', { as: 'member@demo.local', body: { fields: { Title: 'Lasers', Level: 1 } } });
    await t.graph('PATCH', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/fields`, { as: 'member@demo.local', body: { Level: 2 } });
    await t.graph('PATCH', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/fields`, { body: { Level: 3 } });
    const versions = await t.graph<{ value: Version[] }>('GET', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/versions`, { as: 'visitor@demo.local' });
    expect(versions.body.value.map((v) => [v.id, v.fields.Level, v.lastModifiedBy.user.displayName])).toEqual([
      ['3.0', 3, 'Olivia Owner'],
      ['2.0', 2, 'Marcus Member'],
      ['1.0', 1, 'Marcus Member'],
    ]);
    const one = await t.graph<Version>('GET', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/versions/1.0`);
    expect(one.body.fields.Level).toBe(1);
    expect((await t.graph('GET', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/versions/9.0`)).status).toBe(404);
  });

  it('keeps no more than MajorVersionLimit versions, the newest', async () => {
    expect((await merge(lists.ratings, { MajorVersionLimit: 2 })).status).toBe(204);
    const item = await t.graph<{ id: string }>('POST', '/sites/root/lists/Skill%20Ratings/items', { body: { fields: { Title: 'Welding', Level: 0 } } });
    for (const level of [1, 2, 3]) await t.graph('PATCH', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/fields`, { body: { Level: level } });
    const versions = await t.graph<{ value: Version[] }>('GET', `/sites/root/lists/Skill%20Ratings/items/${item.body.id}/versions`);
    expect(versions.body.value.map((v) => v.id)).toEqual(['4.0', '3.0']);
  });

  it('refuses nonsense settings and leaves the list as it was', async () => {
    const bad = await merge(lists.ratings, { EnableVersioning: 'yes', MajorVersionLimit: 0 });
    expect(bad.status).toBe(400);
    const settings = await (await fetch(`${t.baseUrl}/_api/web/lists(guid'${lists.ratings}')?$select=EnableVersioning,MajorVersionLimit`, { headers: { Authorization: 'Bearer dev:owner@demo.local', Accept: 'application/json;odata=nometadata' } })).json();
    expect(settings).toEqual({ EnableVersioning: true, MajorVersionLimit: 2 });
  });
});
