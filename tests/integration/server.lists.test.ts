import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

describe('local Graph server: sites, lists and columns', () => {
  let t: TestServer;
  let ids: { units: string; people: string; ratings: string };

  beforeAll(async () => {
    t = await startServer();
    expect(t.server.isEmpty()).toBe(true);
    ids = await createTestLists(t);
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it('serves the root site by root, by id and by hostname path, and 404s other paths', async () => {
    const root = await t.graph<{ id: string; webUrl: string }>('GET', '/sites/root');
    expect(root.status).toBe(200);
    expect(root.body.webUrl).toBe(t.baseUrl);
    expect((await t.graph('GET', `/sites/${encodeURIComponent(root.body.id)}`)).body.id).toBe(root.body.id);
    expect((await t.graph('GET', `/sites/${root.body.id}`)).body.id).toBe(root.body.id);
    expect((await t.graph('GET', '/sites/localhost:/')).body.id).toBe(root.body.id);
    const host = new URL(t.baseUrl).host;
    expect((await t.graph('GET', `/sites/${host}:/`)).body.id).toBe(root.body.id);
    expect((await t.graph('GET', `/sites/${host}`)).body.id).toBe(root.body.id);
    expect((await t.graph('GET', `/sites/${host}:/:/lists`)).status).toBe(200);
    const other = await t.graph<{ error: { code: string } }>('GET', '/sites/localhost:/sites/other');
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('itemNotFound');
    expect((await t.graph('GET', '/sites/localhost,nope,nope')).status).toBe(404);
    expect((await t.graph('GET', '/sites/3f1d2c4b-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lists the lists and finds one by id or by URL-encoded display name', async () => {
    expect(t.server.isEmpty()).toBe(false);
    const all = await t.graph<{ value: { displayName: string }[] }>('GET', '/sites/root/lists');
    expect(all.body.value.map((l) => l.displayName)).toEqual(['Units', 'People', 'Skill Ratings']);
    const byName = await t.graph<{ id: string; name: string; list: { template: string } }>('GET', '/sites/root/lists/Skill%20Ratings');
    expect(byName.body).toMatchObject({ id: ids.ratings, name: 'SkillRatings', list: { template: 'genericList' } });
    const filtered = await t.graph<{ value: { id: string }[] }>('GET', `/sites/root/lists?$filter=${encodeURIComponent("displayName eq 'People'")}`);
    expect(filtered.body.value.map((l) => l.id)).toEqual([ids.people]);
    const slim = await t.graph<{ value: Record<string, unknown>[] }>('GET', '/sites/root/lists?$select=id,displayName');
    expect(Object.keys(slim.body.value[0]).sort()).toEqual(['displayName', 'id']);
    expect((await t.graph('GET', '/sites/root/lists/Nope')).status).toBe(404);
  });

  it('refuses a second list with the same name (409 nameAlreadyExists)', async () => {
    const again = await t.graph<{ error: { code: string } }>('POST', '/sites/root/lists', { body: { displayName: 'units', list: { template: 'genericList' } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nameAlreadyExists');
  });

  // Members have Edit on a Teams site, which includes Manage Lists: create and delete lists, add
  // and remove columns (https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
  it('lets members create lists and columns on lists that inherit the site’s permissions, and refuses visitors', async () => {
    const list = await t.graph<{ id: string }>('POST', '/sites/root/lists', { as: 'member@demo.local', body: { displayName: 'Mine' } });
    expect(list.status).toBe(201);
    const column = await t.graph('POST', '/sites/root/lists/Mine/columns', { as: 'member@demo.local', body: { name: 'X', text: {} } });
    expect(column.status).toBe(201);
    const visitor = await t.graph<{ error: { code: string; message: string } }>('POST', '/sites/root/lists', { as: 'visitor@demo.local', body: { displayName: 'Theirs' } });
    expect(visitor.status).toBe(403);
    expect(visitor.body.error.code).toBe('accessDenied');
    expect(visitor.body.error.message).toMatch(/visitor@demo.local \(Technician Network Visitors\) has Read on this site, which does not include Manage Lists/);
    expect((await t.graph('DELETE', '/sites/root/lists/Mine', { as: 'visitor@demo.local' })).status).toBe(403);
    expect((await t.graph('DELETE', '/sites/root/lists/Mine', { as: 'member@demo.local' })).status).toBe(204);
    expect((await t.graph('GET', '/sites/root/lists/Mine')).status).toBe(404);
  });

  it('adds a column, refuses a duplicate, and returns Title, custom and built-in columns', async () => {
    const added = await t.graph<{ id: string; name: string; indexed: boolean }>('POST', '/sites/root/lists/Units/columns', { body: { name: 'Faculty', displayName: 'Faculty', text: { maxLength: 100 }, indexed: true } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Faculty', indexed: true });
    expect((await t.graph('POST', '/sites/root/lists/Units/columns', { body: { name: 'faculty', text: {} } })).status).toBe(409);
    const columns = await t.graph<{ value: { name: string; readOnly?: boolean }[] }>('GET', '/sites/root/lists/Units/columns');
    const names = columns.body.value.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['Title', 'UnitKind', 'Faculty']);
    expect(names).toEqual(expect.arrayContaining(['ID', 'Created', 'Modified', 'Author', 'Editor']));
  });

  it('refuses column definitions that are not valid, naming the problem', async () => {
    const none = await t.graph<{ error: { message: string } }>('POST', '/sites/root/lists/Units/columns', { body: { name: 'Nothing' } });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/exactly one type facet/);
    const badLookup = await t.graph<{ error: { message: string } }>('POST', '/sites/root/lists/Units/columns', { body: { name: 'Parent', lookup: { listId: 'nope' } } });
    expect(badLookup.body.error.message).toMatch(/lookup.listId 'nope' is not a list/);
    const spaces = await t.graph<{ error: { message: string } }>('POST', '/sites/root/lists/Units/columns', { body: { name: 'Has space', text: {} } });
    expect(spaces.body.error.message).toMatch(/not valid/);
  });

  it("renames the Title column's display name with PATCH", async () => {
    const columns = await t.graph<{ value: { id: string; name: string }[] }>('GET', '/sites/root/lists/Units/columns');
    const title = columns.body.value.find((c) => c.name === 'Title');
    const renamed = await t.graph<{ displayName: string; name: string }>('PATCH', `/sites/root/lists/Units/columns/${title?.id}`, { body: { displayName: 'Unit' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Title', displayName: 'Unit' });
    const again = await t.graph<{ displayName: string }>('GET', `/sites/root/lists/Units/columns/${title?.id}`);
    expect(again.body.displayName).toBe('Unit');
  });

  it('returns columns with the list on $expand=columns', async () => {
    const list = await t.graph<{ columns: { name: string }[] }>('GET', `/sites/root/lists/${ids.people}?$expand=columns`);
    expect(list.body.columns.map((c) => c.name)).toContain('Email');
  });

  it('answers an unknown token with 401 InvalidAuthenticationToken in Graph error shape', async () => {
    const noToken = await t.graph<{ error: { code: string; innerError: Record<string, string> } }>('GET', '/sites/root/lists', { as: null });
    expect(noToken.status).toBe(401);
    expect(noToken.body.error.code).toBe('InvalidAuthenticationToken');
    expect(noToken.body.error.innerError['request-id']).toBe(noToken.headers.get('request-id'));
    expect(noToken.body.error.innerError['client-request-id']).toBe(noToken.headers.get('client-request-id'));
    // Graph's innerError date: UTC to the second, without a zone suffix (https://learn.microsoft.com/en-us/graph/errors).
    expect(noToken.body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const stranger = await t.graph<{ error: { code: string; message: string } }>('GET', '/me', { as: 'stranger@demo.local' });
    expect(stranger.status).toBe(401);
    expect(stranger.body.error.message).toMatch(/stranger@demo.local/);
    expect((await t.graph('GET', '/me', { as: 'OWNER@demo.local' })).status).toBe(200);
  });

  it('echoes client-request-id, sends request-id and JSON content type', async () => {
    const answer = await t.graph('GET', '/sites/root', { headers: { 'client-request-id': 'abc-123' } });
    expect(answer.headers.get('client-request-id')).toBe('abc-123');
    expect(answer.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  it('answers a body that is not JSON with 400 and a wrong method with 405', async () => {
    const broken = await fetch(`${t.baseUrl}/graph/v1.0/sites/root/lists`, { method: 'POST', headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' }, body: '{"displayName": ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalidRequest', message: 'The request body is not valid JSON.' } });
    expect((await t.graph('DELETE', '/sites/root/lists')).status).toBe(405);
  });

  it('404s unknown Graph paths in Graph error shape', async () => {
    const answer = await t.graph<{ error: { code: string } }>('GET', '/nothing/here');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('itemNotFound');
  });
});
