import { deepLink, subEntityId } from '../../domain/links';
import { fromTeamsContext } from '../host/teamsContext';
import type { TeamsContext } from '../host/types';
import { deepLinkRoute } from './deepLinkOnStart';

/** The context Teams gives a tab opened from a deep link carrying `subEntityId`. */
function openedFrom(link: string): TeamsContext {
  const context = JSON.parse(new URL(link).searchParams.get('context') ?? '{}') as { subEntityId?: string };
  return { app: { theme: 'default' }, page: { id: 'technician-hub', frameContext: 'content', subPageId: context.subEntityId } };
}

describe('opening the tab from a Teams deep link', () => {
  it.each([
    [{ kind: 'action', id: '12' }, '/actions/12'],
    [{ kind: 'event', id: '5' }, '/events/5'],
    [{ kind: 'skill', id: '31' }, '/skills/31'],
  ] as const)('opens the page of the %j a card linked to', (target, route) => {
    const link = deepLink(target, { teamsAppId: 'app-id', entityId: 'technician-hub', channelId: '19:abc@thread.tacv2', appBaseUrl: 'https://hub.example.ac.uk/' });
    expect(deepLinkRoute(fromTeamsContext(openedFrom(link)))).toBe(route);
  });

  it('stays on the overview when the tab was opened without a link, or with one that is not ours', () => {
    expect(deepLinkRoute({})).toBeUndefined();
    expect(deepLinkRoute({ subPageId: 'invoice:5' })).toBeUndefined();
    expect(deepLinkRoute({ subPageId: subEntityId({ kind: 'action', id: '../admin' }) })).toBeUndefined();
  });
});
