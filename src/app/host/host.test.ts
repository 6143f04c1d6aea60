import { isHubError } from '../../domain/errors';
import {
  configPage,
  detectHost,
  notifyAppLoaded,
  notifySuccess,
  onThemeChange,
  registerConfigSave,
  setLocalTheme,
  type HostWindow,
  type TeamsContext,
  type TeamsSdk,
} from './index';
import { resetHostForTests } from './session';
import type { TeamsInstanceConfig, TeamsSaveEvent } from './types';

const top = {};
const unframed = (values: Record<string, string> = {}): HostWindow & { values: Record<string, string> } => {
  const win = { self: top, top, location: { href: 'http://127.0.0.1:53000/#/' }, values, localStorage: storage(values) };
  return win;
};
const framed = (): HostWindow => ({ self: {}, top, location: { href: 'https://hub.example.ac.uk/#/' } });

function storage(values: Record<string, string>) {
  return { getItem: (k: string) => values[k] ?? null, setItem: (k: string, v: string) => void (values[k] = v) };
}

const localContext = {
  user: { id: 'u-1', userPrincipalName: 'owner@demo.local', displayName: 'Olu Owner', tenantId: 'local' },
  team: { groupId: 'local-team', displayName: 'Technician Network', userRole: 0 },
  channel: { id: 'general', displayName: 'General' },
  sharePointSite: { teamSiteUrl: 'http://127.0.0.1:53000', teamSiteDomain: '127.0.0.1', teamSitePath: '/' },
};

function fakeFetch(body: unknown, status = 200) {
  const calls: { url: string; auth: string | undefined }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), auth: headers.get('Authorization') ?? undefined });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { impl, calls };
}

const teamsContext: TeamsContext = {
  app: { theme: 'dark' },
  page: { id: 'hub', frameContext: 'content', subPageId: 'action:12' },
  user: { id: 'aad-1', displayName: 'Tess Tech', userPrincipalName: 'tess@uni.ac.uk', loginHint: 'tess@uni.ac.uk', tenant: { id: 'tid' } },
  team: { groupId: 'group-1', displayName: 'Technician Network', userRole: 1 },
  channel: { id: '19:abc@thread.tacv2', displayName: 'General' },
  sharePointSite: { teamSiteUrl: 'https://uni.sharepoint.com/sites/TechNet', teamSiteDomain: 'uni.sharepoint.com', teamSitePath: '/sites/TechNet' },
};

function fakeSdk(overrides: { context?: TeamsContext; initialize?: () => Promise<void>; configSupported?: boolean } = {}) {
  const log: string[] = [];
  let themeHandler: ((theme: string) => void) | undefined;
  let saveHandler: ((event: TeamsSaveEvent) => void) | undefined;
  const saved: TeamsInstanceConfig[] = [];
  const sdk: TeamsSdk = {
    app: {
      initialize: overrides.initialize ?? (async () => void log.push('initialize')),
      isInitialized: () => true,
      getContext: async () => overrides.context ?? teamsContext,
      notifyAppLoaded: () => void log.push('appLoaded'),
      notifySuccess: async () => void log.push('success'),
      registerOnThemeChangeHandler: (h) => {
        log.push('registerTheme');
        themeHandler = h;
      },
    },
    pages: {
      config: {
        isSupported: () => overrides.configSupported ?? true,
        registerOnSaveHandler: (h) => void (saveHandler = h),
        setConfig: async (c) => void saved.push(c),
        setValidityState: (v) => void log.push(`valid:${v}`),
      },
    },
  };
  return { sdk, log, saved, fireTheme: (t: string) => themeHandler?.(t), save: (e: TeamsSaveEvent) => saveHandler?.(e) };
}

beforeEach(() => resetHostForTests());

describe('detecting the host outside Teams', () => {
  it('goes local without loading teams-js and reads the context as the acting person', async () => {
    const { impl, calls } = fakeFetch(localContext);
    const loadTeamsSdk = jest.fn();
    const host = await detectHost({ window: unframed({ 'hub.actingUpn': 'owner@demo.local' }), fetchImpl: impl, loadTeamsSdk });
    expect(loadTeamsSdk).not.toHaveBeenCalled();
    expect(calls).toEqual([{ url: 'http://127.0.0.1:53000/_local/context', auth: 'Bearer dev:owner@demo.local' }]);
    expect(host).toMatchObject({
      kind: 'local',
      user: { upn: 'owner@demo.local', displayName: 'Olu Owner' },
      team: { groupId: 'local-team', userRole: 0 },
      channel: { id: 'general' },
      sharePointSite: { teamSiteDomain: '127.0.0.1' },
    });
  });

  it('acts as member@demo.local when nobody has been picked', async () => {
    const { impl, calls } = fakeFetch(localContext);
    await detectHost({ window: unframed(), fetchImpl: impl });
    expect(calls[0].auth).toBe('Bearer dev:member@demo.local');
  });

  it('says plainly when the local server does not know the acting person', async () => {
    const { impl } = fakeFetch({ error: { code: 'InvalidAuthenticationToken' } }, 401);
    const detection = detectHost({ window: unframed({ 'hub.actingUpn': 'ghost@demo.local' }), fetchImpl: impl });
    await expect(detection).rejects.toMatchObject({ code: 'unauthenticated', message: expect.stringContaining('ghost@demo.local') });
  });

  it('reports a network error when the local server is down', async () => {
    const impl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(detectHost({ window: unframed(), fetchImpl: impl })).rejects.toMatchObject({ code: 'network' });
  });

  it('falls back to local mode when a framing page never answers as Teams', async () => {
    const { impl } = fakeFetch(localContext);
    const { sdk } = fakeSdk({ initialize: () => new Promise<void>(() => undefined) });
    const host = await detectHost({ window: framed(), fetchImpl: impl, loadTeamsSdk: async () => sdk, initializeTimeoutMs: 5 });
    expect(host.kind).toBe('local');
  });
});

