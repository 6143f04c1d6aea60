/**
 * Sign-in for the command line with `@azure/msal-node`, in two forms:
 *
 * - **A person** (`npm run login`): device-code sign-in
 *   (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code), the tokens kept
 *   in a cache file readable only by its owner; every later command gets its token silently,
 *   MSAL refreshing it with the refresh token, until the refresh token itself expires (then: sign in again).
 * - **The app itself**, for unattended runs: client credentials with a certificate
 *   (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow),
 *   scope `https://graph.microsoft.com/.default`, which carries the application permissions an
 *   admin granted — `Sites.Selected` with a role on the hub's one site. Applications cannot post
 *   channel messages, so unattended posting goes through a Workflows webhook.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfidentialClientApplication, InteractionRequiredAuthError, PublicClientApplication, type ICachePlugin } from '@azure/msal-node';
import { HubError } from '../domain/errors';

/** Delegated scopes the CLI asks for: read and write the lists, post cards, send activity notices. */
export const CLI_DELEGATED_SCOPES: readonly string[] = [
  'https://graph.microsoft.com/Sites.ReadWrite.All',
  'https://graph.microsoft.com/ChannelMessage.Send',
  'https://graph.microsoft.com/ChatMessage.Send',
  'https://graph.microsoft.com/TeamsActivity.Send',
  'https://graph.microsoft.com/User.ReadBasic.All',
  'offline_access',
];

/** App-only: whatever application permissions were granted (Sites.Selected, TeamsActivity.Send). */
export const APP_ONLY_SCOPES: readonly string[] = ['https://graph.microsoft.com/.default'];

export interface CliAppRegistration {
  /** Application (client) id of the Entra app registration. */
  readonly clientId: string;
  /** Directory (tenant) id. */
  readonly tenantId: string;
}

const authority = (tenantId: string) => `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}`;

/**
 * Keeps MSAL's token cache in one file, created with mode 0600 (it holds refresh tokens).
 * https://learn.microsoft.com/en-us/entra/msal/javascript/node/caching
 */
export function fileCachePlugin(path: string): ICachePlugin {
  return {
    async beforeCacheAccess(context) {
      try {
        context.tokenCache.deserialize(await readFile(path, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
    async afterCacheAccess(context) {
      if (!context.cacheHasChanged) return;
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFile(path, context.tokenCache.serialize(), { mode: 0o600 });
      await chmod(path, 0o600);
    },
  };
}

function signInAgain(reason: string, cause?: unknown): HubError {
  return new HubError('unauthenticated', `${reason} Sign in again with: npm run login`, { cause });
}

/** The part of MSAL's public client the provider uses (tests pass a scripted one). */
export type PublicClient = Pick<PublicClientApplication, 'acquireTokenByDeviceCode' | 'acquireTokenSilent' | 'getAllAccounts'>;

export function publicClient(registration: CliAppRegistration, cachePath: string): PublicClient {
  return new PublicClientApplication({ auth: { clientId: registration.clientId, authority: authority(registration.tenantId) }, cache: { cachePlugin: fileCachePlugin(cachePath) } });
}

/** `npm run login`: shows the code to type at microsoft.com/devicelogin and waits; returns who signed in. */
export async function signInWithDeviceCode(client: PublicClient, show: (message: string) => void, scopes: readonly string[] = CLI_DELEGATED_SCOPES): Promise<string> {
  const result = await client.acquireTokenByDeviceCode({ scopes: [...scopes], deviceCodeCallback: (response) => show(response.message) });
  if (!result?.account) throw signInAgain('The sign-in did not finish.');
  return result.account.username;
}

/**
 * A token of the person who ran `npm run login`, silently: from the cache, refreshed by MSAL when
 * it has expired. Fails with words saying to sign in again when there is no one, or the refresh
 * token is no longer accepted.
 */
export function cachedUserTokenProvider(client: PublicClient, scopes: readonly string[] = CLI_DELEGATED_SCOPES): () => Promise<string> {
  return async () => {
    const [account, ...others] = await client.getAllAccounts();
    if (!account) throw signInAgain('Nobody is signed in on this computer.');
    if (others.length) throw signInAgain(`More than one account is signed in (${[account, ...others].map((a) => a.username).join(', ')}).`);
    try {
      const result = await client.acquireTokenSilent({ account, scopes: [...scopes] });
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) throw signInAgain(`The sign-in of ${account.username} has expired.`, error);
      throw error;
    }
  };
}

/** What a certificate file gives MSAL: the private key and the SHA-256 thumbprint of the certificate. */
export function certificateCredential(pem: string): { privateKey: string; thumbprintSha256: string; x5c: string } {
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  if (!key || !cert) {
    throw new HubError('validation', 'AZURE_CLIENT_CERTIFICATE_PATH must name a PEM file holding both the private key and the certificate uploaded to the app registration.', {
      issues: [{ field: 'AZURE_CLIENT_CERTIFICATE_PATH', message: !key ? 'no private key in the file' : 'no certificate in the file' }],
    });
  }
  const der = new X509Certificate(cert).raw;
  return { privateKey: key, thumbprintSha256: createHash('sha256').update(der).digest('hex').toUpperCase(), x5c: cert };
}

/** App-only tokens from a certificate; MSAL caches them in memory until they near expiry. */
export function appTokenProvider(registration: CliAppRegistration, certificatePem: string): () => Promise<string> {
  const client = new ConfidentialClientApplication({ auth: { clientId: registration.clientId, authority: authority(registration.tenantId), clientCertificate: certificateCredential(certificatePem) } });
  return async () => {
    const result = await client.acquireTokenByClientCredential({ scopes: [...APP_ONLY_SCOPES] });
    if (!result) throw new HubError('unauthenticated', `Microsoft Entra gave no token to the app ${registration.clientId}.`);
    return result.accessToken;
  };
}
