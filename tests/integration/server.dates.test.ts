/**
 * Date-only values in the site's time zone, end to end: the local site stores a date-only value as
 * SharePoint Online does — midnight of the day in the site's regional time zone, returned by Graph
 * as that instant in UTC (pnp/pnpjs#1890, SharePoint/sp-dev-docs#6083) — and the hub, told the zone
 * by provisioning (it reads `/_api/web/RegionalSettings/TimeZone`), writes and reads the same day,
 * however often a value is saved. Regional settings over REST:
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/jj246517(v=office.15)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { createGraphServer } from '../../src/server/createGraphServer';
import { PEOPLE } from './serverHarness';

jest.setTimeout(120_000);

const OWNER = 'owner@demo.local';

interface Case {
  readonly zone: string;
  readonly spId: number;
  readonly day: string;
  readonly wire: string;
}

const CASES: readonly Case[] = [
  { zone: 'GMT Standard Time', spId: 2, day: '2024-07-01', wire: '2024-06-30T23:00:00Z' }, // London, summer (BST)
  { zone: 'GMT Standard Time', spId: 2, day: '2024-12-02', wire: '2024-12-02T00:00:00Z' }, // London, winter (GMT)
  { zone: 'Central Standard Time', spId: 11, day: '2024-07-01', wire: '2024-07-01T05:00:00Z' }, // Chicago (CDT)
  { zone: 'New Zealand Standard Time', spId: 17, day: '2024-12-02', wire: '2024-12-01T11:00:00Z' }, // Auckland (NZDT)
];

describe.each(CASES)('a site in $zone', ({ zone, spId, day, wire }) => {
  let dataDir: string;
  let close: () => Promise<void>;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'th-dates-'));
    const server = await createGraphServer({ dataDir, directory: PEOPLE, timeZone: zone });
    baseUrl = await server.listen(0, '127.0.0.1');
    close = () => server.close();
    await provisionSite({ graph: createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${OWNER}` }), siteId: 'root', getSharePointToken: async () => `dev:${OWNER}` });
  });

  afterAll(async () => {
    await close?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const raw = async (path: string): Promise<Record<string, unknown>> => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer dev:${OWNER}`, Accept: 'application/json;odata=nometadata' } });
    return (await response.json()) as Record<string, unknown>;
  };

  it('says its zone through RegionalSettings/TimeZone', async () => {
    expect(await raw('/_api/web/RegionalSettings/TimeZone')).toMatchObject({ Id: spId, Information: expect.objectContaining({ Bias: expect.any(Number) }) });
  });

  it(`keeps ${day} as midnight in its zone (${wire}), and the hub reads and re-saves it as the same day`, async () => {
    const hub = createHubOnPipeline(createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${OWNER}` }), 'root');
    const created = await hub.people.create({ name: 'Dana Date', email: `dana.${spId}.${day}@demo.local`, expectedLeavingDate: day });
    const item = await raw(`/graph/v1.0/sites/root/lists/People/items/${created.id}?$expand=fields($select=ExpectedLeavingDate)`);
    expect((item.fields as Record<string, unknown>).ExpectedLeavingDate).toBe(wire);

    let person = await hub.people.get(created.id);
    expect(person.expectedLeavingDate).toBe(day);
    for (let save = 0; save < 2; save++) {
      // What was read, saved again unchanged (the round trip that used to move a date back a day).
      person = await hub.people.update(person.id, { expectedLeavingDate: person.expectedLeavingDate, jobTitle: `Saved ${save + 1} times` }, person.eTag);
      expect(person.expectedLeavingDate).toBe(day);
    }
    const after = await raw(`/graph/v1.0/sites/root/lists/People/items/${created.id}?$expand=fields($select=ExpectedLeavingDate)`);
    expect((after.fields as Record<string, unknown>).ExpectedLeavingDate).toBe(wire);
    expect((await hub.people.where({ email: `dana.${spId}.${day}@demo.local` }))[0]?.expectedLeavingDate).toBe(day);
  });

  it('stores a date-time as the instant it was given, whatever the zone', async () => {
    const answer = await fetch(`${baseUrl}/graph/v1.0/sites/root/lists/Events/items`, {
      method: 'POST',
      headers: { Authorization: `Bearer dev:${OWNER}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { Title: 'Drop-in', EventType: 'Drop-in', Start: '2024-07-01T09:30:00+01:00', End: '2024-07-01T10:30:00Z' } }),
    });
    expect(answer.status).toBe(201);
    const fields = ((await answer.json()) as { fields: Record<string, unknown> }).fields;
    expect(fields).toMatchObject({ Start: '2024-07-01T08:30:00Z', End: '2024-07-01T10:30:00Z' });
  });
});
