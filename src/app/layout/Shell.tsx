/**
 * The tab around the pages: local mode's banner, the navigation, a visitor's read-only notice, an
 * owner's notice of lists newer releases added, and the page itself. On start it follows a Teams
 * deep link (`subPageId`) to its page.
 */
import { useEffect, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useNavigate } from 'react-router-dom';
import { useHost } from '../services/HostProvider';
import { SessionProvider } from '../services/SessionProvider';
import { useSession } from '../services/session';
import { ShellRoutes } from '../routes/ShellRoutes';
import { AppNav } from './AppNav';
import { deepLinkRoute } from './deepLinkOnStart';
import { LocalModeBar } from './LocalModeBar';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { MissingListsNotice } from '../setup/MissingListsNotice';

const useStyles = makeStyles({
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export function Shell() {
  const { host } = useHost();
  return (
    <>
      {host.kind === 'local' && <LocalModeBar />}
      <SessionProvider>
        <AppNav />
        <SessionPages />
      </SessionProvider>
    </>
  );
}

function SessionPages() {
  const styles = useStyles();
  useDeepLinkOnStart();
  return (
    <main className={styles.main}>
      <ReadOnlyNotice />
      <MissingListsNotice />
      <div>
        <ShellRoutes />
      </div>
    </main>
  );
}

/** A Teams deep link carries `subEntityId` ("action:12"), which the tab gets as `subPageId`. */
function useDeepLinkOnStart() {
  const { host } = useSession();
  const navigate = useNavigate();
  const followed = useRef(false);
  useEffect(() => {
    if (followed.current) return;
    followed.current = true;
    const route = deepLinkRoute(host);
    if (route) navigate(route, { replace: true });
  }, [host, navigate]);
}
