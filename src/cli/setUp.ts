import type { DemoDataset } from '../demo/seeds';
import { createHubOnPipeline } from '../data/createHub';
import { createGraphPipeline, type GraphPipeline } from '../data/graph/pipeline';
import type { Hub } from '../data/hub';
import { describeReport, provisionSite, type ProvisionReport } from '../data/provision/provisionSite';
import { siteUserResolver } from '../data/provision/siteUsers';
import { seedDemo, type SeedProgress, type SeedReport } from '../data/seed/seedDemo';
import { resolveSiteId } from '../data/site';
import { devToken } from './localGraph';

/**
 * Bulk set-up writes thousands of items; under injected faults (GRAPH_FAULT_RATE) a few of them
 * would otherwise meet five throttles in a row, so set-up is more patient than the tab.
 */
const SET_UP_RETRY = { maxRetries: 10 } as const;

/** A hub per demo person, all over the local server's dev identities (pipelines made once each). */
export function localHubs(graphBaseUrl: string, siteId: string): (upn: string) => Hub {
  const hubs = new Map<string, Hub>();
  return (upn) => {
    let hub = hubs.get(upn.toLowerCase());
    if (!hub) {
      const pipeline = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: async () => devToken(upn), retry: SET_UP_RETRY });
      hub = createHubOnPipeline(pipeline, siteId);
      hubs.set(upn.toLowerCase(), hub);
    }
    return hub;
  };
}

/** Prints seeding progress about once per list and every few thousand items, not per batch. */
export function progressPrinter(out: (line: string) => void): (p: SeedProgress) => void {
  const printed = new Map<string, number>();
  return (p) => {
    const last = printed.get(p.list);
    if (p.skipped) {
      out(`  ${p.list}: already has ${p.done} ${p.done === 1 ? 'item' : 'items'}, left alone`);
      return;
    }
    if (last === undefined || p.done === p.total || p.done - last >= 5000) {
      printed.set(p.list, p.done);
      if (p.done === p.total || last === undefined) out(`  ${p.list}: ${p.done}/${p.total}`);
      else out(`  ${p.list}: ${p.done}/${p.total}…`);
    }
  };
}

/**
 * Provisions the local site (as its owner) and seeds it with a demo dataset over HTTP, through the
 * data layer — exactly as a tenant would be set up.
 */
export async function provisionAndSeedLocal(graphBaseUrl: string, dataset: DemoDataset, out: (line: string) => void, ownerUpn = 'owner@demo.local'): Promise<{ provision: ProvisionReport; seed: SeedReport; siteId: string; graph: GraphPipeline }> {
  const token = async () => devToken(ownerUpn);
  const graph = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: token, retry: SET_UP_RETRY });
  const siteId = await resolveSiteId(graph, 'root');
  const provision = await provisionSite({ graph, siteId, getSharePointToken: token });
  out(`Provisioned ${provision.steps.filter((s) => s.kind === 'createList').length} lists (${provision.steps.length} changes).`);
  for (const line of describeReport(provision).filter((l) => l.startsWith('skipped'))) out(line);
  out(`Seeding ${dataset.scale} data…`);
  const started = Date.now();
  // People get their site user (Account) as they are created, so "My actions" works from the start.
  const sharePoint = createGraphPipeline({ baseUrl: `${provision.webUrl.replace(/\/+$/, '')}/_api`, getAccessToken: token, retry: SET_UP_RETRY });
  const seed = await seedDemo(localHubs(graphBaseUrl, siteId), dataset, progressPrinter(out), { ownerUpn, siteUserOf: siteUserResolver(sharePoint) });
  const total = Object.values(seed.created).reduce((a, b) => a + b, 0);
  out(`Seeded ${total} items in ${((Date.now() - started) / 1000).toFixed(1)} s${seed.skipped.length ? ` (left alone: ${seed.skipped.join(', ')})` : ''}.`);
  return { provision, seed, siteId, graph };
}
