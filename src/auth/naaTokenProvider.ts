import type { AccountInfo, Configuration } from '@azure/msal-browser';
import { HubError } from '../domain/errors';
import { exchangeSsoToken } from './teamsSsoExchange';
import { GRAPH_SCOPES, type TokenProvider } from './tokenProvider';

/** The MSAL calls the provider makes; `createNestablePublicClientApplication`'s result satisfies it. */
export interface NaaClient {
  getAccount(filter: { tenantId?: string; homeAccountId?: string; loginHint?: string }): AccountInfo | null;
  acquireTokenSilent(request: { scopes: string[]; account: AccountInfo }): Promise<{ accessToken: string }>;
  ssoSilent(request: { scopes: string[]; loginHint?: string }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<{ accessToken: string }>;
}

/** The teams-js calls the provider makes (`app`, `nestedAppAuth`, `authentication`). */
export interface TeamsAuthApi {
  isInitialized(): boolean;
  initialize(): Promise<void>;
  isNAAChannelRecommended(): boolean;
  getAuthToken(request?: { silent?: boolean }): Promise<string>;
}

export interface NaaTokenProviderOptions {
  /** The Entra app registration's client id (`AAD_APP_CLIENT_ID`). */
  readonly clientId: string;
  /** Default `https://login.microsoftonline.com/organizations`; a tenant id narrows it. */
  readonly authority?: string;
  /** Default {@link GRAPH_SCOPES}. */
  readonly scopes?: readonly string[];
  /** From the Teams context (`user.loginHint`), so MSAL picks the person signed in to Teams. */
  readonly loginHint?: string;
  /** From the Teams context (`user.tenant.id`, `user.id`), to find the cached account. */
  readonly tenantId?: string;
  readonly userObjectId?: string;
  /**
   * Our on-behalf-of endpoint for clients without nested app auth (see `teamsSsoExchange.ts`).
   * Without it, such clients get a clear `unsupported` error.
   */
  readonly tokenExchangeUrl?: string;
  readonly fetchImpl?: typeof fetch;
  /** Clock for the fallback token's expiry; injected so tests need no timers. */
  readonly now?: () => Date;
  /** Injected in tests; by default `createNestablePublicClientApplication` (loaded on first use). */
  readonly createClient?: (configuration: Configuration) => Promise<NaaClient>;
  /** Injected in tests; by default teams-js (loaded on first use). */
  readonly teams?: () => Promise<TeamsAuthApi>;
}

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
// Refresh a fallback token this long before it expires, so a request never leaves with a dying token.
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Graph tokens in Teams through MSAL nested app authentication (NAA), as Microsoft documents it:
 * `app.initialize()` first; if `nestedAppAuth.isNAAChannelRecommended()`, a client from
 * `createNestablePublicClientApplication`, `acquireTokenSilent` for the Teams user's account
 * (or `ssoSilent` with the login hint when MSAL has not cached it yet), and `acquireTokenPopup`
 * when MSAL says interaction is required (first consent, MFA, conditional access).
 * When the host does not offer NAA, falls back to Teams SSO plus our on-behalf-of exchange.
 * Concurrent callers share one attempt, so one consent prompt appears, not several.
 * https://learn.microsoft.com/microsoftteams/platform/concepts/authentication/nested-authentication
 */
export function createNaaTokenProvider(options: NaaTokenProviderOptions): TokenProvider {
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];
  const now = options.now ?? (() => new Date());
  const loadTeams = options.teams ?? loadTeamsAuthApi;
  const createClient = options.createClient ?? createNestableClient;
  let client: Promise<NaaClient> | undefined;
  let fallbackToken: { accessToken: string; expiresOn: Date } | undefined;
  let inFlight: Promise<string> | undefined;

  async function viaNaa(): Promise<string> {
    client ??= createClient({ auth: { clientId: options.clientId, authority: options.authority ?? DEFAULT_AUTHORITY } });
    const msal = await client;
    const account = msal.getAccount({
      tenantId: options.tenantId,
      homeAccountId: options.userObjectId && options.tenantId ? `${options.userObjectId}.${options.tenantId}` : undefined,
      loginHint: options.loginHint,
    });
    try {
      const result = account
        ? await msal.acquireTokenSilent({ scopes, account })
        : await msal.ssoSilent({ scopes, loginHint: options.loginHint });
      return result.accessToken;
    } catch (error) {
      if (!isInteractionRequired(error)) throw signInFailed(error);
      try {
        return (await msal.acquireTokenPopup({ scopes, loginHint: options.loginHint })).accessToken;
      } catch (popupError) {
        throw signInFailed(popupError);
      }
    }
  }

  async function viaTeamsSso(teams: TeamsAuthApi): Promise<string> {
    if (fallbackToken && fallbackToken.expiresOn.getTime() - EXPIRY_MARGIN_MS > now().getTime()) return fallbackToken.accessToken;
    if (!options.tokenExchangeUrl) {
      throw new HubError(
        'unsupported',
        'This Teams client cannot sign in to Microsoft Graph directly (nested app authentication is unavailable) and no token exchange endpoint is configured (TOKEN_EXCHANGE_URL).',
      );
    }
    const ssoToken = await teams.getAuthToken();
    fallbackToken = await exchangeSsoToken(options.tokenExchangeUrl, ssoToken, scopes, options.fetchImpl ?? globalThis.fetch.bind(globalThis));
    return fallbackToken.accessToken;
  }

  async function acquire(): Promise<string> {
    const teams = await loadTeams();
    // isNAAChannelRecommended throws before app.initialize has completed.
    if (!teams.isInitialized()) await teams.initialize();
    return teams.isNAAChannelRecommended() ? viaNaa() : viaTeamsSso(teams);
  }

  return {
    getAccessToken() {
      inFlight ??= acquire().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

/** MSAL's signal that only the person can continue: consent, MFA, conditional access. */
export function isInteractionRequired(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { errorCode?: unknown }).errorCode;
  return (
    error.name === 'InteractionRequiredAuthError' ||
    code === 'interaction_required' ||
    code === 'consent_required' ||
    code === 'login_required'
  );
}

function signInFailed(cause: unknown): HubError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new HubError('unauthenticated', `Signing in to Microsoft Graph did not complete: ${detail}`, { cause });
}

async function createNestableClient(configuration: Configuration): Promise<NaaClient> {
  const msal = await import('@azure/msal-browser');
  return msal.createNestablePublicClientApplication(configuration);
}

async function loadTeamsAuthApi(): Promise<TeamsAuthApi> {
  const { app, nestedAppAuth, authentication } = await import('@microsoft/teams-js');
  return {
    isInitialized: () => app.isInitialized(),
    initialize: () => app.initialize(),
    isNAAChannelRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
    getAuthToken: (request) => authentication.getAuthToken(request),
  };
}
