/**
 * First run: the team's site lacks Technician Hub's core lists (`needsSetUp`), or a set-up stopped
 * part-way. An owner can create them from here and watch the progress; anyone else is told plainly
 * what to ask for. Lists later releases added never bring this screen back (see MissingList).
 */
import { useState } from 'react';
import {
  Body1,
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { listSpec } from '../../data/schema/lists';
import { PageHeader } from '../components/PageHeader';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNotify } from '../services/notify';
import type { SessionStart } from '../services/startSession';
import { runProvisioning, type SetupProgress } from './runProvisioning';

const useStyles = makeStyles({
  root: { maxWidth: '760px', margin: '0 auto', padding: tokens.spacingHorizontalXL },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  lists: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, columns: 2 },
  log: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2, maxHeight: '12em', overflowY: 'auto' },
});

type SetupStart = Extract<SessionStart, { kind: 'setup' }>;

export function SetupPage({ start, onDone }: { readonly start: SetupStart; readonly onDone: () => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const [progress, setProgress] = useState<SetupProgress | undefined>();
  const [log, setLog] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();
  const { session, missing } = start;
  const teamName = session.host.team?.displayName ?? 'this team';
  const missingNames = missing.map((key) => listSpec(key).displayName);

  async function setUp() {
    setRunning(true);
    setError(undefined);
    setLog([]);
    try {
      await runProvisioning(start, (step) => {
        setProgress(step);
        setLog((lines) => [...lines, step.message]);
      });
      notify.success('Technician Hub is set up', `The lists are ready on ${teamName}’s SharePoint site.`);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  }

  return (
    <main className={styles.root}>
      <PageHeader title={session.role === 'owner' ? 'Set up Technician Hub' : 'Technician Hub isn’t set up yet'} subtitle={`For ${teamName}`} />
      <Card className={styles.card}>
        <Body1 as="p">
          Technician Hub keeps your network’s action plans, events and skills in lists on the team’s SharePoint site. These
          lists aren’t there yet:
        </Body1>
        <ul className={styles.lists}>
          {missingNames.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        {session.role === 'owner' ? (
          <>
            <Body1 as="p">
              Setting up creates them, with their columns and views. Nothing else on the site changes, and it is safe to run
              again if it stops part-way.
            </Body1>
            {error !== undefined && <ErrorMessage error={error} doing="setting up the lists" />}
            {progress && (
              <div aria-live="polite">
                <ProgressBar value={progress.total ? progress.done / progress.total : undefined} thickness="large" aria-label="Set-up progress" />
                <Text>{progress.message}</Text>
              </div>
            )}
            {log.length > 1 && (
              <ol className={styles.log} aria-label="Set-up steps">
                {log.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ol>
            )}
            <div>
              <Button appearance="primary" onClick={() => void setUp()} disabled={running}>
                {running ? 'Setting up…' : error !== undefined ? 'Try again' : 'Set up Technician Hub'}
              </Button>
            </div>
          </>
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Ask a team owner to set it up</MessageBarTitle>
              Only an owner of {teamName} can create these lists. Ask one of them to open this Technician Hub tab and choose
              “Set up Technician Hub”; it takes about a minute. Then reopen this tab.
            </MessageBarBody>
          </MessageBar>
        )}
      </Card>
    </main>
  );
}
