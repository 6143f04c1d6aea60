/**
 * In place of what needs a list this site does not have yet (one a newer release added): says so
 * plainly, with Set up for owners and the sentence alone for everyone else.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { describeError } from '../components/describeError';
import { useSetUp } from './useSetUp';

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalM },
  progress: { marginTop: tokens.spacingVerticalS },
});

export interface MissingListProps {
  /** The list's display name, e.g. "Skill Targets". */
  readonly list: string;
  /** What needs it, with its verb: "Targets need", "The record of sent cards needs". Default: "This page needs". */
  readonly needs?: string;
}

export function MissingList({ list, needs = 'This page needs' }: MissingListProps) {
  const styles = useStyles();
  const setUp = useSetUp();
  return (
    <>
      <MessageBar intent="info" layout="multiline" className={styles.root} role="status">
        <MessageBarBody>
          {`${needs} the ${list} list, which this site doesn’t have yet. `}
          {setUp.allowed ? 'As a site owner you can add it with Set up; nothing else on the site is changed or deleted.' : 'A site owner can add it with Set up.'}
          {setUp.running && setUp.progress && (
            <ProgressBar className={styles.progress} value={setUp.progress.total ? setUp.progress.done / setUp.progress.total : undefined} aria-label="Set-up progress" />
          )}
        </MessageBarBody>
        {setUp.allowed && (
          <MessageBarActions>
            <Button appearance="primary" onClick={setUp.run} disabled={setUp.running}>
              {setUp.running ? 'Setting up…' : 'Set up'}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {setUp.error !== undefined && (
        <MessageBar intent="error" layout="multiline" className={styles.root} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{describeError(setUp.error, 'adding the missing lists').title}</MessageBarTitle>
            {describeError(setUp.error, 'adding the missing lists').body}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
