import type { AccountInfo, Configuration } from '@azure/msal-browser';
import { InteractionRequiredAuthError } from '@azure/msal-browser';
import { createNaaTokenProvider, GRAPH_SCOPES, type NaaClient, type TeamsAuthApi } from '../../src/auth';

const account: AccountInfo = {
  homeAccountId: 'oid-1.tid-1',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid-1',
  username: 'tess@uni.ac.uk',
  localAccountId: 'oid-1',
};

/** A scripted MSAL client: records every call, answers from the script. */
function fakeMsal(script: {
  account?: AccountInfo | null;
  silent?: () => Promise<string>;
  ssoSilent?: () => Promise<string>;
  popup?: () => Promise<string>;
}) {
  const calls: { method: string; request: unknown }[] = [];
  const configs: Configuration[] = [];
  const client: NaaClient = {
    getAccount: (filter) => {
      calls.push({ method: 'getAccount', request: filter });
      return script.account ?? null;
    },
    acquireTokenSilent: async (request) => {
      calls.push({ method: 'acquireTokenSilent', request });
      return { accessToken: await (script.silent ?? (async () => 'silent-token'))() };
    },
    ssoSilent: async (request) => {
      calls.push({ method: 'ssoSilent', request });
      return { accessToken: await (script.ssoSilent ?? (async () => 'sso-silent-token'))() };
    },
    acquireTokenPopup: async (request) => {
      calls.push({ method: 'acquireTokenPopup', request });
      return { accessToken: await (script.popup ?? (async () => 'popup-token'))() };
    },
  };
  const createClient = async (configuration: Configuration) => {
    configs.push(configuration);
    return client;
  };
  return { createClient, calls, configs, methods: () => calls.map((c) => c.method) };
}

function fakeTeams(options: { naa: boolean; initialized?: boolean; ssoToken?: string }) {
  const log: string[] = [];
  let initialized = options.initialized ?? false;
  const api: TeamsAuthApi = {
    isInitialized: () => initialized,
    initialize: async () => {
      log.push('initialize');
      initialized = true;
    },
    isNAAChannelRecommended: () => {
      if (!initialized) throw new Error('SDK not initialized');
      return options.naa;
    },
    getAuthToken: async () => {
      log.push('getAuthToken');
      return options.ssoToken ?? 'teams-sso-token';
    },
  };
  return { teams: async () => api, log };
}

const teamsUser = { clientId: 'client-1', loginHint: 'tess@uni.ac.uk', tenantId: 'tid-1', userObjectId: 'oid-1' };

