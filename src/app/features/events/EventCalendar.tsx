/**
 * A month calendar (Monday first) built with CSS grid and ARIA grid roles: each day is a cell
 * named with its full date and the number of events, each event a link into its page.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, makeStyles, mergeClasses, Subtitle1, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { monthGrid, monthTitle } from '../../../domain/events/calendar';
import { toWallTime } from '../../../domain/events/timeZone';
import type { HubEvent } from '../../../domain/model';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  title: { minWidth: '12ch' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  row: { display: 'contents' },
  head: {
    padding: tokens.spacingVerticalXS,
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    position: 'relative',
    minHeight: '92px',
    padding: tokens.spacingVerticalXS,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    minWidth: 0,
  },
  outside: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground3 },
  dayNumber: { fontSize: tokens.fontSizeBase200, alignSelf: 'flex-end', padding: '0 4px' },
  today: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, borderRadius: tokens.borderRadiusCircular },
  event: {
    display: 'block',
    fontSize: tokens.fontSizeBase200,
    padding: '1px 4px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline' },
  },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  cancelled: { textDecoration: 'line-through', backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
});

export interface EventCalendarProps {
  readonly events: readonly HubEvent[];
  readonly now: Date;
  readonly timeZone: string;
}

export function EventCalendar({ events, now, timeZone }: EventCalendarProps) {
  const styles = useStyles();
  const today = toWallTime(now.toISOString(), timeZone).date;
  const [month, setMonth] = useState({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  const weeks = monthGrid(month.year, month.month, events, now, timeZone);
  const step = (delta: number) =>
    setMonth(({ year, month: m }) => {
      const index = year * 12 + (m - 1) + delta;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    });
  const title = monthTitle(month.year, month.month);
  return (
    <section aria-labelledby="calendar-title">
      <div className={styles.bar}>
        <Button icon={<ChevronLeftRegular />} aria-label="Previous month" onClick={() => step(-1)} />
        <Subtitle1 as="h2" id="calendar-title" className={styles.title} aria-live="polite">{title}</Subtitle1>
        <Button icon={<ChevronRightRegular />} aria-label="Next month" onClick={() => step(1)} />
      </div>
      <div role="grid" aria-labelledby="calendar-title" className={styles.grid}>
        <div role="row" className={styles.row}>
          {WEEKDAYS.map((day) => (
            <div role="columnheader" key={day} className={styles.head} aria-label={day}>
              {day.slice(0, 3)}
            </div>
          ))}
        </div>
        {weeks.map((week) => (
          <div role="row" key={week[0].date} className={styles.row}>
            {week.map((day) => {
              const name = new Date(`${day.date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
              const count = day.events.length;
              return (
                <div role="gridcell" key={day.date} className={mergeClasses(styles.cell, !day.inMonth && styles.outside)} aria-current={day.isToday ? 'date' : undefined}>
                  {/* The full date is read out (the cell's name comes from its content); the number is what is seen. */}
                  <span className={styles.hidden}>{`${name}${day.isToday ? ', today' : ''}: ${count ? `${count} ${count === 1 ? 'event' : 'events'}` : 'no events'}`}</span>
                  <span className={mergeClasses(styles.dayNumber, day.isToday && styles.today)} aria-hidden>{day.dayOfMonth}</span>
                  {day.events.map((event) => (
                    <Link
                      key={event.id}
                      to={`/events/${encodeURIComponent(event.id)}`}
                      className={mergeClasses(styles.event, event.cancelled && styles.cancelled)}
                      title={`${toWallTime(event.start, timeZone).time} ${event.title}`}
                    >
                      {toWallTime(event.start, timeZone).time} {event.title}
                    </Link>
                  ))}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
