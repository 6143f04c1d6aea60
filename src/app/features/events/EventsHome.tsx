/**
 * The events section's front page: upcoming and past lists, the month calendar and attendance
 * figures, with "New event" for members and the calendar feed to download.
 */
import { useMemo, useState } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { Button, Field, makeStyles, SearchBox, Select, Text, tokens } from '@fluentui/react-components';
import { AddRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import { attendanceFigures } from '../../../domain/events/attendance';
import { splitUpcomingAndPast } from '../../../domain/events/calendar';
import { buildEventsFeed, ICS_MEDIA_TYPE } from '../../../domain/events/ics';
import { eventTypesOf, searchEvents } from '../../../domain/events/search';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../services/session';
import { AttendanceFigures } from './AttendanceFigures';
import { downloadFile } from '../../components/downloadFile';
import { EventCalendar } from './EventCalendar';
import { EventList } from './EventList';
import { icsOptions } from './icsOptions';
import { useEventsData } from './useEventsData';
import { viewerTimeZone } from './viewerZone';

/** Each view has its own address (`#/events`, `#/events/past`…), so it can be shared and bookmarked. */
export type EventsView = 'upcoming' | 'past' | 'calendar' | 'attendance';

const VIEW_PATHS: Record<EventsView, string> = { upcoming: '/events', past: '/events/past', calendar: '/events/calendar', attendance: '/events/attendance' };

const useStyles = makeStyles({
  find: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalL },
  views: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: `0 0 ${tokens.spacingVerticalL}`, padding: 0, listStyle: 'none' },
  view: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    '&[aria-current="page"]': { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `1px solid ${tokens.colorBrandBackground}` },
    // The current view keeps its contrast under the pointer.
    '&[aria-current="page"]:hover': { backgroundColor: tokens.colorBrandBackgroundHover, color: tokens.colorNeutralForegroundOnBrand },
  },
});

export function EventsHome({ view }: { readonly view: EventsView }) {
  const styles = useStyles();
  const session = useSession();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useEventsData();
  const timeZone = viewerTimeZone();
  const now = useMemo(() => new Date(), [data]);
  const split = useMemo(() => splitUpcomingAndPast(data?.events ?? [], now), [data, now]);
  const [words, setWords] = useState('');
  const [type, setType] = useState('');
  const types = useMemo(() => eventTypesOf(data?.events ?? []), [data]);
  const searching = words.trim() !== '' || type !== '';
  const found = useMemo(
    () => ({ upcoming: searchEvents(split.upcoming, { words, type }), past: searchEvents(split.past, { words, type }) }),
    [split, words, type],
  );

  const header = (
    <PageHeader
      title="Events"
      subtitle="Network meetings, showcases, CPD, outreach and socials: reply, come along, count who came."
      actions={
        <>
          <Button
            icon={<CalendarLtrRegular />}
            disabled={!data}
            onClick={() => data && downloadFile(buildEventsFeed(data.events, icsOptions(session, data.people, new Date())), 'technician-network-events.ics', ICS_MEDIA_TYPE)}
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
      <nav aria-label="Events views">
        <ul className={styles.views}>
          {(
            [
              ['upcoming', `Upcoming (${split.upcoming.length})`],
              ['past', `Past (${split.past.length})`],
              ['calendar', 'Calendar'],
              ['attendance', 'Attendance'],
            ] as const
          ).map(([key, label]) => (
            <li key={key}>
              <NavLink to={VIEW_PATHS[key]} end className={styles.view} aria-current={view === key ? 'page' : undefined}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {(view === 'upcoming' || view === 'past') && (
        <div role="search" className={styles.find} aria-label="Find an event">
          <Field label="Find">
            <SearchBox value={words} onChange={(_, d) => setWords(d.value)} placeholder="Words in the title, place or description" style={{ minWidth: 320 }} />
          </Field>
          <Field label="Type">
            <Select value={type} onChange={(_, d) => setType(d.value)}>
              <option value="">All types</option>
              {types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </Select>
          </Field>
          {searching && (
            <Text role="status">
              {found[view].length} of {split[view].length} {view} events
            </Text>
          )}
        </div>
      )}
      <div>
        {view === 'upcoming' &&
          (found.upcoming.length ? (
            <EventList events={found.upcoming} registrations={data.registrations} timeZone={timeZone} label="Upcoming events" />
          ) : searching ? (
            <EmptyState title="No upcoming events match" body="Try fewer words or another type, or look under Past." />
          ) : (
            <EmptyState title="No events planned yet" body="Plan a network meeting, a showcase or a CaféTech, and announce it to the channel." />
          ))}
        {view === 'past' &&
          (found.past.length ? (
            <EventList events={found.past} registrations={data.registrations} timeZone={timeZone} label="Past events" />
          ) : searching ? (
            <EmptyState title="No past events match" body="Try fewer words or another type, or look under Upcoming." />
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
