/**
 * Announcements (`#/announcements…`): compose and schedule one, edit or cancel it before it is
 * posted; an announcement's own page, which its card's "Open" and "Got it" links open.
 */
import { Route, Routes } from 'react-router-dom';
import { AnnouncementPage } from './AnnouncementPage';
import { AnnouncementsPage } from './AnnouncementsPage';

export default function AnnouncementsRoutes() {
  return (
    <Routes>
      <Route index element={<AnnouncementsPage />} />
      <Route path=":announcementId" element={<AnnouncementPage gotIt={false} />} />
      <Route path=":announcementId/got-it" element={<AnnouncementPage gotIt />} />
    </Routes>
  );
}
