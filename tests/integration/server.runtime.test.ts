import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestLists, PEOPLE, removeDir, startServer, type TestServer } from './serverHarness';

type GraphErrorBody = { error: { code: string; message: string } };

/** A scripted random source: the dice the fault injector rolls. */
const dice = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length];
};

describe('local Graph server: persistence', () => {
  it('keeps lists, columns, items, eTags and settings across a restart', async () => {
    const first = await startServer();
    await createTestLists(first);
    const item = await first.graph<{ id: string; eTag: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Kept', UnitKind: 'School' } } });
    const site = (await first.graph<{ id: string }>('GET', '/sites/root')).body.id;
    await first.graph('POST', '/teams/local-team/channels/general/messages', { body: { body: { content: 'Remember me' } } });
    await first.graph('DELETE', `/sites/root/lists/Units/items/${(await first.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Gone' } } })).body.id}`);
    await first.stop();

    const second = await startServer({}, first.dataDir);
    try {
      expect(second.server.isEmpty()).toBe(false);
      expect((await second.graph<{ id: string }>('GET', '/sites/root')).body.id).toBe(site);
      const read = await second.graph<{ eTag: string; fields: Record<string, unknown> }>('GET', `/sites/root/lists/Units/items/${item.body.id}?$expand=fields`);
      expect(read.body.eTag).toBe(item.body.eTag);
      expect(read.body.fields).toMatchObject({ Title: 'Kept', UnitKind: 'School' });
      // Ids are never reused, not even the deleted item's.
      const next = await second.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Next' } } });
      expect(Number(next.body.id)).toBe(Number(item.body.id) + 2);
      const messages = await second.graph<{ value: { body: { content: string } }[] }>('GET', '/teams/local-team/channels/general/messages');
      expect(messages.body.value.map((m) => m.body.content)).toEqual(['Remember me']);
    } finally {
      await second.stop();
      removeDir(first.dataDir);
    }
  });
});

describe('local Graph server: fault injection', () => {
  let t: TestServer;
  afterEach(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it('answers a share of requests 429 or 503 with Retry-After in seconds, in Graph error shape', async () => {
    // Rolls: fault? (0.1 < 0.5 yes) kind (0.2 → 429); fault? (0.9 no); fault? (0.1 yes) kind (0.7 → 503).
    t = await startServer({ faultRate: 0.5, random: dice(0.1, 0.2, 0.9, 0.1, 0.7) });
    const throttled = await t.graph<GraphErrorBody>('GET', '/me');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.body.error.code).toBe('TooManyRequests');
    expect((await t.graph('GET', '/me')).status).toBe(200);
    const unavailable = await t.graph<GraphErrorBody>('GET', '/me');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
    expect(unavailable.body.error.code).toBe('serviceNotAvailable');
  });

  it('throttles batch sub-requests one by one, not the batch envelope', async () => {
    t = await startServer({ faultRate: 0.5, random: dice(0.9, 0.1, 0.1) });
    const answer = await t.graph<{ responses: { id: string; status: number; headers: Record<string, string> }[] }>('POST', '/$batch', {
      body: { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me' }] },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.responses.map((r) => r.status)).toEqual([200, 429]);
    expect(answer.body.responses[1].headers['Retry-After']).toBe('1');
  });

  it('reads and changes fault settings at run time through /_local/faults', async () => {
    t = await startServer({ random: dice(0) });
    expect((await t.graph('GET', '/me')).status).toBe(200);
    const owner = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };
    const read = await fetch(`${t.baseUrl}/_local/faults`, { headers: owner });
    expect(await read.json()).toEqual({ latencyMs: 0, faultRate: 0, itemLatencyMs: 0 });
    const set = await fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: owner, body: JSON.stringify({ faultRate: 1, latencyMs: 5 }) });
    expect(await set.json()).toEqual({ latencyMs: 5, faultRate: 1, itemLatencyMs: 0 });
    expect((await t.graph('GET', '/me')).status).toBe(429);
    const bad = await fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: owner, body: JSON.stringify({ faultRate: 2 }) });
    expect(bad.status).toBe(400);
    await fetch(`${t.baseUrl}/_local/faults`, { method: 'POST', headers: owner, body: JSON.stringify({ faultRate: 0 }) });
    expect((await t.graph('GET', '/me')).status).toBe(200);
  });
});

