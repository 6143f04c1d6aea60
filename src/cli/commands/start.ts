import { resolve } from 'node:path';
import { demoDataset, demoDirectory } from '../../demo';
import type { DemoScale } from '../../demo/seeds';
import { createGraphServer } from '../../server/createGraphServer';
import { budgetForLicences } from '../../server/resourceUnits';
import type { CliCommand } from '../command';
import { envNumber, LOCAL_OWNER } from '../localGraph';
import { provisionAndSeedLocal } from '../setUp';

/**
 * `start` (npm start): serves the tab and the local Graph-compatible server on one port; an empty
 * `DATA_DIR` is provisioned and seeded first, over HTTP through the data layer, as the site owner.
 */
export const startCommand: CliCommand = {
  name: 'start',
  summary: 'Serve the tab and the local Graph server (PORT, HOST, DATA_DIR, GRAPH_LATENCY_MS, GRAPH_ITEM_LATENCY_MS, GRAPH_FAULT_RATE, GRAPH_LICENCES, DEMO_SCALE).',
  options: {},
  async run(_values, _positionals, io) {
    const { env } = io;
    const port = envNumber(env, 'PORT', 53000, { min: 0, max: 65535 });
    const host = env.HOST || '127.0.0.1';
    const dataDir = resolve(env.DATA_DIR || './.data');
    const scale = (env.DEMO_SCALE || 'demo') as DemoScale;
    if (scale !== 'demo' && scale !== 'liverpool') {
      io.err(`DEMO_SCALE must be "demo" or "liverpool" (got "${String(scale)}").`);
      return 2;
    }
    const server = await createGraphServer({
      dataDir,
      directory: demoDirectory(scale),
      latencyMs: envNumber(env, 'GRAPH_LATENCY_MS', 0, { min: 0, max: 60000 }),
      faultRate: envNumber(env, 'GRAPH_FAULT_RATE', 0, { min: 0, max: 1 }),
      itemLatencyMs: envNumber(env, 'GRAPH_ITEM_LATENCY_MS', 0, { min: 0, max: 100 }),
      // A tenant's licence count sets SharePoint's per-minute resource-unit budget; unset: counted, never refused.
      resourceUnitsPerMinute: env.GRAPH_LICENCES ? budgetForLicences(envNumber(env, 'GRAPH_LICENCES', 0, { min: 0, max: 10_000_000 })) : undefined,
      // The built tab lives at the repository root, wherever the command is run from.
      staticDir: resolve(__dirname, '../../../dist'),
      // Teams loads the tab through TAB_ENDPOINT (a dev tunnel in front of this server): that origin may call it too.
      tabOrigins: env.TAB_ENDPOINT ? [env.TAB_ENDPOINT] : [],
    });
    const wasEmpty = server.isEmpty();
    const base = await server.listen(port, host);
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (wasEmpty) {
      io.out(`Empty data directory ${dataDir}: provisioning the lists and loading ${scale} data…`);
      await provisionAndSeedLocal(`${base}/graph/v1.0`, demoDataset(scale, new Date()), io.out, LOCAL_OWNER);
    }
    io.out(`Technician Hub is running at ${base}/`);
  },
};
