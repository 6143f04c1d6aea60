import { activeHost, notSupportedHere, requireHost, themeSubscribers } from './session';
import { isHostTheme, LOCAL_THEME_KEY, toHostTheme } from './theme';
import type { HostTheme, TeamsSdk } from './types';

// teams-js keeps one theme handler per app (a second registration replaces the first), so we
// register once per SDK and fan out to every subscriber.
const registeredSdks = new WeakSet<TeamsSdk>();

/** Theme changes are followed in both hosts: Teams tells us; locally the person picks. */
export function isSupported(): boolean {
  return activeHost() !== undefined;
}

/**
 * Calls `handler` whenever the theme changes (Teams: the user switches theme; local mode:
 * `setLocalTheme`). Returns a function that stops listening.
 */
export function onThemeChange(handler: (theme: HostTheme) => void): () => void {
  const host = requireHost('Following the theme');
  const subscribers = themeSubscribers();
  subscribers.add(handler);
  if (host.kind === 'teams' && !registeredSdks.has(host.sdk)) {
    registeredSdks.add(host.sdk);
    host.sdk.app.registerOnThemeChangeHandler((teamsTheme) => publishTheme(toHostTheme(teamsTheme)));
  }
  return () => {
    subscribers.delete(handler);
  };
}

/**
 * Local mode's theme switch: remembers the pick and tells every subscriber. In Teams the theme
 * belongs to Teams, so this is refused there.
 */
export function setLocalTheme(theme: HostTheme): void {
  const host = requireHost('Choosing a theme');
  if (host.kind !== 'local') throw notSupportedHere('Choosing a theme', host);
  if (!isHostTheme(theme)) throw notSupportedHere(`The theme "${String(theme)}"`, host);
  host.win?.localStorage?.setItem(LOCAL_THEME_KEY, theme);
  publishTheme(theme);
}

function publishTheme(theme: HostTheme): void {
  for (const handler of [...themeSubscribers()]) handler(theme);
}
