/**
 * One event (`#/events/:eventId`): what, when, where; your reply and place; who is coming;
 * after the event, attendance and evidence; `.ics` download and "Announce".
 */
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Badge, Button, Divider, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { CalendarAddRegular, EditRegular } from '@fluentui/react-icons';
import { attendanceFigures, attendedInWords } from '../../../domain/events/attendance';
import { buildEventIcs, ICS_MEDIA_TYPE, icsFileName } from '../../../domain/events/ics';
import { formatEventWhen, formatInstant, formatLongDate } from '../../../domain/events/timeZone';
import { waitingListOf } from '../../../domain/events/waitingList';
import { deepLink, safeWebLink } from '../../../domain/links';
import { isAuthor } from '../../../domain/authorship';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WebLink } from '../../components/WebLink';
import { useSession } from '../../services/session';
import { AnnounceDialog } from './AnnounceDialog';
import { AttendeesList, WhoCame } from './AttendeesList';
import { downloadFile } from '../../components/downloadFile';
import { placesOf, whereOf } from './eventWords';
import { icsOptions } from './icsOptions';
import { LinkEvidenceDialog } from './LinkEvidenceDialog';
import { NotCountedRegistrations } from './NotCountedRegistrations';
import { RecordAttendance } from './RecordAttendance';
import { RsvpPanel } from './RsvpPanel';
import { useEventDetail } from './useEventDetail';
import { viewerTimeZone } from './viewerZone';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: `0 0 ${tokens.spacingVerticalL}` },
  term: { fontWeight: tokens.fontWeightSemibold },
  section: { margin: `${tokens.spacingVerticalL} 0`, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  description: { whiteSpace: 'pre-wrap', maxWidth: '70ch', margin: `0 0 ${tokens.spacingVerticalL}` },
  actionsRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export function EventPage() {
  const styles = useStyles();
  const { eventId = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useEventDetail(eventId);
  const timeZone = viewerTimeZone();
  const list = useMemo(() => (data ? waitingListOf(data.event, data.registrations) : undefined), [data]);
  const buildCard = useCallback(async () => {
    if (!data || !list) throw new Error('The event is not loaded yet.');
    const { buildEventAnnouncementCard } = await import('../../../cards/eventAnnouncement');
    return buildEventAnnouncementCard(data.event, {
      linkTo: (target) => deepLink(target, session.linkOptions),
      organiserName: data.people.find((p) => p.id === data.event.organiserId)?.name,
      placesLeft: list.placesLeft,
      waiting: list.waiting.length,
      audienceUnitNames: data.units.filter((u) => data.event.audienceUnitIds.includes(u.id)).map((u) => u.name),
    });
  }, [data, list, session.linkOptions]);

  if (error) return <><PageHeader title="Event" eyebrow="Events" /><ErrorMessage error={error} doing="loading the event" onRetry={reload} /></>;
  if (!data || !list) return <><PageHeader title="Event" eyebrow="Events" />{loading && <LoadingState label="Loading the event…" />}</>;

  const { event, registrations, notCounted, people, units, actions } = data;
  const now = new Date();
  const started = Date.parse(event.start) <= now.getTime();
  const organiser = people.find((p) => p.id === event.organiserId);
  const unitNames = units.filter((u) => event.audienceUnitIds.includes(u.id)).map((u) => u.name);
  const relatedActions = actions.filter((a) => event.relatedActionIds.includes(a.id));
  // Attendance counts only when the organiser or whoever created the event records it
  // (trustRegistrations), so only they are offered the form — a site owner included.
  const isOrganiser = session.person !== undefined && session.person.id === event.organiserId;
  const createdEvent = isAuthor(event, { id: session.user.id, names: [session.user.userPrincipalName, session.user.mail] });
  const mayRecord = session.canEdit && (isOrganiser || createdEvent);
  // Events have item-level write (who organises is trusted), so SharePoint lets only whoever
  // created the event, and site owners, change it; the tab says so rather than offer a save that fails.
  const mayChange = session.canEdit && (createdEvent || session.role === 'owner');
  const creator = people.find((p) => p.accountId !== undefined && p.accountId === event.createdById)?.name ?? event.createdBy;
  const figure = attendanceFigures([event], registrations, people, units, now).perEvent[0];

  return (
    <>
      <PageHeader
        eyebrow="Events"
        title={event.title}
        subtitle={formatEventWhen(event.start, event.end, timeZone)}
        actions={
          <>
            <Button icon={<CalendarAddRegular />} onClick={() => downloadFile(buildEventIcs(event, icsOptions(session, people, now)), icsFileName(event), ICS_MEDIA_TYPE)}>
              Add to calendar (.ics)
            </Button>
            {session.canEdit && <AnnounceDialog buildCard={buildCard} eventTitle={event.title} eventId={event.id} />}
            {mayChange && <Button icon={<EditRegular />} onClick={() => navigate(`/events/${encodeURIComponent(event.id)}/edit`)}>Edit</Button>}
          </>
        }
      />
      <div className={styles.actionsRow} style={{ marginBottom: tokens.spacingVerticalM }}>
        <Badge appearance="tint" color="brand">{event.type}</Badge>
        {event.cancelled && <Badge appearance="filled" color="danger">Cancelled</Badge>}
        {event.themes.map((t) => <Badge key={t} appearance="outline">{t}</Badge>)}
      </div>
      {session.canEdit && !mayChange && (
        <Text as="p" size={200} style={{ marginTop: 0, marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 }}>
          {`Only ${creator ? `${creator}, who created this event,` : 'whoever created this event'} or a site owner can change it.`}
        </Text>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>Where</dt>
        <dd style={{ margin: 0 }}>
          {whereOf(event)}
          {safeWebLink(event.onlineMeetingUrl) && (
            <> · <WebLink href={event.onlineMeetingUrl as string}>Join online</WebLink></>
          )}
        </dd>
        <dt className={styles.term}>Places</dt>
        <dd style={{ margin: 0 }}>{event.capacity === undefined ? 'No limit' : `${event.capacity} · ${placesOf(event, list)}`}</dd>
        {organiser && <><dt className={styles.term}>Organiser</dt><dd style={{ margin: 0 }}>{organiser.name}</dd></>}
        {unitNames.length > 0 && <><dt className={styles.term}>For</dt><dd style={{ margin: 0 }}>{unitNames.join(', ')}</dd></>}
        {event.registrationDeadline && <><dt className={styles.term}>Replies close</dt><dd style={{ margin: 0 }}>{formatInstant(event.registrationDeadline, timeZone)}</dd></>}
        {relatedActions.length > 0 && (
          <>
            <dt className={styles.term}>Related actions</dt>
            <dd style={{ margin: 0 }}>
              {relatedActions.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && '; '}
                  <Link to={`/actions/${encodeURIComponent(a.id)}`}>{`${a.reference} ${a.title}`}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {event.description && <Text as="p" className={styles.description}>{event.description}</Text>}
      <Divider />
      <div className={styles.section} style={{ alignItems: 'stretch' }}>
        <RsvpPanel event={event} person={session.person} canEdit={session.canEdit} list={list} registrations={registrations} notCounted={notCounted} people={people} onChanged={reload} />
      </div>
      <Divider />
      <section className={styles.section} style={{ alignItems: 'stretch' }} aria-labelledby="attendees-heading">
        {/* Once it has started, the replies are history: the heading says what they were. */}
        <Subtitle1 as="h2" id="attendees-heading">{started ? 'Who replied' : 'Who is coming'}</Subtitle1>
        <AttendeesList list={list} people={people} />
        <NotCountedRegistrations entries={notCounted} people={people} />
      </section>
      {started && (
        <>
          <Divider />
          <section className={styles.section} aria-labelledby="attendance-heading">
            <Subtitle1 as="h2" id="attendance-heading">Who came</Subtitle1>
            {figure && <Text as="p" style={{ margin: 0 }}>{attendedInWords(figure)}.</Text>}
            {!mayRecord && <WhoCame registrations={registrations} people={people} />}
            {!mayRecord && session.canEdit && (
              <Text as="p" style={{ margin: 0 }}>The event’s organiser, or whoever created it, records who came: attendance anyone else records is not counted.</Text>
            )}
            {mayRecord && <RecordAttendance key={registrations.map((r) => r.eTag).join()} eventId={event.id} registrations={registrations} people={people} onSaved={reload} />}
            {session.canEdit && figure && (
              <div className={styles.actionsRow}>
                <LinkEvidenceDialog event={event} figure={figure} dateInWords={formatLongDate(event.start, timeZone)} actions={actions} />
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
