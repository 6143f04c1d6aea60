/**
 * Placeholder created by the shell so the route exists; the actions feature replaces this file with
 * its own nested <Routes> (default export, lazy-loaded by src/app/routes/ShellRoutes.tsx).
 */
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

function Placeholder() {
  return (
    <>
      <PageHeader title="Actions" />
      <EmptyState title="Your action plan will appear here" body="This section is being built." />
    </>
  );
}

export default function ActionsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Placeholder />} />
    </Routes>
  );
}
