/**
 * The skills section (`#/skills/…`): matrix, who-can-do-X, gaps, catalogue, import and skill pages.
 * Lazy-loaded by the shell; person profiles (`#/people/:personId`) are in `PeopleRoutes`.
 */
import { Route, Routes } from 'react-router-dom';
import { CataloguePage } from './catalogue/CataloguePage';
import { GapsPage } from './gaps/GapsPage';
import { ImportPage } from './import/ImportWizard';
import { MatrixPage } from './matrix/MatrixPage';
import { SkillPage } from './skill/SkillPage';
import { WhoCanDoPage } from './who/WhoCanDoPage';

export default function SkillsRoutes() {
  return (
    <Routes>
      <Route index element={<MatrixPage />} />
      <Route path="who" element={<WhoCanDoPage />} />
      <Route path="gaps" element={<GapsPage />} />
      <Route path="catalogue" element={<CataloguePage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":skillId" element={<SkillPage />} />
    </Routes>
  );
}
