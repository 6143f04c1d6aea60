/**
 * Placeholder created by the shell so the route exists; the cards feature replaces this file with
 * its own nested <Routes> (default export, lazy-loaded by src/app/routes/ShellRoutes.tsx).
 */
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

function Placeholder() {
  return (
    <>
      <PageHeader title="Sent cards" />
      <EmptyState title="Cards posted to this channel will appear here" body="This section is being built." />
    </>
  );
}

export default function SentCardsPage() {
  return (
    <Routes>
      <Route path="*" element={<Placeholder />} />
    </Routes>
  );
}
