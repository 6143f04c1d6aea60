import { HubError, unsupportedError } from '../../domain/errors';
import type { HostInfo, HostTheme, HostWindow, TeamsSdk } from './types';

/**
 * The host the tab was started in, recorded once by `detectHost`. Like teams-js's own runtime
 * state, every wrapper checks it first (`requireHost`), so calling a host feature before
 * detection fails loudly instead of silently doing nothing.
 */
export type ActiveHost =
  | { readonly kind: 'teams'; readonly info: HostInfo; readonly sdk: TeamsSdk; readonly win?: HostWindow }
  | { readonly kind: 'local'; readonly info: HostInfo; readonly win?: HostWindow };

let active: ActiveHost | undefined;
const themeHandlers = new Set<(theme: HostTheme) => void>();

/** Records the detected host (called by `detectHost`; tests call it through `detectHost` too). */
export function setActiveHost(host: ActiveHost): void {
  active = host;
  themeHandlers.clear();
}

/** The detected host, or undefined before `detectHost` has finished. */
export function activeHost(): ActiveHost | undefined {
  return active;
}

/** The precondition every host feature checks first. */
export function requireHost(feature: string): ActiveHost {
  if (!active) {
    throw new HubError('unsupported', `${feature} was used before the host was detected; await detectHost() first.`);
  }
  return active;
}

/** Throws the standard "not in this host" error for a feature. */
export function notSupportedHere(feature: string, host: ActiveHost): HubError {
  return unsupportedError(`${feature} is not available when the tab runs ${host.kind === 'teams' ? 'in this Teams client' : 'outside Teams (local mode)'}.`);
}

/** The handlers `onThemeChange` registered; one Teams registration fans out to all of them. */
export function themeSubscribers(): Set<(theme: HostTheme) => void> {
  return themeHandlers;
}

/** Forgets the detected host: only for tests that detect more than once. */
export function resetHostForTests(): void {
  active = undefined;
  themeHandlers.clear();
}
