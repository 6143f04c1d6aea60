/**
 * The local site as `npm start` sets it up — a server over the demo directory, provisioned, then
 * seeded with the demo world (`provisionAndSeedLocal`, the same code) — for tests that replay what
 * people do on it, as any of them (`Bearer dev:<upn>`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionAndSeedLocal } from '../../../src/cli/setUp';
import { createHubOnPipeline } from '../../../src/data/createHub';
import { createGraphPipeline } from '../../../src/data/graph/pipeline';
import type { Hub } from '../../../src/data/hub';
import { provisionSite, type ProvisionReport } from '../../../src/data/provision/provisionSite';
import { demoDataset, demoDirectory } from '../../../src/demo';
import { createGraphServer } from '../../../src/server/createGraphServer';

export const OWNER = 'owner@demo.local';
export const MEMBER = 'member@demo.local';

export interface CallAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export interface DemoSite {
  readonly baseUrl: string;
  /** The hub as `upn` sees it (one per person). */
  hubFor(upn: string): Hub;
  /** A Graph call (`/sites/…`) or, for a path starting `/_api`, a SharePoint REST call, as `as`. */
  call(as: string, method: string, path: string, body?: unknown): Promise<CallAnswer>;
  /** Provisioning again as the owner, as `npm run provision` does on an existing site. */
  provisionAgain(): Promise<ProvisionReport>;
  stop(): Promise<void>;
}

/** Starts, provisions and seeds a demo site in a fresh data folder (`th-<name>-…`). */
export async function startDemoSite(name: string): Promise<DemoSite> {
  const dataDir = mkdtempSync(join(tmpdir(), `th-${name}-`));
  const server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  const baseUrl = await server.listen(0, '127.0.0.1');
  const graphFor = (upn: string) => createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${upn}` });
  await provisionAndSeedLocal(`${baseUrl}/graph/v1.0`, demoDataset('demo', new Date('2025-03-01T09:00:00Z')), () => undefined);

  const hubs = new Map<string, Hub>();
  return {
    baseUrl,
    hubFor(upn) {
      let hub = hubs.get(upn);
      if (!hub) hubs.set(upn, (hub = createHubOnPipeline(graphFor(upn), 'root')));
      return hub;
    },
    async call(as, method, path, body) {
      const url = path.startsWith('/_api') ? `${baseUrl}${path}` : `${baseUrl}/graph/v1.0${path}`;
      const headers: Record<string, string> = { Authorization: `Bearer dev:${as}`, Accept: 'application/json;odata=nometadata' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    },
    provisionAgain: () => provisionSite({ graph: graphFor(OWNER), siteId: 'root', getSharePointToken: async () => `dev:${OWNER}` }),
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
