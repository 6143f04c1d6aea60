/**
 * Who may post in the team's channels, as Microsoft 365 decides it. "Send chatMessage in a channel"
 * (https://learn.microsoft.com/en-us/graph/api/channel-post-messages) posts as the signed-in user,
 * who must be in the team; on a Teams-connected site the team's owners and members (guests
 * included) are the site's Owners and Members, while people added only to the site's Visitors group
 * keep read access to the site and are not in the team ("Site permissions after Microsoft 365 group
 * connection", https://learn.microsoft.com/en-us/sharepoint/dev/transform/modernize-connect-to-office365-group-permissions).
 * Teams answers such a caller 403 with the error code `Forbidden` in Graph's error body
 * (https://learn.microsoft.com/en-us/graph/errors).
 */
import { DEMO_GUEST } from '../../src/demo/directory';
import { PEOPLE, removeDir, startServer, type TestServer } from './serverHarness';

const CHANNEL = '/teams/local-team/channels/general/messages';
type GraphErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };
type Messages = { value: { id: string; body: { content: string }; from: { user: { displayName: string } } }[] };

describe('local Graph server: posting in the team’s channels', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startServer({ directory: [...PEOPLE, DEMO_GUEST] });
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  it.each([['owner@demo.local'], ['member@demo.local'], [DEMO_GUEST.userPrincipalName]])('lets %s, a team owner, member or guest, post', async (upn) => {
    const posted = await t.graph<{ id: string }>('POST', CHANNEL, { as: upn, body: { body: { content: `From ${upn}` } } });
    expect(posted.status).toBe(201);
    const seen = await t.graph<Messages>('GET', `${CHANNEL}/${posted.body.id}`);
    expect(seen.body).toMatchObject({ body: { content: `From ${upn}` } });
  });

  it('refuses a site visitor 403 Forbidden in Graph’s error shape, and posts nothing', async () => {
    const before = (await t.graph<Messages>('GET', `${CHANNEL}?$top=50`)).body.value;
    const refused = await t.graph<GraphErrorBody>('POST', CHANNEL, { as: 'visitor@demo.local', body: { body: { content: 'Can I post?' } } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('Forbidden');
    expect(refused.body.error.message).toMatch(/visitor@demo\.local is not a member of team local-team/);
    expect(refused.body.error.innerError).toEqual(expect.objectContaining({ 'request-id': expect.any(String), date: expect.any(String) }));
    // The same in the other channel, with a card attached: the team, not the channel or the content, decides.
    const card = { id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', content: '{"type":"AdaptiveCard","version":"1.5","body":[]}' };
    const withCard = await t.graph<GraphErrorBody>('POST', '/teams/local-team/channels/steering-group/messages', {
      as: 'visitor@demo.local',
      body: { body: { contentType: 'html', content: '<attachment id="c1"></attachment>' }, attachments: [card] },
    });
    expect(withCard.status).toBe(403);
    expect((await t.graph<Messages>('GET', `${CHANNEL}?$top=50`)).body.value).toEqual(before);
    expect((await t.graph<Messages>('GET', '/teams/local-team/channels/steering-group/messages')).body.value).toEqual([]);
  });
  // A site visitor is not a member of the team, so Teams shows them none of it: joinedTeams lists
  // "the teams in Microsoft Teams that the user is a direct member of"
  // (https://learn.microsoft.com/en-us/graph/api/user-list-joinedteams), and reading a team's
  // channels and messages is for its members.
  it('shows a site visitor no team: no joined team, and 403 Forbidden on the team, its channels and messages', async () => {
    expect((await t.graph<{ value: unknown[] }>('GET', '/me/joinedTeams', { as: 'visitor@demo.local' })).body.value).toEqual([]);
    expect((await t.graph<{ value: { id: string }[] }>('GET', '/me/joinedTeams', { as: DEMO_GUEST.userPrincipalName })).body.value.map((team) => team.id)).toEqual(['local-team']);
    for (const path of ['/teams/local-team', '/teams/local-team/channels', CHANNEL]) {
      const refused = await t.graph<GraphErrorBody>('GET', path, { as: 'visitor@demo.local' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('Forbidden');
      expect((await t.graph('GET', path, { as: 'member@demo.local' })).status).toBe(200);
    }
  });
});
