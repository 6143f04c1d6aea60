/**
 * Detects the host (Teams or local mode) once per acting person, follows its theme live and tells
 * it when the tab has loaded. Everything under it may call `useHost()`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectHost, getActingUpn, notifyAppLoaded, onThemeChange, setActingUpn, type HostInfo } from '../host';
import { useTheme } from '../theme/ThemeProvider';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadingState } from '../components/LoadingState';
import { useAsync } from './useAsync';

interface HostState {
  readonly host: HostInfo;
  /** Local mode: the demo person the tab acts as. */
  readonly actingUpn: string;
  /** Local mode: act as someone else (remembered in this browser; the session starts again). */
  actAs(upn: string): void;
}

const HostContext = createContext<HostState | undefined>(undefined);

/** Where the tab runs, and (local mode) who it acts as. */
export function useHost(): HostState {
  const state = useContext(HostContext);
  if (!state) throw new Error('useHost is used outside HostProvider');
  return state;
}

export function HostProvider({ children }: { children: ReactNode }) {
  const { setTheme } = useTheme();
  const [actingUpn, setActing] = useState(() => getActingUpn());
  // Not list items: which host runs the tab (Teams or local) is known before any list can be read.
  const { data: host, error, reload } = useAsync(() => detectHost(), [actingUpn]);

  useEffect(() => {
    if (!host) return undefined;
    setTheme(host.theme);
    notifyAppLoaded();
    return onThemeChange(setTheme);
  }, [host, setTheme]);

  const actAs = useCallback((upn: string) => {
    setActingUpn(upn);
    setActing(upn);
  }, []);

  const state = useMemo(() => (host ? { host, actingUpn, actAs } : undefined), [host, actingUpn, actAs]);
  if (error) {
    return (
      <main style={{ padding: '16px 24px' }}>
        <ErrorMessage error={error} doing="starting Technician Hub" onRetry={reload} />
      </main>
    );
  }
  if (!state) return <LoadingState label="Starting Technician Hub…" />;
  return <HostContext.Provider value={state}>{children}</HostContext.Provider>;
}
