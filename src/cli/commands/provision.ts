import { createGraphPipeline } from '../../data/graph/pipeline';
import { describeReport, provisionSite } from '../../data/provision/provisionSite';
import { parseSiteArgument, resolveSiteId } from '../../data/site';
import { stringOption, type CliCommand } from '../command';
import { graphFromEnv } from '../localGraph';

/**
 * `provision --site <url|id|root> [--dry-run]`: creates the lists, columns and views Technician Hub
 * needs on a SharePoint site, and nothing that is already there.
 */
export const provisionCommand: CliCommand = {
  name: 'provision',
  summary: 'Create missing lists, columns and views on a SharePoint site (--site <url|id|root> [--dry-run]).',
  options: {
    site: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const site = stringOption(values, 'site');
    if (!site) {
      io.err('provision needs --site: the SharePoint site URL (https://contoso.sharepoint.com/sites/technicians), its Graph id, or "root".');
      return 2;
    }
    const env = graphFromEnv(io.env);
    const graph = createGraphPipeline({ baseUrl: env.baseUrl, getAccessToken: env.getAccessToken });
    const siteId = await resolveSiteId(graph, parseSiteArgument(site));
    const dryRun = values['dry-run'] === true;
    io.out(`${dryRun ? 'Checking' : 'Provisioning'} site ${siteId} through ${env.baseUrl}`);
    const report = await provisionSite({ graph, siteId, getSharePointToken: env.getSharePointToken, dryRun, onStep: () => undefined });
    for (const line of describeReport(report)) io.out(line);
    io.out(`${report.dryRun ? 'Would make' : 'Made'} ${report.steps.length} change(s) with ${graph.stats.requests} requests.`);
  },
};
