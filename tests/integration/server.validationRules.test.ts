/**
 * Rules across columns and whole numbers, enforced where SharePoint enforces them: provisioning
 * gives Events a list validation formula `=[End]>=[Start]` (SharePoint REST `ValidationFormula`;
 * Graph has no API for it) and whole-number columns a column validation formula (Graph
 * `columnDefinition.validation`, https://learn.microsoft.com/en-us/graph/api/resources/columnvalidation),
 * because `decimalPlaces` alone only changes how a number is shown
 * (https://learn.microsoft.com/en-us/graph/api/resources/numbercolumn). The local site then
 * refuses what SharePoint would refuse, for every client, not only the tab.
 */
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { demoDirectory } from '../../src/demo';
import { removeDir, startServer, type TestServer } from './serverHarness';

type ErrorBody = { error: { code: string; message: string } };
const EVENTS = '/sites/root/lists/Events/items';
const event = (fields: Record<string, unknown>) => ({ fields: { Title: 'CaféTech', EventType: 'CaféTech', Start: '2027-03-01T10:00:00Z', End: '2027-03-01T12:00:00Z', ...fields } });

describe('local site: validation rules set by provisioning', () => {
  let t: TestServer;
  const count = async () => ((await t.graph<{ value: unknown[] }>('GET', `${EVENTS}?$top=5000`)).body.value ?? []).length;

  beforeAll(async () => {
    t = await startServer({ directory: demoDirectory('demo') });
    const token = async () => 'dev:owner@demo.local';
    const graph = createGraphPipeline({ baseUrl: `${t.baseUrl}/graph/v1.0`, getAccessToken: token });
    const siteId = ((await t.graph<{ id: string }>('GET', '/sites/root')).body).id;
    await provisionSite({ graph, siteId, getSharePointToken: token });
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it('gives Events the list rule, readable through SharePoint REST', async () => {
    const list = (await t.graph<{ id: string }>('GET', '/sites/root/lists/Events')).body;
    const settings = await fetch(`${t.baseUrl}/_api/web/lists(guid'${list.id}')`, { headers: { Authorization: 'Bearer dev:owner@demo.local', Accept: 'application/json;odata=nometadata' } });
    expect(await settings.json()).toMatchObject({ ValidationFormula: '=[End]>=[Start]', ValidationMessage: expect.stringMatching(/end after it starts/) });
  });

  it('refuses an event that ends before it starts, on create and on update, and writes nothing', async () => {
    const before = await count();
    const created = await t.graph<ErrorBody>('POST', EVENTS, { as: 'member@demo.local', body: event({ End: '2027-03-01T09:00:00Z' }) });
    expect({ status: created.status, code: created.body.error.code }).toEqual({ status: 400, code: 'invalidRequest' });
    expect(created.body.error.message).toMatch(/List data validation failed in 'Events': An event must end after it starts/);
    expect(await count()).toBe(before);

    const good = await t.graph<{ id: string; eTag: string }>('POST', EVENTS, { as: 'member@demo.local', body: event({}) });
    expect(good.status).toBe(201);
    const moved = await t.graph<ErrorBody>('PATCH', `${EVENTS}/${good.body.id}/fields`, { as: 'member@demo.local', body: { Start: '2027-03-01T13:00:00Z' } });
    expect(moved.status).toBe(400);
    const read = await t.graph<{ eTag: string; fields: { Start: string } }>('GET', `${EVENTS}/${good.body.id}?$expand=fields`);
    expect({ eTag: read.body.eTag, start: read.body.fields.Start }).toEqual({ eTag: good.body.eTag, start: '2027-03-01T10:00:00Z' });
  });

  it('refuses 2.5 places on a whole-number column, and accepts whole numbers and no limit', async () => {
    const before = await count();
    const half = await t.graph<ErrorBody>('POST', EVENTS, { as: 'member@demo.local', body: event({ Capacity: 2.5 }) });
    expect({ status: half.status, message: half.body.error.message }).toEqual({ status: 400, message: "Field 'Capacity' in 'Events': Capacity must be a whole number." });
    expect(await count()).toBe(before);
    expect((await t.graph('POST', EVENTS, { as: 'member@demo.local', body: event({ Capacity: 30 }) })).status).toBe(201);
    expect((await t.graph('POST', EVENTS, { as: 'member@demo.local', body: event({}) })).status).toBe(201);
  });

  it.each(['2027-02-30T10:00:00Z', '2027-03-01T25:00:00Z', '2027-03-01T10:60:00Z'])('refuses the impossible date-time %s instead of rolling it over', async (start) => {
    const before = await count();
    const answer = await t.graph<ErrorBody>('POST', EVENTS, { as: 'member@demo.local', body: event({ Start: start, End: '2027-03-05T10:00:00Z' }) });
    expect({ status: answer.status, message: answer.body.error.message }).toEqual({ status: 400, message: expect.stringMatching(/Field 'Start' in 'Events': expected an ISO 8601 date that exists on the calendar/) });
    expect(await count()).toBe(before);
  });

  it('refuses a validation formula it could not enforce, when it is set', async () => {
    const list = (await t.graph<{ id: string }>('GET', '/sites/root/lists/Events')).body;
    const set = await fetch(`${t.baseUrl}/_api/web/lists(guid'${list.id}')`, {
      method: 'POST',
      headers: { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE' },
      body: JSON.stringify({ ValidationFormula: '=[End]>TODAY()' }),
    });
    expect(set.status).toBe(400);
    const column = await t.graph<ErrorBody>('POST', '/sites/root/lists/Events/columns', { body: { name: 'Places2', number: {}, validation: { formula: '=[Places2]>[Capacity]' } } });
    expect({ status: column.status, message: column.body.error.message }).toEqual({ status: 400, message: expect.stringMatching(/may refer only to that column/) });
  });
});
