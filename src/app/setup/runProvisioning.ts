import { provisionSite } from '../../data/provision';
import { provisioningTokens, type SessionStart } from '../services/startSession';

/** One step of setting up the site, as the progress bar shows it. */
export interface SetupProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/** Creates the missing lists (idempotent: lists and columns already there are left alone). */
export async function runProvisioning(start: Extract<SessionStart, { kind: 'setup' }>, onProgress: (step: SetupProgress) => void): Promise<void> {
  const tokens = provisioningTokens(start.session.host);
  await provisionSite({
    graphBaseUrl: start.connection.graphBaseUrl,
    getAccessToken: () => tokens.getAccessToken(),
    siteId: start.connection.siteId,
    onProgress,
  });
}
