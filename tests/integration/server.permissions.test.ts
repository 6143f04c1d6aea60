/**
 * SharePoint's permission rules on the local site, one at a time, over the same REST calls a client
 * makes. Levels: https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
 * (Members have Edit on a Teams site: Manage Lists, but not Manage Permissions). Breaking
 * inheritance: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee545470(v=office.15)
 * (copyRoleAssignments=false leaves only the caller). Item-level settings (`ReadSecurity`,
 * `WriteSecurity`): https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee536658(v=office.15).
 */
import { PEOPLE, removeDir, startServer, type TestServer } from './serverHarness';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  await t.stop();
  removeDir(t.dataDir);
});

async function sp(as: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${t.baseUrl}/_api/web${path}`, {
    method,
    headers: { Authorization: `Bearer dev:${as}`, Accept: 'application/json;odata=nometadata', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function newList(name: string): Promise<string> {
  const made = await t.graph<{ id: string }>('POST', '/sites/root/lists', { body: { displayName: name, list: { template: 'genericList' } } });
  return made.body.id;
}

const levels = async (listId: string): Promise<Record<string, string[]>> => {
  const answer = await sp('owner@demo.local', 'GET', `/lists(guid'${listId}')/roleassignments?$expand=Member,RoleDefinitionBindings`);
  const value = answer.body.value as { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[];
  return Object.fromEntries(value.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name)]));
};

describe('the site’s groups and a list that inherits', () => {
  it('has Owners with Full Control, Members with Edit and Visitors with Read, which a new list inherits', async () => {
    const id = await newList('Inherits');
    expect((await sp('member@demo.local', 'GET', `/lists(guid'${id}')/HasUniqueRoleAssignments`)).body).toEqual({ value: false });
    expect(await levels(id)).toEqual({ 'Technician Network Owners': ['Full Control'], 'Technician Network Members': ['Edit'], 'Technician Network Visitors': ['Read'] });
    const members = await sp('visitor@demo.local', 'GET', '/AssociatedMemberGroup');
    expect(members.body).toMatchObject({ Title: 'Technician Network Members', PrincipalType: 8 });
    const roles = (await sp('visitor@demo.local', 'GET', '/roledefinitions')).body.value as { Id: number; Name: string }[];
    expect(roles.map((r) => [r.Name, r.Id])).toEqual(
      expect.arrayContaining([['Full Control', 1073741829], ['Edit', 1073741830], ['Contribute', 1073741827], ['Read', 1073741826]]),
    );
  });

  it('refuses role assignment changes on a list that inherits, and from anyone without Manage Permissions', async () => {
    const id = await newList('Guarded');
    const inheriting = await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/roleassignments/addroleassignment(principalid=2,roledefid=1073741827)`);
    expect(inheriting.status).toBe(400);
    expect(inheriting.body).toMatchObject({ 'odata.error': { message: { value: 'This operation is not allowed on an object that inherits permissions.' } } });
    const member = await sp('member@demo.local', 'POST', `/lists(guid'${id}')/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    expect(member.status).toBe(403);
    expect(member.body).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { value: expect.stringMatching(/Edit on 'Guarded', which does not include Manage Permissions/) } } });
  });
});

describe('a list with its own permissions', () => {
  it('copies the site’s assignments, then changes only what it is told; a reset inherits again', async () => {
    const id = await newList('Own');
    expect((await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`)).status).toBe(200);
    const members = (await sp('owner@demo.local', 'GET', '/AssociatedMemberGroup')).body.Id as number;
    await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/roleassignments/addroleassignment(principalid=${members},roledefid=1073741827)`);
    await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/roleassignments/removeroleassignment(principalid=${members},roledefid=1073741830)`);
    expect((await levels(id))['Technician Network Members']).toEqual(['Contribute']);
    expect((await t.graph('POST', '/sites/root/lists/Own/items', { as: 'member@demo.local', body: { fields: { Title: 'still can add' } } })).status).toBe(201);
    expect((await t.graph('POST', '/sites/root/lists/Own/columns', { as: 'member@demo.local', body: { name: 'Nope', text: {} } })).status).toBe(403);
    expect((await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/resetroleinheritance`)).status).toBe(200);
    expect((await t.graph('POST', '/sites/root/lists/Own/columns', { as: 'member@demo.local', body: { name: 'Now', text: {} } })).status).toBe(201);
  });

  it('leaves only the caller, with Full Control, when nothing is copied — members and visitors then cannot even read', async () => {
    const id = await newList('Private');
    await sp('owner@demo.local', 'POST', `/lists(guid'${id}')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
    expect(await levels(id)).toEqual({ [PEOPLE[0].displayName]: ['Full Control'] });
    expect((await t.graph('GET', '/sites/root/lists/Private/items', { as: 'member@demo.local' })).status).toBe(403);
    expect((await t.graph('GET', '/sites/root/lists/Private/items', { as: 'visitor@demo.local' })).status).toBe(403);
    expect((await t.graph('GET', '/sites/root/lists/Private/items')).status).toBe(200);
  });
});

describe('item-level permissions', () => {
  it('with ReadSecurity 2, shows members only the items they created; owners see all', async () => {
    const id = await newList('Diary');
    await t.graph('POST', '/sites/root/lists/Diary/items', { as: 'member@demo.local', body: { fields: { Title: 'mine' } } });
    const theirs = await t.graph<{ id: string }>('POST', '/sites/root/lists/Diary/items', { as: 'member2@demo.local', body: { fields: { Title: 'theirs' } } });
    expect((await sp('owner@demo.local', 'PATCH', `/lists(guid'${id}')`, { ReadSecurity: 2 })).status).toBe(204);
    const seen = await t.graph<{ value: { fields: { Title: string } }[] }>('GET', '/sites/root/lists/Diary/items?$expand=fields', { as: 'member@demo.local' });
    expect(seen.body.value.map((i) => i.fields.Title)).toEqual(['mine']);
    expect((await t.graph('GET', `/sites/root/lists/Diary/items/${theirs.body.id}`, { as: 'member@demo.local' })).status).toBe(404);
    const all = await t.graph<{ value: unknown[] }>('GET', '/sites/root/lists/Diary/items');
    expect(all.body.value).toHaveLength(2);
  });

  it('with WriteSecurity 4, lets nobody but owners change items, not even their own', async () => {
    const id = await newList('Ledger');
    const mine = await t.graph<{ id: string }>('POST', '/sites/root/lists/Ledger/items', { as: 'member@demo.local', body: { fields: { Title: 'mine' } } });
    expect((await sp('owner@demo.local', 'PATCH', `/lists(guid'${id}')`, { WriteSecurity: 4 })).status).toBe(204);
    expect((await t.graph('PATCH', `/sites/root/lists/Ledger/items/${mine.body.id}/fields`, { as: 'member@demo.local', body: { Title: 'changed' } })).status).toBe(403);
    expect((await t.graph('PATCH', `/sites/root/lists/Ledger/items/${mine.body.id}/fields`, { body: { Title: 'owner changed' } })).status).toBe(200);
  });
});
