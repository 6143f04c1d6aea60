/**
 * Starts the session for the detected host and provides `useHub()` / `useSession()` below it.
 * First run (core lists missing) shows the set-up screen instead of the pages.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { makeStyles, tokens } from '@fluentui/react-components';
import { notifySuccess, type SettledScreen } from '../host';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadingState } from '../components/LoadingState';
import { listsOpenedBy } from '../routes/sectionLists';
import { SetupPage } from '../setup/SetupPage';
import { useHost } from './HostProvider';
import { SessionContext, type SessionValue } from './session';
import { startSession } from './startSession';
import { useAsync } from './useAsync';
import { useDeltaPoll } from './useDeltaPoll';

const useStyles = makeStyles({
  waiting: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}` },
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const { host } = useHost();
  // The page being opened: its lists are asked for with start-up's own (one $batch).
  const { pathname } = useLocation();
  const opening = useRef(pathname);
  opening.current = pathname;
  // Not list items: starting the session (site, me, lists) is what the stores are built from.
  const { data: start, error, reload } = useAsync((signal) => startSession(host, signal, { firstLists: (hub) => listsOpenedBy(hub, opening.current) }), [host]);
  // While a new acting person's session starts, do not show the previous person's permissions.
  const current = start && start.session.host === host ? start : undefined;
  const value = useMemo<SessionValue | undefined>(
    () => (current?.kind === 'ready' ? { hub: current.hub, session: current.session, connection: current.connection, reload } : undefined),
    [current, reload],
  );

  useDeltaPoll(value?.hub);

  // Something final is on screen: the hub, the set-up page or an error with "Try again".
  const settled: SettledScreen | undefined = error !== undefined ? 'error' : value ? 'hub' : current?.kind === 'setup' ? 'setup' : undefined;
  useEffect(() => {
    // Teams keeps its loading indicator (manifest `showLoadingIndicator`) until notifySuccess, and
    // replaces the tab with its own failure page if it never comes — so our own set-up and error
    // pages notify too. Locally only the hub marks <html data-hub-state="ready">.
    if (settled) void notifySuccess(settled);
  }, [settled]);

  if (error !== undefined) {
    return (
      <main className={styles.waiting}>
        <ErrorMessage error={error} doing="opening your team’s hub" onRetry={reload} />
      </main>
    );
  }
  if (!current) {
    return (
      <main className={styles.waiting}>
        <LoadingState label="Opening your team’s hub…" />
      </main>
    );
  }
  if (current.kind === 'setup') return <SetupPage start={current} onDone={reload} />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
