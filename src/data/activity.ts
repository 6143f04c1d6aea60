/**
 * Teams activity feed notifications (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification,
 * …/userteamwork-sendactivitynotification): delegated `TeamsActivity.Send` (application
 * `TeamsActivity.Send` for unattended runs). The `activityType` must be declared in the app
 * manifest (`activities.activityTypes`), and the app installed for the recipient.
 */
import type { ActivityNotice } from '../domain/notices/activity';
import { graphPath } from './graph/odata';
import type { GraphPipeline } from './graph/pipeline';

export interface ActivityService {
  /** `POST /teams/{teamId}/sendActivityNotification` to one member (by sign-in name or object id), topic the team. */
  notifyInTeam(teamId: string, recipient: string, notice: ActivityNotice): Promise<void>;
  /** `POST /users/{upn}/teamwork/sendActivityNotification` (personal scope: no team). */
  notifyUser(recipient: string, notice: ActivityNotice): Promise<void>;
}

const parameters = (notice: ActivityNotice) => Object.entries(notice.templateParameters).map(([name, value]) => ({ name, value }));

export function createActivityService(pipeline: GraphPipeline): ActivityService {
  /** The team-scoped call names the recipient by Entra object id; a sign-in name is looked up first. */
  const objectId = async (recipient: string): Promise<string> => {
    if (!recipient.includes('@')) return recipient;
    const user = await pipeline.send<{ id: string }>({ method: 'GET', path: `${graphPath('users', recipient)}?$select=id`, what: `Finding ${recipient}` });
    return user.id;
  };
  return {
    async notifyInTeam(teamId, recipient, notice) {
      const userId = await objectId(recipient);
      const body = {
        topic: { source: 'entityUrl', value: `https://graph.microsoft.com/v1.0/teams/${encodeURIComponent(teamId)}`, webUrl: notice.webUrl },
        activityType: notice.activityType,
        previewText: { content: notice.previewText },
        recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId },
        templateParameters: parameters(notice),
      };
      await pipeline.send({ method: 'POST', path: graphPath('teams', teamId, 'sendActivityNotification'), body, what: `Telling ${recipient} in their activity feed` });
    },
    async notifyUser(recipient, notice) {
      const body = {
        topic: { source: 'text', value: notice.topic, webUrl: notice.webUrl },
        activityType: notice.activityType,
        previewText: { content: notice.previewText },
        templateParameters: parameters(notice),
      };
      await pipeline.send({ method: 'POST', path: graphPath('users', recipient, 'teamwork', 'sendActivityNotification'), body, what: `Telling ${recipient} in their activity feed` });
    },
  };
}
