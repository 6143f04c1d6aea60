/**
 * The local server speaks Graph v1.0 as Microsoft publishes it: every request the app makes while
 * provisioning, seeding and reading the demo world goes to a path Graph's own metadata defines,
 * and every answer — sites, lists, columns, items, fields, versions, users, messages — uses only
 * properties and types that metadata defines for the resource at that path (open types such as
 * `fieldValueSet` and `identity` may carry more, as on Graph). The metadata is Microsoft's CSDL,
 * `../shared/graph/v1.0-metadata.xml` (microsoftgraph/msgraph-metadata).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import type { Hub } from '../../src/data/hub';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { seedDemo } from '../../src/data/seed/seedDemo';
import { demoDataset, demoDirectory } from '../../src/demo';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';
import { loadCsdl, shapeErrors, type Csdl } from './support/csdl';

jest.setTimeout(240_000);

const METADATA = '/work/shared/graph/v1.0-metadata.xml';
const OWNER = 'owner@demo.local';

interface Exchange {
  readonly method: string;
  /** Below `/graph/v1.0`, without the query. */
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
}

const describeWithMetadata = existsSync(METADATA) ? describe : describe.skip;

describeWithMetadata(`the local server against Graph v1.0’s metadata${existsSync(METADATA) ? '' : ` (skipped: ${METADATA} is not on this machine)`}`, () => {
  let csdl: Csdl;
  let server: LocalGraphServer;
  let dataDir: string;
  let baseUrl: string;
  const seen: Exchange[] = [];

  /** `fetch` that remembers each Graph exchange, `$batch` sub-requests included. */
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().text();
    const response = await fetch(request);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/graph\/v1\.0/, '');
    const text = await response.clone().text();
    const answer = text ? (JSON.parse(text) as unknown) : undefined;
    if (path === '/$batch' && body) {
      const requests = (JSON.parse(body) as { requests: { id: string; method: string; url: string }[] }).requests;
      const responses = (answer as { responses: { id: string; status: number; body?: unknown }[] }).responses;
      for (const r of requests) {
        const sub = responses.find((x) => x.id === r.id);
        seen.push({ method: r.method, path: new URL(r.url, 'http://x/').pathname.replace(/^\/graph\/v1\.0/, ''), status: sub?.status ?? 0, body: sub?.body });
      }
    } else seen.push({ method: request.method, path, status: response.status, body: answer });
    return response;
  };

  const hubs = new Map<string, Hub>();
  const hubFor = (upn: string): Hub => {
    let hub = hubs.get(upn);
    if (!hub) {
      hub = createHubOnPipeline(createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${upn}`, fetchImpl: recording }), 'root');
      hubs.set(upn, hub);
    }
    return hub;
  };

  beforeAll(async () => {
    csdl = loadCsdl(METADATA);
    dataDir = mkdtempSync(join(tmpdir(), 'th-shape-'));
    server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
    baseUrl = await server.listen(0, '127.0.0.1');
    const graph = createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${OWNER}`, fetchImpl: recording });
    await provisionSite({ graph, siteId: 'root', getSharePointToken: async () => `dev:${OWNER}` });
    await seedDemo(hubFor, demoDataset('demo', new Date('2025-03-01T09:00:00Z')));
    // What the tab reads, and the rest of the surface: users, messages, versions, columns, delta.
    const hub = hubFor('member@demo.local');
    await hub.me();
    await hub.sync();
    await Promise.all([hub.actions.all(), hub.people.all(), hub.ratings.all(), hub.settings.all()]);
    const owner = hubFor(OWNER);
    const unit = (await owner.units.all())[0];
    await owner.units.update(unit.id, { shortName: 'SHP' }, unit.eTag);
    await owner.messages.postCard({ kind: 'channel', teamId: 'local-team', channelId: 'general' }, { type: 'AdaptiveCard', version: '1.5', body: [] }, 'Shape');
    await owner.messages.list({ kind: 'channel', teamId: 'local-team', channelId: 'general' });
    for (const path of [
      '/sites/root',
      '/sites/root/lists?$expand=columns',
      '/sites/root/lists/Units/columns',
      `/sites/root/lists/Units/items/${unit.id}?$expand=fields`,
      `/sites/root/lists/Units/items/${unit.id}/fields`,
      `/sites/root/lists/Units/items/${unit.id}/versions`,
      '/sites/root/lists/Units/items/delta',
      '/users?$top=5',
      '/me',
    ]) {
      await recording(`${baseUrl}/graph/v1.0${path}`, { headers: { Authorization: `Bearer dev:${OWNER}` } });
    }
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has an oracle that can say no: an unknown property, a wrong type, a path Graph lacks', () => {
    expect(shapeErrors(csdl, { id: 'x', displayName: 'Units', bogus: 1 }, 'microsoft.graph.list')).toEqual(["$.bogus: microsoft.graph.list has no property 'bogus'"]);
    expect(shapeErrors(csdl, { id: 'x', createdDateTime: 'yesterday' }, 'microsoft.graph.listItem')).toHaveLength(1);
    expect(shapeErrors(csdl, { id: '1', createdBy: { user: { id: 'u', email: 'open@types.ok' } } }, 'microsoft.graph.listItem')).toEqual([]);
    expect(csdl.resolvePath('/sites/{id}/lists/{id}/items/{id}/versions')).toEqual({ type: 'Collection(microsoft.graph.listItemVersion)' });
    expect(csdl.resolvePath('/sites/{id}/lists/{id}/views')).toHaveProperty('error');
  });

  it('is asked only for paths Graph v1.0 defines', () => {
    const paths = [...new Set(seen.filter((e) => e.path !== '/$batch').map((e) => e.path.replace(/^\/sites\/root/, '/sites/{id}')))];
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.map((p) => ({ p, r: csdl.resolvePath(p) })).filter((x) => 'error' in x.r);
    expect(missing).toEqual([]);
  });

  it('answers with only the properties and types Graph v1.0 defines for each resource', () => {
    const checked = new Set<string>();
    const errors: string[] = [];
    for (const e of seen) {
      if (e.status >= 300 || e.body === undefined || e.path === '/$batch') continue;
      const resolved = csdl.resolvePath(e.path.replace(/^\/sites\/root/, '/sites/{id}'));
      if ('error' in resolved) continue; // reported by the test above
      const collection = /^Collection\((.*)\)$/.exec(resolved.type);
      // A create answers with the created member; a collection read wraps its members in `value`.
      const [value, type] = collection && e.method === 'POST' ? [e.body, collection[1]] : collection ? [(e.body as { value: unknown }).value, resolved.type] : [e.body, resolved.type];
      checked.add(type.replace(/^Collection\((.*)\)$/, '$1'));
      errors.push(...shapeErrors(csdl, value, type, `${e.method} ${e.path}`));
    }
    expect([...new Set(errors)].slice(0, 20)).toEqual([]);
    for (const type of ['site', 'list', 'columnDefinition', 'listItem', 'fieldValueSet', 'listItemVersion', 'user', 'chatMessage']) {
      expect(checked).toContain(`microsoft.graph.${type}`);
    }
  });
});
