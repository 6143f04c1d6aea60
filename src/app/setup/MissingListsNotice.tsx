/**
 * Tells a site owner, at the top of every page, that the site lacks lists newer releases of the hub
 * added — and adds them with one button. Members and visitors are not shown it (they cannot act on
 * it); what needs a missing list tells them in place.
 */
import { MessageBarTitle } from '@fluentui/react-components';
import { listSpec } from '../../data/schema/lists';
import { useSession } from '../services/session';
import { SetUpBar } from './SetUpBar';
import { useSetUp } from './useSetUp';

export function MissingListsNotice() {
  const { missingLists = [] } = useSession();
  const setUp = useSetUp();
  if (missingLists.length === 0 || !setUp.allowed) return null;
  const names = missingLists.map((key) => listSpec(key).displayName);
  const count = names.length === 1 ? '1 list' : `${names.length} lists`;
  return (
    <SetUpBar setUp={setUp} intent="warning" aria-label="Missing lists">
      <MessageBarTitle>This site is missing {count} added in newer versions of the hub:</MessageBarTitle>
      {names.join(', ')}. Set up adds {names.length === 1 ? 'it' : 'them'}; nothing is changed or deleted.
    </SetUpBar>
  );
}
