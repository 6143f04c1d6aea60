/**
 * From the card JSON the CLI builds to the page the tab opens: the card's button is a Teams entity
 * deep link to the channel tab (app id, entity id and channel id as configured), whose `context`
 * Teams hands the tab as `page.subPageId` and `channelId`
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application),
 * and whose `webUrl` opens the same page in a browser.
 */
import { buildAnnouncementCard } from '../../cards/announcement';
import { buildDigestCard } from '../../cards/digest';
import { buildEventAnnouncementCard } from '../../cards/eventAnnouncement';
import { buildActionReminderCard } from '../../cards/actionReminder';
import { fromTeamsContext } from '../../app/host/teamsContext';
import { deepLinkRoute } from '../../app/layout/deepLinkOnStart';
import { buildDigest } from '../../domain/events/digest';
import { overdueReminders } from '../../domain/events/reminders';
import { sampleAction, sampleEvent, samplePerson } from '../../domain/events/sampleRecords';
import { asId } from '../../domain/ids';
import { deepLink } from '../../domain/links';
import { notifyLinkOptions } from './notify';

const env = { TEAMS_APP_ID: '6f1e3c2a-0000-4000-8000-00000000a1b2', TEAMS_CHANNEL_ID: '19:abc123@thread.tacv2', APP_BASE_URL: 'https://hub.example.ac.uk/' };
const options = notifyLinkOptions({}, env, 'https://graph.microsoft.com/v1.0');
const linkTo = (target: Parameters<typeof deepLink>[0]) => deepLink(target, options);
const clock = () => new Date('2026-03-06T16:00:00Z');

const urlsOf = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(urlsOf);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : urlsOf(v)));
  return [];
};

/** What Teams gives the tab it opens from the link, and the route the tab then shows. */
function opened(url: string): { route?: string; channelId?: string; entityId: string; webUrl: string | null } {
  const link = new URL(url);
  const context = JSON.parse(link.searchParams.get('context') ?? '{}') as { subEntityId?: string; channelId?: string };
  const [, , , appId, entityId] = link.pathname.split('/');
  expect(decodeURIComponent(appId)).toBe(env.TEAMS_APP_ID);
  const host = fromTeamsContext({ app: { theme: 'default' }, page: { id: entityId, frameContext: 'content', subPageId: context.subEntityId }, channel: context.channelId ? { id: context.channelId } : undefined });
  return { route: deepLinkRoute(host), channelId: context.channelId, entityId, webUrl: link.searchParams.get('webUrl') };
}

describe('card links from notify', () => {
  const people = [samplePerson('p1', 'Priya Shah')];
  const [reminder] = overdueReminders([sampleAction('7', { reference: 'CD7', targetDate: '2026-02-27', ownerIds: [asId('p1')] })], people, clock);
  const digest = buildDigest({ events: [sampleEvent({ id: asId('5') })], registrations: [], actions: [sampleAction('7', { reference: 'CD7', targetDate: '2026-03-20' })], actionUpdates: [], people, units: [] }, clock);
  const cards = {
    'event announcement': [buildEventAnnouncementCard(sampleEvent({ id: asId('5') }), { linkTo }), ['/events/5']],
    'action reminder': [buildActionReminderCard(reminder, { linkTo }), ['/actions/7']],
    digest: [buildDigestCard(digest, { linkTo, hubLink: 'https://hub.example.ac.uk/' }), ['/events/5', '/actions/7']],
    announcement: [buildAnnouncementCard({ id: '9', title: 'Fire drill', askToAcknowledge: true }, { linkTo }), ['/announcements/9', '/announcements/9/got-it']],
  } as const;

  it.each(Object.keys(cards) as (keyof typeof cards)[])('every link of the %s card opens the channel tab on its item', (name) => {
    const [card, routes] = cards[name];
    const links = urlsOf(card).filter((u) => u.startsWith('https://teams.microsoft.com/l/entity/'));
    expect(links.length).toBeGreaterThan(0);
    const seen = links.map(opened);
    for (const s of seen) {
      expect(s).toMatchObject({ channelId: env.TEAMS_CHANNEL_ID, entityId: 'technician-hub' });
      expect(s.webUrl).toBe(`https://hub.example.ac.uk/#${s.route}`);
    }
    expect([...new Set(seen.map((s) => s.route))].sort()).toEqual([...routes].sort());
  });

  it('takes the channel posted to when no link channel is configured, and the tab entity id from TAB_ENTITY_ID', () => {
    expect(notifyLinkOptions({}, { TEAMS_APP_ID: 'app', TAB_ENTITY_ID: 'hub-tab' }, 'https://graph.microsoft.com/v1.0', '19:posted@thread.tacv2')).toEqual({ teamsAppId: 'app', entityId: 'hub-tab', channelId: '19:posted@thread.tacv2' });
    expect(notifyLinkOptions({ 'link-channel': '19:x@thread.tacv2' }, { TEAMS_APP_ID: 'app', TEAMS_CHANNEL_ID: '19:y@thread.tacv2' }, 'http://127.0.0.1:53000/graph/v1.0')).toMatchObject({ channelId: '19:x@thread.tacv2', appBaseUrl: 'http://127.0.0.1:53000/' });
  });
});
