import { demoDirectory } from './directory';
import { demoRoster } from './roster';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo directory', () => {
  it.each(['demo', 'liverpool'] as const)('is the same on every call (%s)', (scale) => {
    expect(demoDirectory(scale)).toEqual(demoDirectory(scale));
  });

  it.each(['demo', 'liverpool'] as const)('includes the owner, member and visitor accounts with their site roles (%s)', (scale) => {
    const byUpn = new Map(demoDirectory(scale).map((u) => [u.userPrincipalName, u]));
    expect(byUpn.get('owner@demo.local')).toMatchObject({ displayName: 'Olivia Owen', siteRole: 'owner' });
    expect(byUpn.get('member@demo.local')).toMatchObject({ siteRole: 'member' });
    expect(byUpn.get('visitor@demo.local')).toMatchObject({ siteRole: 'visitor' });
  });

  it.each(['demo', 'liverpool'] as const)("gives the member a line manager who is in the directory (%s)", (scale) => {
    const member = demoRoster(scale).find((p) => p.email === 'member@demo.local');
    const upns = new Set(demoDirectory(scale).map((u) => u.userPrincipalName));
    expect(member?.lineManager).toBeDefined();
    expect(upns.has(member?.lineManager ?? '')).toBe(true);
  });

  it.each(['demo', 'liverpool'] as const)('gives everyone a unique GUID and sign-in name on demo.local (%s)', (scale) => {
    const users = demoDirectory(scale);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.userPrincipalName.toLowerCase())).size).toBe(users.length);
    for (const user of users) {
      expect(user.id).toMatch(GUID);
      expect(user.userPrincipalName).toMatch(user.userType === 'Guest' ? /#EXT#@demo\.local$/ : /^[a-z0-9.-]+@demo\.local$/);
    }
  });

  it('has people whose mail is not their sign-in name, as university tenants do', () => {
    const differing = demoDirectory('demo').filter((u) => u.userType !== 'Guest' && u.mail !== u.userPrincipalName);
    expect(differing.map((u) => u.displayName)).toEqual(['Tom Whitfield', 'Sophie Clarke', 'Lina Chen']);
    expect(differing.find((u) => u.displayName === 'Tom Whitfield')).toMatchObject({ userPrincipalName: 'tom.whitfield@demo.local', mail: 't.whitfield@mail.demo.local' });
  });

  it('has a guest from a partner university who is a site member, as Teams makes team guests', () => {
    const guests = demoDirectory('demo').filter((u) => u.userType === 'Guest');
    expect(guests).toEqual([expect.objectContaining({ siteRole: 'member', mail: 'sam.patel@partner.ac.uk' })]);
  });

  it('keeps the fixed accounts mail = sign-in name', () => {
    for (const upn of ['owner@demo.local', 'member@demo.local', 'visitor@demo.local']) {
      expect(demoDirectory('demo').find((u) => u.userPrincipalName === upn)?.mail).toBe(upn);
    }
  });

  it('has about forty people at demo scale and 650 at Liverpool scale', () => {
    expect(demoDirectory('demo').length).toBeGreaterThanOrEqual(40);
    expect(demoDirectory('demo').filter((u) => u.userType === 'Guest')).toHaveLength(1);
    expect(demoDirectory('liverpool')).toHaveLength(650);
  });

  it('names people firstname.lastname', () => {
    const lina = demoDirectory('demo').find((u) => u.displayName === "Niamh O'Connor");
    expect(lina?.userPrincipalName).toBe('niamh.oconnor@demo.local');
  });
});
