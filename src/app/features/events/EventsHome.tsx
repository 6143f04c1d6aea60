/**
 * The events section's front page: upcoming and past lists, the month calendar and attendance
 * figures, with "New event" for members and the calendar feed to download.
 */
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import { attendanceFigures } from '../../../domain/events/attendance';
import { splitUpcomingAndPast } from '../../../domain/events/calendar';
import { buildEventsFeed } from '../../../domain/events/ics';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../services/session';
import { AttendanceFigures } from './AttendanceFigures';
import { downloadText } from './download';
import { EventCalendar } from './EventCalendar';
import { EventList } from './EventList';
import { icsOptions } from './icsOptions';
import { useEventsData } from './useEventsData';
import { viewerTimeZone } from './viewerZone';

type View = 'upcoming' | 'past' | 'calendar' | 'attendance';

const useStyles = makeStyles({ tabs: { marginBottom: tokens.spacingVerticalL } });

export function EventsHome() {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useEventsData();
  const [view, setView] = useState<View>('upcoming');
  const timeZone = viewerTimeZone();
  const now = useMemo(() => new Date(), [data]);
  const split = useMemo(() => splitUpcomingAndPast(data?.events ?? [], now), [data, now]);

  const header = (
    <PageHeader
      title="Events"
      subtitle="Network meetings, showcases, CPD, outreach and socials: reply, come along, count who came."
      actions={
        <>
          <Button
            icon={<CalendarLtrRegular />}
            disabled={!data}
            onClick={() => data && downloadText('technician-network-events.ics', buildEventsFeed(data.events, icsOptions(session, data.people, new Date())))}
          >
            Calendar feed (.ics)
          </Button>
          {session.canEdit && (
            <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/events/new')}>
              New event
            </Button>
          )}
        </>
      }
    />
  );
  if (error) return <>{header}<ErrorMessage error={error} doing="loading the events" onRetry={reload} /></>;
  if (!data) return <>{header}{loading && <LoadingState label="Loading events…" />}</>;

  return (
    <>
      {header}
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Events views">
        <Tab value="upcoming">Upcoming ({split.upcoming.length})</Tab>
        <Tab value="past">Past ({split.past.length})</Tab>
        <Tab value="calendar">Calendar</Tab>
        <Tab value="attendance">Attendance</Tab>
      </TabList>
      <div role="tabpanel" aria-label={view}>
        {view === 'upcoming' &&
          (split.upcoming.length ? (
            <EventList events={split.upcoming} registrations={data.registrations} timeZone={timeZone} label="Upcoming events" />
          ) : (
            <EmptyState title="No events planned yet" body="Plan a network meeting, a showcase or a CaféTech, and announce it to the channel." />
          ))}
        {view === 'past' &&
          (split.past.length ? (
            <EventList events={split.past} registrations={data.registrations} timeZone={timeZone} label="Past events" />
          ) : (
            <EmptyState title="No past events yet" />
          ))}
        {view === 'calendar' && <EventCalendar events={data.events} now={now} timeZone={timeZone} />}
        {view === 'attendance' && (
          <AttendanceFigures figures={attendanceFigures(data.events, data.registrations, data.people, data.units, now)} timeZone={timeZone} />
        )}
      </div>
    </>
  );
}