describe('local Graph server: people, Teams messages, local context, SharePoint REST, static files', () => {
  let t: TestServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'graph-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Technician Hub</title>');
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'assets', 'index-Bc3dEf12.js'), 'console.log(1)');
    t = await startServer({ staticDir, now: () => new Date('2026-03-01T10:00:00.000Z') });
    await createTestLists(t);
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
    removeDir(staticDir);
  });

  it('answers /me as the acting person and pages /users', async () => {
    expect((await t.graph('GET', '/me', { as: 'member@demo.local' })).body).toMatchObject({ displayName: 'Marcus Member', mail: 'member@demo.local', jobTitle: 'Technician' });
    const page = await t.graph<{ value: { userPrincipalName: string }[]; '@odata.nextLink': string }>('GET', '/users?$top=3');
    expect(page.body.value).toHaveLength(3);
    const rest = await t.graph<{ value: { userPrincipalName: string }[] }>('GET', page.body['@odata.nextLink']);
    expect(rest.body.value.map((u) => u.userPrincipalName)).toEqual(['visitor@demo.local']);
    expect((await t.graph('GET', `/users/${PEOPLE[1].id}`)).body).toMatchObject({ userPrincipalName: 'member@demo.local' });
    expect((await t.graph('GET', '/users/MEMBER2@demo.local')).body).toMatchObject({ displayName: 'Mina Member' });
    expect((await t.graph('GET', '/users/nobody@demo.local')).status).toBe(404);
    const found = await t.graph<{ value: { displayName: string }[] }>('GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'mi')")}&$select=displayName`);
    expect(found.body.value).toEqual([{ id: PEOPLE[2].id, displayName: 'Mina Member' }]);
  });

  it('keeps a posted channel message with its card attachment exactly as posted, newest first', async () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Lab safety day' }] };
    const attachment = { id: 'card-1', contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: JSON.stringify(card), name: null, thumbnailUrl: null };
    const posted = await t.graph<{ id: string; attachments: unknown[]; from: { user: { displayName: string } } }>('POST', '/teams/local-team/channels/general/messages', {
      as: 'member@demo.local',
      body: { body: { contentType: 'html', content: '<attachment id="card-1"></attachment>' }, attachments: [attachment] },
    });
    expect(posted.status).toBe(201);
    expect(posted.body.attachments).toEqual([attachment]);
    expect(posted.body.from.user.displayName).toBe('Marcus Member');
    await t.graph('POST', '/teams/local-team/channels/general/messages', { body: { body: { content: 'Second' } } });
    const list = await t.graph<{ value: { id: string; body: { content: string }; attachments: unknown[] }[] }>('GET', '/teams/local-team/channels/general/messages');
    expect(list.body.value.map((m) => m.body.content)).toEqual(['Second', '<attachment id="card-1"></attachment>']);
    expect(list.body.value[1].attachments).toEqual([attachment]);
    expect(Number(list.body.value[0].id)).toBeGreaterThan(Number(list.body.value[1].id));
    expect((await t.graph('GET', `/teams/local-team/channels/general/messages/${posted.body.id}`)).status).toBe(200);
  });

  it('refuses a message whose attachment is not referenced in the body, and unknown channels', async () => {
    const bad = await t.graph<GraphErrorBody>('POST', '/chats/local-chat-steering/messages', {
      body: { body: { contentType: 'html', content: 'no reference' }, attachments: [{ id: 'a', contentType: 'application/vnd.microsoft.card.adaptive', content: '{}' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Attachment 'a' is not referenced/);
    expect((await t.graph('POST', '/teams/local-team/channels/nope/messages', { body: { body: { content: 'x' } } })).status).toBe(404);
    const chat = await t.graph('POST', '/chats/local-chat-steering/messages', { body: { body: { content: 'hello chat' } } });
    expect(chat.status).toBe(201);
    expect(chat.body).toMatchObject({ chatId: 'local-chat-steering' });
  });

  it('lists the local team, its channels and chats', async () => {
    expect((await t.graph('GET', '/me/joinedTeams')).body).toEqual({ value: [expect.objectContaining({ id: 'local-team', displayName: 'Technician Network' })] });
    const channels = await t.graph<{ value: { id: string; displayName: string }[] }>('GET', '/teams/local-team/channels');
    expect(channels.body.value.map((c) => [c.id, c.displayName])).toEqual([['general', 'General'], ['steering-group', 'Steering Group']]);
    expect((await t.graph<{ value: { id: string; topic: string }[] }>('GET', '/me/chats')).body.value[0]).toMatchObject({ id: 'local-chat-steering', topic: 'Steering group chat' });
  });

  // teams-js UserTeamRole: Admin 0, User 1, Guest 2 (https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/userteamrole);
  // team guests are site members (https://learn.microsoft.com/en-us/microsoftteams/guest-access).
  it('tells the local tab host who the user is, with the teams-js team role', async () => {
    const context = async (upn: string) => (await fetch(`${t.baseUrl}/_local/context`, { headers: { Authorization: `Bearer dev:${upn}` } })).json();
    expect(await context('visitor@demo.local')).toMatchObject({
      user: { userPrincipalName: 'visitor@demo.local', tenantId: 'local' },
      siteVisitor: true,
      team: { groupId: 'local-team' },
      channel: { id: 'general', displayName: 'General' },
      sharePointSite: { teamSiteUrl: t.baseUrl, teamSitePath: '/' },
    });
    expect(((await context('visitor@demo.local')) as { team: { userRole?: number } }).team.userRole).toBeUndefined();
    expect(await context('owner@demo.local')).toMatchObject({ team: { userRole: 0 } });
    expect(await context('member@demo.local')).toMatchObject({ team: { userRole: 1 } });
    expect(await context('member@demo.local')).not.toHaveProperty('siteVisitor');
    expect((await fetch(`${t.baseUrl}/_local/context`)).status).toBe(401);
  });

  it('makes SharePoint views through /_api and sets item-level write with PATCH', async () => {
    const list = (await t.graph<{ id: string }>('GET', '/sites/root/lists/People')).body.id;
    const api = `${t.baseUrl}/_api/web/lists(guid'${list}')`;
    const headers = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json', Accept: 'application/json;odata=nometadata' };
    const view = await fetch(`${api}/views`, { method: 'POST', headers, body: JSON.stringify({ Title: "Manager's view", ViewQuery: '<OrderBy><FieldRef Name="Title"/></OrderBy>', RowLimit: 100, DefaultView: true, PersonalView: false }) });
    expect(view.status).toBe(201);
    const add = await fetch(`${api}/views/getbytitle('Manager''s view')/viewfields/addviewfield('Email')`, { method: 'POST', headers });
    expect(add.status).toBe(200);
    const badField = await fetch(`${api}/views/getbytitle('Manager''s view')/viewfields/addviewfield('Nope')`, { method: 'POST', headers });
    expect(badField.status).toBe(400);
    const views = await (await fetch(`${api}/views`, { headers })).json();
    expect(views.value).toEqual([expect.objectContaining({ Title: "Manager's view", RowLimit: 100, DefaultView: true })]);
    const fields = await (await fetch(`${api}/views/getbytitle('Manager''s view')/viewfields`, { headers })).json();
    expect(fields.Items).toEqual(['Email']);
    expect((await fetch(`${api}/views`, { method: 'POST', headers, body: JSON.stringify({ Title: "Manager's view" }) })).status).toBe(409);
    expect((await fetch(api, { method: 'PATCH', headers, body: JSON.stringify({ WriteSecurity: 2 }) })).status).toBe(204);
    expect(await (await fetch(api, { headers })).json()).toMatchObject({ Id: list, WriteSecurity: 2 });
    const visitor = await fetch(api, { method: 'PATCH', headers: { ...headers, Authorization: 'Bearer dev:visitor@demo.local' }, body: JSON.stringify({ WriteSecurity: 1 }) });
    expect(visitor.status).toBe(403);
    expect(await visitor.json()).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { value: expect.stringMatching(/does not include Manage Lists/) } } });
  });

  it('reports item changes and deletions through items/delta', async () => {
    const latest = await t.graph<{ value: unknown[]; '@odata.deltaLink': string }>('GET', '/sites/root/lists/Units/items/delta?token=latest');
    expect(latest.body.value).toEqual([]);
    const a = await t.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Delta A' } } });
    const b = await t.graph<{ id: string }>('POST', '/sites/root/lists/Units/items', { body: { fields: { Title: 'Delta B' } } });
    await t.graph('DELETE', `/sites/root/lists/Units/items/${b.body.id}`);
    const changes = await t.graph<{ value: { id: string; deleted?: unknown; fields?: { Title: string } }[]; '@odata.deltaLink': string }>('GET', latest.body['@odata.deltaLink']);
    expect(changes.body.value).toEqual([expect.objectContaining({ id: a.body.id, fields: expect.objectContaining({ Title: 'Delta A' }) }), { id: b.body.id, deleted: { state: 'deleted' } }]);
    const none = await t.graph<{ value: unknown[] }>('GET', changes.body['@odata.deltaLink']);
    expect(none.body.value).toEqual([]);
  });

  it('serves the built tab: files with their type, hashed assets cached, index.html for unknown paths', async () => {
    const asset = await fetch(`${t.baseUrl}/assets/index-Bc3dEf12.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await fetch(`${t.baseUrl}/actions/12`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('Technician Hub');
    expect((await fetch(`${t.baseUrl}/assets/index-Missing1.js`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/..%2f..%2fetc%2fpasswd`)).headers.get('content-type')).toMatch(/^text\/html/);
    const api = await fetch(`${t.baseUrl}/graph/v1.0/nothing`, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/json');
  });
});
