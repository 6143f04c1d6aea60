/**
 * The Fluent theme at the root. The host decides the theme (Teams tells the tab and changes it
 * live; in local mode the theme switcher does, through the host layer's `setLocalTheme`); this
 * provider only maps it onto Fluent's Teams themes.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import type { HostTheme } from '../host';

export const THEMES: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** What the theme switcher calls each theme. */
export const THEME_LABELS: Record<HostTheme, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

interface ThemeControl {
  readonly theme: HostTheme;
  /** Called by the host provider with the host's theme, at start and on every change. */
  setTheme(theme: HostTheme): void;
}

const ThemeContext = createContext<ThemeControl | undefined>(undefined);

/** The theme in use and its setter; only inside `ThemeProvider`. */
export function useTheme(): ThemeControl {
  const control = useContext(ThemeContext);
  if (!control) throw new Error('useTheme is used outside ThemeProvider');
  return control;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export function ThemeProvider({ initial = 'default', children }: { initial?: HostTheme; children: ReactNode }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<HostTheme>(initial);
  const control = useMemo<ThemeControl>(() => ({ theme, setTheme }), [theme]);
  useEffect(() => {
    // Form controls and scrollbars outside Fluent follow the theme too.
    document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
  }, [theme]);
  return (
    <ThemeContext.Provider value={control}>
      {/* Portals (dropdown lists, menus, toasts) get only the theme's variables: with the page styles too,
          each portal mount node became a full-height painted layer covering the tab. */}
      <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme} applyStylesToPortals={false}>
        {children}
      </FluentProvider>
    </ThemeContext.Provider>
  );
}
