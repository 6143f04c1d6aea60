/**
 * Attendance figures of past events: per event (who came of who had a place), per type of event
 * and per unit — the numbers networks report as evidence.
 */
import { Link } from 'react-router-dom';
import { makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { AttendanceFigures as Figures } from '../../../domain/events/attendance';
import { formatLongDate } from '../../../domain/events/timeZone';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: tokens.spacingHorizontalXXL },
  number: { textAlign: 'right', '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end' } },
  total: { display: 'block', marginBottom: tokens.spacingVerticalM },
});

function GroupTable({ caption, rows }: { readonly caption: string; readonly rows: Figures['perType'] }) {
  const styles = useStyles();
  return (
    <section>
      <Subtitle2 as="h3">{caption}</Subtitle2>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Events</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Attended</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell>{row.name}</TableCell>
              <TableCell className={styles.number}>{row.events}</TableCell>
              <TableCell className={styles.number}>{row.attended}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function AttendanceFigures({ figures, timeZone }: { readonly figures: Figures; readonly timeZone: string }) {
  const styles = useStyles();
  return (
    <section aria-label="Attendance figures">
      <Text className={styles.total}>
        {figures.totalAttended} attendances recorded at {figures.perEvent.length} past events{figures.totalWalkIns > 0 ? `, ${figures.totalWalkIns} of them walk-ins (came without replying)` : ''}.
      </Text>
      <Subtitle2 as="h3">Per event</Subtitle2>
      <Table size="small" aria-label="Attendance per event">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Event</TableHeaderCell>
            <TableHeaderCell>Date</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Had a place</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Attended</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Of them walk-ins</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.perEvent.map((row) => (
            <TableRow key={row.eventId}>
              <TableCell><Link to={`/events/${encodeURIComponent(row.eventId)}`}>{row.title}</Link></TableCell>
              <TableCell>{formatLongDate(row.start, timeZone)}</TableCell>
              <TableCell>{row.type}</TableCell>
              <TableCell className={styles.number}>{row.confirmed}</TableCell>
              <TableCell className={styles.number}>{row.attended}</TableCell>
              <TableCell className={styles.number}>{row.walkIns}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.grid} style={{ marginTop: tokens.spacingVerticalXL }}>
        <GroupTable caption="Per type of event" rows={figures.perType} />
        <GroupTable caption="Per unit" rows={figures.perUnit} />
      </div>
    </section>
  );
}