describe('detecting the host in Teams', () => {
  it('initialises teams-js and maps the context, including the deep-link target', async () => {
    const { sdk, log } = fakeSdk();
    const host = await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    expect(log).toContain('initialize');
    expect(host).toEqual({
      kind: 'teams',
      theme: 'dark',
      frameContext: 'content',
      subPageId: 'action:12',
      user: { id: 'aad-1', upn: 'tess@uni.ac.uk', displayName: 'Tess Tech', tenantId: 'tid', loginHint: 'tess@uni.ac.uk' },
      team: { groupId: 'group-1', displayName: 'Technician Network', userRole: 1 },
      channel: { id: '19:abc@thread.tacv2', displayName: 'General' },
      chat: undefined,
      sharePointSite: { teamSiteUrl: 'https://uni.sharepoint.com/sites/TechNet', teamSiteDomain: 'uni.sharepoint.com', teamSitePath: '/sites/TechNet' },
    });
  });

  it('tells Teams when the tab has loaded and when it is usable', async () => {
    const { sdk, log } = fakeSdk();
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    notifyAppLoaded();
    await notifySuccess();
    expect(log.slice(-2)).toEqual(['appLoaded', 'success']);
  });

  it('tells Teams the tab settled on its own set-up or error page too, so Teams does not replace it', async () => {
    const { sdk, log } = fakeSdk();
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    await notifySuccess('setup');
    await notifySuccess('error');
    expect(log.slice(-2)).toEqual(['success', 'success']);
  });

  it('follows Teams theme changes with one registration shared by every subscriber', async () => {
    const { sdk, log, fireTheme } = fakeSdk();
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = onThemeChange((t) => first.push(t));
    onThemeChange((t) => second.push(t));
    fireTheme('contrast');
    stopFirst();
    fireTheme('default');
    expect(first).toEqual(['contrast']);
    expect(second).toEqual(['contrast', 'default']);
    expect(log.filter((e) => e === 'registerTheme')).toHaveLength(1);
  });

  it('refuses a local theme pick inside Teams', async () => {
    const { sdk } = fakeSdk();
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    expect(() => setLocalTheme('dark')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });
});

describe('the configuration page', () => {
  const settingsContext: TeamsContext = { ...teamsContext, page: { id: 'hub', frameContext: 'settings' } };

  it('saves the tab configuration when Teams asks, then reports success', async () => {
    const { sdk, saved, save, log } = fakeSdk({ context: settingsContext });
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    expect(configPage.isSupported()).toBe(true);
    const registration = registerConfigSave(() => ({ contentUrl: 'https://hub.example.ac.uk/#/', entityId: 'technician-hub', suggestedDisplayName: 'Technician Hub' }));
    registration.setValid(true);
    const outcome = await new Promise<string>((resolve) => save({ notifySuccess: () => resolve('success'), notifyFailure: (r) => resolve(`failure:${r}`) }));
    expect(outcome).toBe('success');
    expect(log).toContain('valid:true');
    expect(saved).toEqual([
      { contentUrl: 'https://hub.example.ac.uk/#/', entityId: 'technician-hub', suggestedDisplayName: 'Technician Hub', websiteUrl: 'https://hub.example.ac.uk/#/' },
    ]);
  });

  it('passes the reason to Teams when the configuration cannot be built', async () => {
    const { sdk, save } = fakeSdk({ context: settingsContext });
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    registerConfigSave(() => Promise.reject(new Error('Pick a plan first.')));
    const outcome = await new Promise<string>((resolve) => save({ notifySuccess: () => resolve('success'), notifyFailure: (r) => resolve(`failure:${r}`) }));
    expect(outcome).toBe('failure:Pick a plan first.');
  });

  it('is not available in the content frame', async () => {
    const { sdk } = fakeSdk();
    await detectHost({ window: framed(), loadTeamsSdk: async () => sdk });
    expect(configPage.isSupported()).toBe(false);
    expect(() => registerConfigSave(() => ({ contentUrl: 'x', entityId: 'y' }))).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });
});

describe('local mode as a host', () => {
  it('lets the person pick a theme, remembers it and tells subscribers', async () => {
    const win = unframed();
    await detectHost({ window: win, fetchImpl: fakeFetch(localContext).impl });
    const seen: string[] = [];
    onThemeChange((t) => seen.push(t));
    setLocalTheme('contrast');
    expect(seen).toEqual(['contrast']);
    expect(win.values['hub.theme']).toBe('contrast');
  });

  it('starts in the theme picked last time', async () => {
    const host = await detectHost({ window: unframed({ 'hub.theme': 'dark' }), fetchImpl: fakeFetch(localContext).impl });
    expect(host.theme).toBe('dark');
  });

  it('has no configuration page to save', async () => {
    await detectHost({ window: unframed(), fetchImpl: fakeFetch(localContext).impl });
    expect(configPage.isSupported()).toBe(false);
  });

  it('accepts the lifecycle calls so the shell need not branch on the host', async () => {
    await detectHost({ window: unframed(), fetchImpl: fakeFetch(localContext).impl });
    expect(() => notifyAppLoaded()).not.toThrow();
    await expect(notifySuccess()).resolves.toBeUndefined();
  });
});

describe('host features before detection', () => {
  it('fail with an unsupported error naming the feature', () => {
    let caught: unknown;
    try {
      onThemeChange(() => undefined);
    } catch (e) {
      caught = e;
    }
    expect(isHubError(caught, 'unsupported')).toBe(true);
    expect((caught as Error).message).toMatch(/Following the theme.*detectHost/);
  });
});
