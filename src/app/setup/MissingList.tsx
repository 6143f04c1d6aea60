/**
 * In place of what needs a list this site does not have yet (one a newer release added): says so
 * plainly, with Set up for owners and the sentence alone for everyone else.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { SetUpBar } from './SetUpBar';
import { useSetUp } from './useSetUp';

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalM },
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
    <SetUpBar setUp={setUp} intent="info" className={styles.root} role="status">
      {`${needs} the ${list} list, which this site doesn’t have yet. `}
      {setUp.allowed ? 'As a site owner you can add it with Set up; nothing else on the site is changed or deleted.' : 'A site owner can add it with Set up.'}
    </SetUpBar>
  );
}
