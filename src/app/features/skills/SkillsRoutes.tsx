/**
 * The skills section (`#/skills/…`): matrix, who-can-do-X, gaps, targets, training needs, find a
 * mentor, catalogue, import and skill pages.
 * Lazy-loaded by the shell; person profiles (`#/people/:personId`) are in `PeopleRoutes`.
 */
import { Route, Routes } from 'react-router-dom';
import { CataloguePage } from './catalogue/CataloguePage';
import { GapsPage } from './gaps/GapsPage';
import { ImportPage } from './import/ImportWizard';
import { MatrixPage } from './matrix/MatrixPage';
import { FindMentorPage } from './mentor/FindMentorPage';
import { SkillPage } from './skill/SkillPage';
import { TargetsPage } from './targets/TargetsPage';
import { TrainingNeedsPage } from './training/TrainingNeedsPage';
import { WhoCanDoPage } from './who/WhoCanDoPage';

export default function SkillsRoutes() {
  return (
    <Routes>
      <Route index element={<MatrixPage />} />
      <Route path="who" element={<WhoCanDoPage />} />
      <Route path="gaps" element={<GapsPage />} />
      <Route path="targets" element={<TargetsPage />} />
      <Route path="training" element={<TrainingNeedsPage />} />
      <Route path="mentor" element={<FindMentorPage />} />
      <Route path="catalogue" element={<CataloguePage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":skillId" element={<SkillPage />} />
    </Routes>
  );
}