describe('nested app authentication in Teams', () => {
  it('initialises teams-js first, then gets a token silently for the Teams user’s account', async () => {
    const msal = fakeMsal({ account });
    const teams = fakeTeams({ naa: true });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: teams.teams });
    await expect(provider.getAccessToken()).resolves.toBe('silent-token');
    expect(teams.log).toEqual(['initialize']);
    expect(msal.configs).toEqual([{ auth: { clientId: 'client-1', authority: 'https://login.microsoftonline.com/organizations' } }]);
    expect(msal.calls[0]).toEqual({ method: 'getAccount', request: { tenantId: 'tid-1', homeAccountId: 'oid-1.tid-1', loginHint: 'tess@uni.ac.uk' } });
    expect(msal.calls[1]).toEqual({ method: 'acquireTokenSilent', request: { scopes: [...GRAPH_SCOPES], account } });
  });

  it('uses ssoSilent with the login hint when MSAL has no cached account yet', async () => {
    const msal = fakeMsal({ account: null });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    await expect(provider.getAccessToken()).resolves.toBe('sso-silent-token');
    expect(msal.calls[1]).toEqual({ method: 'ssoSilent', request: { scopes: [...GRAPH_SCOPES], loginHint: 'tess@uni.ac.uk' } });
  });

  it('opens the consent popup when MSAL says interaction is required', async () => {
    const msal = fakeMsal({
      account,
      silent: () => Promise.reject(new InteractionRequiredAuthError('consent_required', 'AADSTS65001: consent needed')),
    });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    await expect(provider.getAccessToken()).resolves.toBe('popup-token');
    expect(msal.methods()).toEqual(['getAccount', 'acquireTokenSilent', 'acquireTokenPopup']);
    expect(msal.calls[2].request).toEqual({ scopes: [...GRAPH_SCOPES], loginHint: 'tess@uni.ac.uk' });
  });

  it('does not open a popup for other failures, and says sign-in did not complete', async () => {
    const msal = fakeMsal({ account, silent: () => Promise.reject(new Error('network_error')) });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('network_error') });
    expect(msal.methods()).not.toContain('acquireTokenPopup');
  });

  it('reports a refused popup as a sign-in failure', async () => {
    const msal = fakeMsal({
      account,
      silent: () => Promise.reject(new InteractionRequiredAuthError('interaction_required', 'AADSTS50076: interaction required')),
      popup: () => Promise.reject(new Error('user_cancelled')),
    });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('shares one attempt between concurrent callers, so only one popup appears', async () => {
    const msal = fakeMsal({ account, silent: () => Promise.reject(new InteractionRequiredAuthError('interaction_required', 'AADSTS50076: interaction required')) });
    const provider = createNaaTokenProvider({ ...teamsUser, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    const tokens = await Promise.all([provider.getAccessToken(), provider.getAccessToken(), provider.getAccessToken()]);
    expect(tokens).toEqual(['popup-token', 'popup-token', 'popup-token']);
    expect(msal.methods().filter((m) => m === 'acquireTokenPopup')).toHaveLength(1);
  });

  it('asks for the scopes it is given (e.g. provisioning) instead of the everyday set', async () => {
    const msal = fakeMsal({ account });
    const scopes = ['Sites.Manage.All'];
    const provider = createNaaTokenProvider({ ...teamsUser, scopes, createClient: msal.createClient, teams: fakeTeams({ naa: true }).teams });
    await provider.getAccessToken();
    expect(msal.calls[1].request).toMatchObject({ scopes });
  });
});

describe('fallback when the Teams client does not offer nested app authentication', () => {
  function exchangeServer(body: unknown, status = 200) {
    const requests: { url: string; auth: string | null; body: unknown }[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization'), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(body), { status });
    }) as typeof fetch;
    return { fetchImpl, requests };
  }

  it('gets a Teams SSO token and swaps it on-behalf-of at the configured endpoint', async () => {
    const msal = fakeMsal({ account });
    const teams = fakeTeams({ naa: false, initialized: true, ssoToken: 'sso-abc' });
    const server = exchangeServer({ accessToken: 'graph-obo-token', expiresOn: '2026-11-23T16:00:00Z' });
    const provider = createNaaTokenProvider({
      ...teamsUser,
      tokenExchangeUrl: 'https://hub.example.ac.uk/api/token',
      fetchImpl: server.fetchImpl,
      now: () => new Date('2026-11-23T15:00:00Z'),
      createClient: msal.createClient,
      teams: teams.teams,
    });
    await expect(provider.getAccessToken()).resolves.toBe('graph-obo-token');
    expect(msal.calls).toEqual([]);
    expect(server.requests).toEqual([{ url: 'https://hub.example.ac.uk/api/token', auth: 'Bearer sso-abc', body: { scopes: [...GRAPH_SCOPES] } }]);
  });

  it('reuses the exchanged token until shortly before it expires', async () => {
    let now = new Date('2026-11-23T15:00:00Z');
    const teams = fakeTeams({ naa: false, initialized: true });
    const server = exchangeServer({ accessToken: 'graph-obo-token', expiresOn: '2026-11-23T16:00:00Z' });
    const provider = createNaaTokenProvider({
      ...teamsUser,
      tokenExchangeUrl: 'https://hub.example.ac.uk/api/token',
      fetchImpl: server.fetchImpl,
      now: () => now,
      teams: teams.teams,
      createClient: fakeMsal({}).createClient,
    });
    await provider.getAccessToken();
    await provider.getAccessToken();
    expect(server.requests).toHaveLength(1);
    now = new Date('2026-11-23T15:56:00Z');
    await provider.getAccessToken();
    expect(server.requests).toHaveLength(2);
  });

  it('explains what is missing when no exchange endpoint is configured', async () => {
    const provider = createNaaTokenProvider({ ...teamsUser, teams: fakeTeams({ naa: false }).teams, createClient: fakeMsal({}).createClient });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('TOKEN_EXCHANGE_URL') });
  });

  it('asks for consent in words when the exchange is refused', async () => {
    const server = exchangeServer({ error: 'consent_required' }, 403);
    const provider = createNaaTokenProvider({
      ...teamsUser,
      tokenExchangeUrl: 'https://hub.example.ac.uk/api/token',
      fetchImpl: server.fetchImpl,
      teams: fakeTeams({ naa: false }).teams,
      createClient: fakeMsal({}).createClient,
    });
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('consent') });
  });
});
