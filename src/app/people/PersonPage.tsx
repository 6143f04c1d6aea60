/** A person in the network (`#/people/:personId`): who they are, their unit and line manager. */
import type { ReactNode } from 'react';
import { Body1, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useParams } from 'react-router-dom';
import { asId, type PersonId } from '../../domain/ids';
import { tabPath } from '../../domain/links';
import { useHub } from '../services/session';
import { useAsync } from '../services/useAsync';
import { PageHeader } from '../components/PageHeader';
import { LoadingState } from '../components/LoadingState';
import { ErrorMessage } from '../components/ErrorMessage';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, maxWidth: '640px' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
});

export function PersonPage() {
  const styles = useStyles();
  const hub = useHub();
  const personId = asId<PersonId>(useParams().personId ?? '');
  const { data, error, loading, reload } = useAsync(async () => {
    const person = await hub.people.get(personId);
    const [unit, manager] = await Promise.all([
      person.unitId ? hub.units.get(person.unitId) : undefined,
      person.lineManagerId ? hub.people.get(person.lineManagerId) : undefined,
    ]);
    return { person, unit, manager };
  }, [hub, personId]);

  if (error !== undefined) return <ErrorMessage error={error} doing="loading this person" onRetry={reload} />;
  if (loading || !data) return <LoadingState label="Loading…" />;
  const { person, unit, manager } = data;
  const facts: [string, ReactNode][] = [
    ['Job title', person.jobTitle],
    ['Role', person.role],
    ['Network role', person.networkRole],
    ['Unit', unit?.name],
    ['Line manager', manager && <Link href={tabPath({ kind: 'person', id: manager.id })}>{manager.name}</Link>],
    ['Email', <Link href={`mailto:${person.email}`}>{person.email}</Link>],
  ];
  return (
    <>
      <PageHeader eyebrow="People" title={person.name} subtitle={person.jobTitle} />
      <Card className={styles.card}>
        <dl className={styles.facts}>
          {facts
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term} style={{ display: 'contents' }}>
                <dt className={styles.term}>
                  <Body1>{term}</Body1>
                </dt>
                <dd className={styles.value}>
                  <Body1>{value}</Body1>
                </dd>
              </div>
            ))}
        </dl>
      </Card>
    </>
  );
}
