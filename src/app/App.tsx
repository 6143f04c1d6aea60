/**
 * The tab, outermost first: theme → toasts → host (Teams or local mode) → routes. The
 * configuration page needs only the host; every other page runs inside a session.
 */
import { HashRouter, Route, Routes } from 'react-router-dom';
import type { HostTheme } from './host';
import { ThemeProvider } from './theme/ThemeProvider';
import { NotifyProvider } from './services/notify';
import { HostProvider } from './services/HostProvider';
import { ConfigPage } from './config/ConfigPage';
import { Shell } from './layout/Shell';

export function App({ initialTheme }: { readonly initialTheme: HostTheme }) {
  return (
    <ThemeProvider initial={initialTheme}>
      <NotifyProvider>
        <HostProvider>
          <HashRouter>
            <Routes>
              <Route path="/config" element={<ConfigPage />} />
              <Route path="*" element={<Shell />} />
            </Routes>
          </HashRouter>
        </HostProvider>
      </NotifyProvider>
    </ThemeProvider>
  );
}
