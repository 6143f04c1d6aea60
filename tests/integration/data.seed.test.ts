/**
 * The seeding programme against the local server: every record of the demo dataset lands with
 * its natural keys resolved, ratings and registrations are created by their authors, and a
 * second run creates nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubOnPipeline } from '../../src/data/createHub';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import type { Hub } from '../../src/data/hub';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { LISTS } from '../../src/data/schema/lists';
import { seedDemo } from '../../src/data/seed/seedDemo';
import { resolveSiteId } from '../../src/data/site';
import { demoDataset, demoDirectory, type DemoDataset } from '../../src/demo';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';

jest.setTimeout(180_000);

describe('seeding the demo dataset', () => {
  let server: LocalGraphServer;
  let dataDir: string;
  let graphBaseUrl: string;
  let siteId: string;
  let dataset: DemoDataset;
  const hubs = new Map<string, Hub>();
  const hubFor = (upn: string): Hub => {
    let hub = hubs.get(upn);
    if (!hub) {
      hub = createHubOnPipeline(createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: async () => `dev:${upn}` }), siteId);
      hubs.set(upn, hub);
    }
    return hub;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'th-seed-'));
    server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
    graphBaseUrl = `${await server.listen(0, '127.0.0.1')}/graph/v1.0`;
    const owner = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: async () => 'dev:owner@demo.local' });
    siteId = await resolveSiteId(owner, 'root');
    const dryRun = await provisionSite({ graph: owner, siteId, dryRun: true });
    expect(dryRun.steps.filter((s) => s.kind === 'createList')).toHaveLength(LISTS.length);
    expect(server.isEmpty()).toBe(true); // a dry run changes nothing
    await provisionSite({ graph: owner, siteId, getSharePointToken: async () => 'dev:owner@demo.local' });
    dataset = demoDataset('demo', new Date('2025-03-01T09:00:00Z'));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads every record, resolving names, emails, titles and references into ids', async () => {
    const seen: string[] = [];
    const report = await seedDemo(hubFor, dataset, (p) => seen.push(p.list));
    const owner = hubFor('owner@demo.local');
    expect(report.skipped).toEqual([]);
    expect(report.created['Skill Ratings']).toBe(dataset.ratings.length);
    expect(report.created['Skill Targets']).toBe(dataset.targets.length);
    expect(dataset.targets.length).toBeGreaterThan(0);
    expect(report.created.Actions).toBe(dataset.plans.reduce((n, p) => n + p.actions.length, 0));
    expect(seen).toContain('Event Registrations');

    const people = await owner.people.all();
    const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
    const withManager = dataset.people.find((p) => p.lineManager);
    if (withManager?.lineManager) {
      expect(byEmail.get(withManager.email.toLowerCase())?.lineManagerId).toBe(byEmail.get(withManager.lineManager.toLowerCase())?.id);
    }
    const carried = dataset.plans.flatMap((p) => p.actions.filter((a) => a.originReference).map((a) => a.reference));
    if (carried.length > 0) expect((await owner.actions.all()).some((a) => a.originActionId)).toBe(true);
  });

  it('creates each rating as its author, so Manager ratings belong to the line manager', async () => {
    const ratings = await hubFor('owner@demo.local').ratings.all();
    // Authors by Entra object id: some demo people's mail (createdBy.user.email) is not their sign-in name.
    const idOf = new Map(demoDirectory('demo').map((u) => [u.userPrincipalName.toLowerCase(), u.id]));
    const authors = new Set(dataset.ratings.map((r) => idOf.get(r.author.toLowerCase())));
    expect(ratings.every((r) => r.createdById && authors.has(r.createdById))).toBe(true);
    expect(ratings.some((r) => r.createdBy?.endsWith('@mail.demo.local'))).toBe(true);
    const manager = dataset.ratings.find((r) => r.source === 'Manager');
    if (manager) expect(ratings.some((r) => r.source === 'Manager' && r.createdById === idOf.get(manager.author.toLowerCase()))).toBe(true);
    const registrations = await hubFor('owner@demo.local').registrations.all();
    expect(registrations.some((r) => r.createdBy === 'owner@demo.local')).toBe(dataset.events.some((e) => e.registrations.some((r) => r.person === 'owner@demo.local')));
  });

  it('creates nothing the second time', async () => {
    const report = await seedDemo(hubFor, dataset);
    expect(Object.values(report.created).every((n) => n === 0)).toBe(true);
    // Every list the demo seeds is left alone the second time.
    expect(report.skipped).toHaveLength(11);
  });
});
