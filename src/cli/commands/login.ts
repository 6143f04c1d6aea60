import { CLI_DELEGATED_SCOPES, publicClient, signInWithDeviceCode } from '../../auth/cliSignIn';
import type { CliCommand } from '../command';
import { tokenCachePath } from '../localGraph';

/**
 * `login` (npm run login): signs a person in with a device code, so later commands (`notify`,
 * `provision`) act as them without pasting tokens. Needs AZURE_CLIENT_ID and AZURE_TENANT_ID of an
 * app registration that allows public client flows; the token cache goes to
 * ~/.technician-hub/msal-token-cache.json (TECHNICIAN_HUB_TOKEN_CACHE), readable only by you.
 */
export const loginCommand: CliCommand = {
  name: 'login',
  summary: 'Sign in as yourself (device code) so notify and provision can call Microsoft Graph (AZURE_CLIENT_ID, AZURE_TENANT_ID).',
  options: {},
  async run(_values, _positionals, io) {
    const { AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: tenantId } = io.env;
    if (!clientId || !tenantId) {
      io.err('Set AZURE_CLIENT_ID (the app registration’s Application (client) ID) and AZURE_TENANT_ID (Directory (tenant) ID) first — see README, "Run the digest every Friday".');
      return 2;
    }
    const cache = tokenCachePath(io.env);
    const who = await signInWithDeviceCode(publicClient({ clientId, tenantId }, cache), io.out, CLI_DELEGATED_SCOPES);
    io.out(`Signed in as ${who}. The sign-in is kept in ${cache} (only you can read it) and renewed as commands run.`);
    return 0;
  },
};
