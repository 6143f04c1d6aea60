/**
 * Tells a site owner, at the top of every page, that the site lacks lists newer releases of the hub
 * added — and adds them with one button. Members and visitors are not shown it (they cannot act on
 * it); what needs a missing list tells them in place.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import { listSpec } from '../../data/schema/lists';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../services/session';
import { useSetUp } from './useSetUp';

const useStyles = makeStyles({
  progress: { marginTop: tokens.spacingVerticalS },
});

export function MissingListsNotice() {
  const styles = useStyles();
  const { missingLists = [] } = useSession();
  const setUp = useSetUp();
  if (missingLists.length === 0 || !setUp.allowed) return null;
  const names = missingLists.map((key) => listSpec(key).displayName);
  const count = names.length === 1 ? '1 list' : `${names.length} lists`;
  return (
    <>
      <MessageBar intent="warning" layout="multiline" aria-label="Missing lists">
        <MessageBarBody>
          <MessageBarTitle>This site is missing {count} added in newer versions of the hub:</MessageBarTitle>
          {names.join(', ')}. Set up adds {names.length === 1 ? 'it' : 'them'}; nothing is changed or deleted.
          {setUp.running && setUp.progress && (
            <ProgressBar className={styles.progress} value={setUp.progress.total ? setUp.progress.done / setUp.progress.total : undefined} aria-label="Set-up progress" />
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={setUp.run} disabled={setUp.running}>
            {setUp.running ? 'Setting up…' : 'Set up'}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {setUp.error !== undefined && <ErrorMessage error={setUp.error} doing="adding the missing lists" />}
    </>
  );
}
