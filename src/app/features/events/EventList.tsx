/**
 * A list of events: date, title (opens the event), type, time, place and places left.
 */
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatEventWhen, toWallTime } from '../../../domain/events/timeZone';
import { registrationsByEvent, waitingListOf } from '../../../domain/events/waitingList';
import type { HubEvent, Registration } from '../../../domain/model';
import { placesOf, whereOf } from './eventWords';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '64px 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  date: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  day: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, color: tokens.colorBrandForegroundLink },
  subtle: { color: tokens.colorNeutralForeground3 },
});

export interface EventListProps {
  readonly events: readonly HubEvent[];
  readonly registrations: readonly Registration[];
  readonly timeZone: string;
  readonly label: string;
}

export function EventList({ events, registrations, timeZone, label }: EventListProps) {
  const styles = useStyles();
  const byEvent = useMemo(() => registrationsByEvent(registrations), [registrations]);
  return (
    <ul className={styles.list} aria-label={label}>
      {events.map((event) => {
        const wall = toWallTime(event.start, timeZone);
        const date = new Date(`${wall.date}T12:00:00Z`);
        const list = waitingListOf(event, byEvent.get(event.id) ?? []);
        return (
          <li key={event.id} className={styles.item}>
            <div className={styles.date} aria-hidden>
              <Caption1>{date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })}</Caption1>
              <span className={styles.day}>{date.getUTCDate()}</span>
            </div>
            <div className={styles.body}>
              <div className={styles.titleRow}>
                <Link to={`/events/${encodeURIComponent(event.id)}`} className={styles.title}>
                  {event.title}
                </Link>
                <Badge appearance="tint" color="brand">{event.type}</Badge>
                {event.cancelled && <Badge appearance="filled" color="danger">Cancelled</Badge>}
              </div>
              <Text>{formatEventWhen(event.start, event.end, timeZone)}</Text>
              <Text className={styles.subtle}>
                {whereOf(event)} · {placesOf(event, list)}
              </Text>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
