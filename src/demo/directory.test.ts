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
      expect(user.userPrincipalName).toMatch(/^[a-z0-9.-]+@demo\.local$/);
      expect(user.mail).toBe(user.userPrincipalName);
    }
  });

  it('has about forty people at demo scale and 650 at Liverpool scale', () => {
    expect(demoDirectory('demo').length).toBeGreaterThanOrEqual(40);
    expect(demoDirectory('liverpool')).toHaveLength(650);
  });

  it('names people firstname.lastname', () => {
    const lina = demoDirectory('demo').find((u) => u.displayName === "Niamh O'Connor");
    expect(lina?.userPrincipalName).toBe('niamh.oconnor@demo.local');
  });
});
