import { demoDataset } from '../../demo';
import type { DemoScale } from '../../demo/seeds';
import { stringOption, type CliCommand } from '../command';
import { graphFromEnv, isLocalGraph, LOCAL_OWNER } from '../localGraph';
import { provisionAndSeedLocal } from '../setUp';

/**
 * `seed [--scale demo|liverpool]`: provisions the local site if needed and loads the demo data
 * through the data layer; a list that already has items is left alone.
 */
export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Provision the local site and load demo data (--scale demo|liverpool); lists with items are left alone.',
  options: { scale: { type: 'string', default: 'demo' } },
  async run(values, _positionals, io) {
    const scale = stringOption(values, 'scale') ?? 'demo';
    if (scale !== 'demo' && scale !== 'liverpool') {
      io.err(`--scale must be "demo" or "liverpool" (got "${scale}").`);
      return 2;
    }
    const { baseUrl } = graphFromEnv(io.env);
    // Demo data is written acting as each demo person (dev tokens), which only the local server accepts.
    if (!isLocalGraph(baseUrl)) {
      io.err(`seed loads demo people's data through the local server's dev identities, so it runs only against the local server, not ${baseUrl}. To set up a tenant's site, use: npm run provision -- --site <site URL>`);
      return 2;
    }
    await provisionAndSeedLocal(baseUrl, demoDataset(scale as DemoScale, new Date()), io.out, LOCAL_OWNER);
  },
};
