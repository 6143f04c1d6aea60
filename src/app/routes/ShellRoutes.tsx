/**
 * The tab's pages (HashRouter paths, INTERFACES.md). Feature sections are lazy chunks, each a
 * default-exported component with its own nested `<Routes>`; every page sits in an error boundary
 * keyed by path, so moving away from a broken page clears it.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { LoadingState } from '../components/LoadingState';
import { OverviewPage } from '../overview/OverviewPage';
import { NotFoundPage } from './NotFoundPage';

const ActionsRoutes = lazy(() => import('../features/actions/ActionsRoutes'));
const EventsRoutes = lazy(() => import('../features/events/EventsRoutes'));
const SkillsRoutes = lazy(() => import('../features/skills/SkillsRoutes'));
const SentCardsPage = lazy(() => import('../features/cards/SentCardsPage'));
const AnnouncementsRoutes = lazy(() => import('../features/announcements/AnnouncementsRoutes'));
// A person's page is their skills profile (issue 6), owned by the skills feature.
const PeopleRoutes = lazy(() => import('../features/skills/PeopleRoutes'));

function Page({ doing, children }: { doing: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} doing={doing}>
      <Suspense fallback={<LoadingState label="Loading…" />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function ShellRoutes() {
  return (
    <Routes>
      <Route index element={<Page doing="showing the overview"><OverviewPage /></Page>} />
      <Route path="actions/*" element={<Page doing="showing the actions"><ActionsRoutes /></Page>} />
      <Route path="events/*" element={<Page doing="showing the events"><EventsRoutes /></Page>} />
      <Route path="skills/*" element={<Page doing="showing the skills"><SkillsRoutes /></Page>} />
      <Route path="people/:personId" element={<Page doing="showing this person"><PeopleRoutes /></Page>} />
      <Route path="cards/*" element={<Page doing="showing the sent cards"><SentCardsPage /></Page>} />
      <Route path="announcements/*" element={<Page doing="showing the announcements"><AnnouncementsRoutes /></Page>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
