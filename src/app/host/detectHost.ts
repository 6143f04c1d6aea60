import { getActingUpn, LOCAL_CONTEXT_PATH, readLocalContext } from './localHost';
import { setActiveHost } from './session';
import { fromTeamsContext } from './teamsContext';
import type { HostInfo, HostWindow, TeamsSdk } from './types';

export interface DetectHostOptions {
  /** Defaults to the browser's `window`. */
  readonly window?: HostWindow;
  /** Loads teams-js; by default a dynamic import, so local mode never downloads it. */
  readonly loadTeamsSdk?: () => Promise<TeamsSdk>;
  /** How long a framed tab waits for Teams to answer `app.initialize` before going local. */
  readonly initializeTimeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
  /** The local server's context endpoint (default `/_local/context`, relative to the page). */
  readonly localContextUrl?: string;
  /** The demo person local mode acts as (default: `localStorage['hub.actingUpn']`). */
  readonly getActingUpn?: () => string;
}

const DEFAULT_INITIALIZE_TIMEOUT_MS = 4000;

/**
 * Finds out where the tab runs and records it for the host wrappers.
 *
 * Only a framed page (or a Teams mobile web view) can be in Teams, so an unframed page goes
 * straight to local mode without waiting for teams-js's ~5 s initialise timeout. A framed page
 * that Teams does not answer within `initializeTimeoutMs` also falls back to local mode.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<HostInfo> {
  const win = options.window ?? browserWindow();
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  if (isFramed(win)) {
    const sdk = await (options.loadTeamsSdk ?? loadTeamsJs)();
    const context = await initializeTeams(sdk, options.initializeTimeoutMs ?? DEFAULT_INITIALIZE_TIMEOUT_MS);
    if (context) {
      const info = fromTeamsContext(context);
      setActiveHost({ kind: 'teams', info, sdk, win });
      return info;
    }
  }
  const upn = (options.getActingUpn ?? (() => getActingUpn(win)))();
  const info = await readLocalContext(win, upn, fetchImpl, options.localContextUrl ?? LOCAL_CONTEXT_PATH);
  setActiveHost({ kind: 'local', info, win });
  return info;
}

/** True when a host could be around us: an iframe or a Teams mobile web view. */
export function isFramed(win: HostWindow): boolean {
  try {
    return win.self !== win.top || win.nativeInterface !== undefined;
  } catch {
    // Some browsers throw on reading a cross-origin `top`: we are certainly framed.
    return true;
  }
}

async function initializeTeams(sdk: TeamsSdk, timeoutMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([sdk.app.initialize().then(() => 'ready' as const), timeout]);
    return outcome === 'ready' ? await sdk.app.getContext() : undefined;
  } catch {
    // Framed by something that is not a Teams host (a preview pane, a test harness): run locally.
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

async function loadTeamsJs(): Promise<TeamsSdk> {
  const teams = await import('@microsoft/teams-js');
  return { app: teams.app, pages: teams.pages };
}

function browserWindow(): HostWindow {
  if (typeof window === 'undefined') throw new Error('detectHost needs a window; pass options.window outside a browser.');
  return window as unknown as HostWindow;
}
