import type { HostTheme, HostWindow } from './types';

/** Where local mode remembers the theme a person picked (Teams remembers its own). */
export const LOCAL_THEME_KEY = 'hub.theme';

/**
 * Maps a Teams theme name to ours. Teams sends `default`, `dark` or `contrast`; anything else
 * (older clients have sent `light`) is treated as the default theme rather than an error.
 */
export function toHostTheme(teamsTheme: string | null | undefined): HostTheme {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'default';
  }
}

/** True for the three theme names we render. */
export function isHostTheme(value: unknown): value is HostTheme {
  return value === 'default' || value === 'dark' || value === 'contrast';
}

/**
 * The theme local mode starts in: the person's last pick, else the operating system's forced
 * colours (high contrast) or dark preference, else the default theme.
 */
export function initialLocalTheme(win: Pick<HostWindow, 'localStorage' | 'matchMedia'>): HostTheme {
  const saved = win.localStorage?.getItem(LOCAL_THEME_KEY);
  if (isHostTheme(saved)) return saved;
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}
