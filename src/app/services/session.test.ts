import { messageTargetOf, siteRole } from './session';

describe('site role from the Teams team role', () => {
  // Team guests are site members with Edit: https://learn.microsoft.com/en-us/microsoftteams/guest-access
  it('makes team owners site owners, and members and guests site members', () => {
    expect(siteRole(0)).toBe('owner');
    expect(siteRole(1)).toBe('member');
    expect(siteRole(2)).toBe('member');
  });

  it('reads only where the host knows the person is a site visitor', () => {
    expect(siteRole(undefined, true)).toBe('visitor');
  });

  it('lets SharePoint decide when there is no team (personal tab)', () => {
    expect(siteRole(undefined)).toBe('member');
  });
});

describe('where cards are posted', () => {
  it('posts to the channel the tab is in', () => {
    expect(
      messageTargetOf({ kind: 'teams', theme: 'default', team: { groupId: 'g' }, channel: { id: '19:c@thread.tacv2' } }),
    ).toEqual({ kind: 'channel', teamId: 'g', channelId: '19:c@thread.tacv2' });
  });

  it('posts to the chat when the tab is in a group chat', () => {
    expect(messageTargetOf({ kind: 'teams', theme: 'default', chat: { id: '19:x@thread.v2' } })).toEqual({
      kind: 'chat',
      chatId: '19:x@thread.v2',
    });
  });

  it('has nowhere to post from a personal tab', () => {
    expect(messageTargetOf({ kind: 'teams', theme: 'dark' })).toBeUndefined();
  });
});
