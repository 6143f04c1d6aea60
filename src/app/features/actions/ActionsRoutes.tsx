/**
 * The actions section (lazy-loaded by the shell): the plan's views, one action's page, the
 * self-assessment report, starting the next plan, and importing a plan.
 */
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../routes/NotFoundPage';
import { ActionPage } from './action/ActionPage';
import { ImportPage } from './import/ImportPage';
import { ActionsPage } from './list/ActionsPage';
import { NextPlanPage } from './plan/NextPlanPage';
import { ReportPage } from './report/ReportPage';

export default function ActionsRoutes() {
  return (
    <Routes>
      <Route index element={<ActionsPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="plans/:planId/report" element={<ReportPage />} />
      <Route path="plans/:planId/next" element={<NextPlanPage />} />
      <Route path=":actionId" element={<ActionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
