/**
 * CLI sign-in with @azure/msal-node: the token cache file (mode 0600, as MSAL's caching guide
 * advises for files holding refresh tokens — learn.microsoft.com/entra/msal/javascript/node/caching),
 * silent tokens for the person who ran `npm run login` and what happens when that sign-in has
 * expired, the certificate an unattended run signs in with, and which sign-in the environment picks.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult, type TokenCacheContext } from '@azure/msal-node';
import { cachedUserTokenProvider, certificateCredential, fileCachePlugin, type PublicClient } from '../../src/auth/cliSignIn';
import { graphFromEnv } from '../../src/cli/localGraph';

const FIXTURE = join(__dirname, '..', 'fixtures', 'test-app-certificate.pem');
const account = { username: 'jo.bloggs@uni.ac.uk', homeAccountId: 'h', environment: 'login.microsoftonline.com', tenantId: 't', localAccountId: 'l' } as AccountInfo;

function client(accounts: AccountInfo[], silent: () => Promise<Partial<AuthenticationResult>>): PublicClient {
  return {
    getAllAccounts: async () => accounts,
    acquireTokenSilent: async () => (await silent()) as AuthenticationResult,
    acquireTokenByDeviceCode: async () => null,
  };
}

describe('the token cache file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'msal-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is written only when the cache changed, readable by its owner alone, and read back', async () => {
    const path = join(dir, 'nested', 'cache.json');
    const plugin = fileCachePlugin(path);
    const context = (changed: boolean, deserialize = jest.fn()) => ({ cacheHasChanged: changed, tokenCache: { serialize: () => '{"RefreshToken":{}}', deserialize } }) as unknown as TokenCacheContext;
    await plugin.afterCacheAccess(context(false));
    expect(() => statSync(path)).toThrow();
    await plugin.afterCacheAccess(context(true));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const deserialize = jest.fn();
    await plugin.beforeCacheAccess(context(false, deserialize));
    expect(deserialize).toHaveBeenCalledWith(readFileSync(path, 'utf8'));
  });

  it('is simply empty before the first sign-in', async () => {
    const deserialize = jest.fn();
    await fileCachePlugin(join(dir, 'none.json')).beforeCacheAccess({ cacheHasChanged: false, tokenCache: { deserialize } } as unknown as TokenCacheContext);
    expect(deserialize).not.toHaveBeenCalled();
  });
});

describe('tokens of the person who ran npm run login', () => {
  it('come silently from the cache (MSAL refreshes them)', async () => {
    await expect(cachedUserTokenProvider(client([account], async () => ({ accessToken: 'fresh' })))()).resolves.toBe('fresh');
  });

  it('say to sign in when nobody has, or when the sign-in has expired', async () => {
    await expect(cachedUserTokenProvider(client([], async () => ({ accessToken: 'x' })))()).rejects.toMatchObject({ code: 'unauthenticated', message: 'Nobody is signed in on this computer. Sign in again with: npm run login' });
    const expired = client([account], async () => {
      throw new InteractionRequiredAuthError('invalid_grant', 'AADSTS700082: The refresh token has expired');
    });
    await expect(cachedUserTokenProvider(expired)()).rejects.toThrow('The sign-in of jo.bloggs@uni.ac.uk has expired. Sign in again with: npm run login');
  });
});

describe('the certificate of an unattended run', () => {
  it('gives MSAL the private key and the certificate’s SHA-256 thumbprint', () => {
    const credential = certificateCredential(readFileSync(FIXTURE, 'utf8'));
    expect(credential.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    // `openssl x509 -noout -fingerprint -sha256` of the fixture's certificate.
    expect(credential.thumbprintSha256).toBe('DD5EC3ED7B5E33A22A87860CB51084A39B2EF9A2379F7D195E064F4B3076CEFD');
  });

  it('names what is missing from the file', () => {
    expect(() => certificateCredential(readFileSync(FIXTURE, 'utf8').replace(/-----BEGIN CERTIFICATE-----[\s\S]+/, ''))).toThrow(/AZURE_CLIENT_CERTIFICATE_PATH must name a PEM file/);
  });
});

describe('which sign-in the CLI uses', () => {
  const tenant = { GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0', AZURE_CLIENT_ID: 'c1', AZURE_TENANT_ID: 't1' };
  it.each([
    [{ ...tenant, GRAPH_TOKEN: 'pasted' }, 'token'],
    [{ ...tenant, AZURE_CLIENT_CERTIFICATE_PATH: FIXTURE }, 'app'],
    [tenant, 'user'],
    [{}, 'local'],
  ] as const)('%j → %s', (env, mode) => {
    expect(graphFromEnv(env).mode).toBe(mode);
  });

  it('names the app in what it sends when it runs as the app', () => {
    expect(graphFromEnv({ ...tenant, AZURE_CLIENT_CERTIFICATE_PATH: FIXTURE }).appName).toBe('Technician Hub app c1');
  });
});
