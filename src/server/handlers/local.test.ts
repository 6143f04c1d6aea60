import { DEMO_GUEST, demoDirectory } from '../../demo/directory';
import { localContext } from './local';

const contextOf = (upn: string) => localContext(demoDirectory('demo').find((u) => u.userPrincipalName === upn) ?? DEMO_GUEST, 'http://localhost:3978') as { team: { userRole?: number }; siteVisitor?: boolean };

// teams-js UserTeamRole is Admin 0, User 1, Guest 2
// (https://learn.microsoft.com/en-us/javascript/api/@microsoft/teams-js/userteamrole), and team
// guests are members of the site's Members group (https://learn.microsoft.com/en-us/microsoftteams/guest-access).
describe('the local stand-in for the Teams context', () => {
  it('gives team owners, members and guests the role Teams gives them', () => {
    expect(contextOf('owner@demo.local').team.userRole).toBe(0);
    expect(contextOf('member@demo.local').team.userRole).toBe(1);
    expect(contextOf(DEMO_GUEST.userPrincipalName).team.userRole).toBe(2);
    expect(contextOf(DEMO_GUEST.userPrincipalName).siteVisitor).toBeUndefined();
  });

  it('gives a site visitor no team role, since they are not in the team, and says they are a visitor', () => {
    expect(contextOf('visitor@demo.local').team.userRole).toBeUndefined();
    expect(contextOf('visitor@demo.local').siteVisitor).toBe(true);
  });
});
