/**
 * Placeholder created by the shell so the route exists; the skills feature replaces this file with
 * its own nested <Routes> (default export, lazy-loaded by src/app/routes/ShellRoutes.tsx).
 */
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

function Placeholder() {
  return (
    <>
      <PageHeader title="Skills" />
      <EmptyState title="Your skills matrix will appear here" body="This section is being built." />
    </>
  );
}

export default function SkillsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Placeholder />} />
    </Routes>
  );
}
