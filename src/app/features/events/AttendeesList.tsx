/**
 * Who is coming: people with a place, the waiting list in order, maybes — and how many said no.
 * After the event, who came, walk-ins (who came without replying) marked as such.
 */
import { makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { WaitingList } from '../../../domain/events/waitingList';
import type { Person, Registration } from '../../../domain/model';
import { WALK_IN } from '../../../domain/vocabulary';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalXL, marginTop: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  subtle: { color: tokens.colorNeutralForeground3 },
});

function Names({ title, people, ordered, registrations }: { title: string; people: Map<string, Person>; ordered?: boolean; registrations: readonly Registration[] }) {
  const styles = useStyles();
  const List = ordered ? 'ol' : 'ul';
  return (
    <section aria-label={title} className={styles.group}>
      <Subtitle2 as="h3">{title} ({registrations.length})</Subtitle2>
      {registrations.length === 0 ? (
        <Text as="p" className={styles.subtle} style={{ margin: 0 }}>Nobody yet.</Text>
      ) : (
        <List className={styles.list}>
          {registrations.map((r) => <li key={r.id}>{people.get(r.personId)?.name ?? 'Someone no longer listed'}</li>)}
        </List>
      )}
    </section>
  );
}

export function AttendeesList({ list, people }: { readonly list: WaitingList; readonly people: readonly Person[] }) {
  const styles = useStyles();
  const byId = new Map<string, Person>(people.map((p) => [p.id, p]));
  return (
    <>
      <div className={styles.grid}>
        <Names title="Going" people={byId} registrations={list.confirmed} />
        <Names title="Waiting list" people={byId} registrations={list.waiting} ordered />
        <Names title="Maybe" people={byId} registrations={list.maybe} />
        {list.walkIns.length > 0 && <Names title="Walk-in" people={byId} registrations={list.walkIns} />}
      </div>
      <Text as="p" className={styles.subtle}>{list.notGoing.length} said they are not going.</Text>
    </>
  );
}

/** The people recorded as having come, by name. */
export function WhoCame({ registrations, people }: { readonly registrations: readonly Registration[]; readonly people: readonly Person[] }) {
  const styles = useStyles();
  const byId = new Map<string, Person>(people.map((p) => [p.id, p]));
  const came = registrations
    .filter((r) => r.attended)
    .map((r) => `${byId.get(r.personId)?.name ?? 'Someone no longer listed'}${r.response === WALK_IN ? ' (walk-in)' : ''}`)
    .sort((a, b) => a.localeCompare(b));
  if (came.length === 0) return <Text as="p" className={styles.subtle} style={{ margin: 0 }}>Nobody has been recorded as coming yet.</Text>;
  return (
    <ul className={styles.list} aria-label="Who came">
      {came.map((name, i) => <li key={`${name}${i}`}>{name}</li>)}
    </ul>
  );
}
