import { activeHost, requireHost } from './session';

/**
 * Telling the host the tab has loaded and is usable. Teams hides its loading indicator on
 * `notifySuccess` (the app package must not leave it spinning); locally we mark the document so
 * browser tests and the bench can wait for the same moment.
 */
export function isSupported(): boolean {
  return activeHost() !== undefined;
}

/** The tab's first screen is rendered (Teams may hide its splash). */
export function notifyAppLoaded(): void {
  const host = requireHost('Reporting that the app loaded');
  if (host.kind === 'teams') host.sdk.app.notifyAppLoaded();
  else markDocument('loaded');
}

/**
 * What the tab settled on: the hub itself, the first-run set-up page, or an error it can retry.
 * Teams needs `notifySuccess` for all three (it keeps its loading indicator, then shows its own
 * failure page, if the call never comes); locally only `hub` marks the tab usable.
 */
export type SettledScreen = 'hub' | 'setup' | 'error';

/** The tab shows something final: for `hub`, the data of the first screen is on it. */
export async function notifySuccess(screen: SettledScreen = 'hub'): Promise<void> {
  const host = requireHost('Reporting that the app is ready');
  if (host.kind === 'teams') await host.sdk.app.notifySuccess();
  else markDocument(screen === 'hub' ? 'ready' : screen);
}

function markDocument(state: 'loaded' | 'ready' | 'setup' | 'error'): void {
  // `data-hub-state` on <html>: observable readiness without a global variable.
  if (typeof document !== 'undefined') document.documentElement.dataset.hubState = state;
}
