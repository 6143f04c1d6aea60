/**
 * A notice that offers Set up: the notice's own words, then — for site owners — the Set up button,
 * a progress bar while it runs and, after a failed set-up, what went wrong. Both the shell's notice
 * and the in-place one (MissingList) are this bar with different words.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, type MessageBarProps, ProgressBar, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';
import type { SetUp } from './useSetUp';

const useStyles = makeStyles({
  progress: { marginTop: tokens.spacingVerticalS },
});

export interface SetUpBarProps extends Pick<MessageBarProps, 'intent' | 'className' | 'role' | 'aria-label'> {
  /** The notice's state, from useSetUp (which the notice also reads to choose its words). */
  readonly setUp: SetUp;
  /** The notice's words. */
  readonly children: ReactNode;
}

export function SetUpBar({ setUp, children, ...bar }: SetUpBarProps) {
  const styles = useStyles();
  const { progress } = setUp;
  return (
    <>
      <MessageBar layout="multiline" {...bar}>
        <MessageBarBody>
          {children}
          {setUp.running && progress && (
            <ProgressBar className={styles.progress} value={progress.total ? progress.done / progress.total : undefined} aria-label="Set-up progress" />
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
      {setUp.error !== undefined && <ErrorMessage error={setUp.error} doing="adding the missing lists" />}
    </>
  );
}
