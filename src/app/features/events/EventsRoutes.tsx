/**
 * The events section (`#/events…`): lists, calendar and figures; new/edit; one event's page.
 * Lazy-loaded by the shell (src/app/routes/ShellRoutes.tsx).
 */
import { Route, Routes } from 'react-router-dom';
import { EventEditPage } from './EventEditPage';
import { EventPage } from './EventPage';
import { EventsHome } from './EventsHome';

export default function EventsRoutes() {
  return (
    <Routes>
      <Route index element={<EventsHome view="upcoming" />} />
      <Route path="past" element={<EventsHome view="past" />} />
      <Route path="calendar" element={<EventsHome view="calendar" />} />
      <Route path="attendance" element={<EventsHome view="attendance" />} />
      <Route path="new" element={<EventEditPage />} />
      <Route path=":eventId" element={<EventPage />} />
      <Route path=":eventId/edit" element={<EventEditPage />} />
    </Routes>
  );
}
