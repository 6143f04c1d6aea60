import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useSession } from '../services/session';

/**
 * Tells a visitor once, at the top of every page, why there are no edit buttons: they can read
 * everything, and who can give them more.
 */
export function ReadOnlyNotice() {
  const { canEdit, host } = useSession();
  if (canEdit) return null;
  const team = host.team?.displayName ?? 'this team';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You can view but not change Technician Hub</MessageBarTitle>
        You are a visitor in {team}, so editing is switched off for you. To add or update actions, events or skills, ask a
        team owner to make you a member.
      </MessageBarBody>
    </MessageBar>
  );
}
