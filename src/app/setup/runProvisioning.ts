import { createGraphPipeline } from '../../data/graph/pipeline';
import { provisionSite, type ProvisionStep } from '../../data/provision/provisionSite';
import { provisioningTokens, sharePointTokens, type SessionStart } from '../services/startSession';

/** One step of setting up the site, as the progress bar shows it. */
export interface SetupProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/**
 * Creates the missing lists, columns and views — on a first run, or on a site an earlier release set
 * up (it only adds). A dry run first counts the steps so the progress bar is honest; provisioning is
 * idempotent, so after a failure "Try again" carries on.
 */
export async function runProvisioning(start: Pick<SessionStart, 'session' | 'connection'>, onProgress: (step: SetupProgress) => void): Promise<void> {
  const { host } = start.session;
  const tokens = provisioningTokens(host);
  const graph = createGraphPipeline({ baseUrl: start.connection.graphBaseUrl, getAccessToken: () => tokens.getAccessToken() });
  const sharePoint = sharePointTokens(host);
  const common = { graph, siteId: start.connection.siteId, getSharePointToken: () => sharePoint.getAccessToken() };

  onProgress({ done: 0, total: 0, message: 'Checking what the site already has…' });
  const plan = await provisionSite({ ...common, dryRun: true });
  const total = plan.steps.length;
  let done = 0;
  await provisionSite({
    ...common,
    onStep: (step) => {
      done += 1;
      onProgress({ done: Math.min(done, total), total, message: describeStep(step) });
    },
  });
  onProgress({ done: total, total, message: 'All lists are ready.' });
}

const VERBS: Record<ProvisionStep['kind'], string> = {
  createList: 'Creating the list',
  addColumn: 'Adding to',
  addChoices: 'Adding choices to',
  renameTitle: 'Naming the title column of',
  indexColumn: 'Indexing',
  itemLevelWrite: 'Letting people edit only their own items in',
  versioning: 'Keeping versions of',
  permissions: 'Setting who may change',
  listValidation: 'Adding the rule every item must meet to',
  createView: 'Adding a view to',
  columnFormatting: 'Showing links in',
  siteTimeZone: 'Recording in',
  linkAccounts: 'Recording accounts in',
  ownerAccounts: 'Filling in',
};

function describeStep(step: ProvisionStep): string {
  return `${VERBS[step.kind]} “${step.list}”: ${step.detail}`;
}
