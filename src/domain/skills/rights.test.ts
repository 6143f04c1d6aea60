import { isHubError } from '../errors';
import { effectiveRatings, cellKey } from './effective';
import { planOwnRating, planValidation } from './ratingWrites';
import { canEditCatalogue, canImport, canMergeSkills, canRate, canRenameLevels, canSetExpectedLeaving, canValidate, type Actor } from './rights';
import { managerWithTwoTechnicians, NOW, rating, thrown } from './__fixtures__/sample';

const { sam, alex, kim, people } = managerWithTwoTechnicians();
const asAlex: Actor = { upn: alex.email, role: 'member', person: alex };
const asSam: Actor = { upn: sam.email, role: 'member', person: sam };
const asKim: Actor = { upn: kim.email, role: 'member', person: kim };

describe('who may change ratings', () => {
  it('lets a technician rate their own skills', () => {
    expect(canRate(asAlex, alex, people)).toEqual({ allowed: true });
  });

  it('refuses rating someone else’s skill and says who can validate instead', () => {
    expect(canRate(asKim, alex, people)).toEqual({ allowed: false, reason: 'You can only change your own ratings; Alex Smith’s manager, Sam Jones, can validate them.' });
  });

  it('lets only the line manager validate, never the technician themself', () => {
    expect(canValidate(asSam, alex, people).allowed).toBe(true);
    expect(canValidate(asKim, alex, people).allowed).toBe(false);
    expect(canValidate(asAlex, alex, people)).toMatchObject({ allowed: false, reason: expect.stringMatching(/cannot validate your own/) });
  });

  it('lets only the line manager set an expected leaving date, owner or member (it goes in Leaving Dates, checked by author)', () => {
    expect(canSetExpectedLeaving({ ...asSam, role: 'owner' }, alex, people).allowed).toBe(true);
    expect(canSetExpectedLeaving(asSam, alex, people)).toEqual({ allowed: true });
    expect(canSetExpectedLeaving({ ...asKim, role: 'owner' }, alex, people).allowed).toBe(false);
    expect(canSetExpectedLeaving(asAlex, alex, people)).toMatchObject({ allowed: false, reason: expect.stringMatching(/Only Alex Smith’s line manager sets/) });
  });

  it('keeps the catalogue to owners, as the Skills list’s permissions do', () => {
    expect(canEditCatalogue({ ...asSam, role: 'owner' }).allowed).toBe(true);
    expect(canEditCatalogue(asSam)).toEqual({ allowed: false, reason: 'The skills catalogue is kept by the team’s owners: ask one of them to add, change or retire a skill.' });
    expect(canEditCatalogue({ ...asSam, role: 'visitor' })).toEqual({ allowed: false, reason: 'Visitors cannot change the skills catalogue.' });
  });

  it('keeps visitors read-only and merging and importing to owners', () => {
    expect(canRate({ upn: alex.email, role: 'visitor', person: alex }, alex, people).allowed).toBe(false);
    expect(canMergeSkills(asSam).allowed).toBe(false);
    expect(canMergeSkills({ ...asSam, role: 'owner' }).allowed).toBe(true);
    expect(canImport(asSam).allowed).toBe(false);
    expect(canRenameLevels(asSam)).toEqual({ allowed: false, reason: 'Only a team owner can rename the proficiency levels.' });
  });
});

describe('planning a rating write', () => {
  it('updates the same item when the technician’s mail differs from their sign-in name (identity by object id)', () => {
    // Graph's createdBy.user.email is the mail alias; the People entry and the sign-in name are the staff id.
    const staff = { ...alex, email: 'ab123@uni.example', accountId: '7f1c0a52-0000-4000-8000-0000000000aa' };
    const crowd = people.map((p) => (p.id === alex.id ? staff : p));
    const own = rating('2', '10', 2, { createdBy: 'a.smith@uni.example', createdById: staff.accountId, eTag: '"own,4"' });
    const current = effectiveRatings([own], crowd, { now: NOW }).get(cellKey('2', '10'));
    expect(current?.selfLevel).toBe(2);
    const actor: Actor = { upn: 'ab123@uni.example', id: staff.accountId, mail: 'a.smith@uni.example', role: 'member', person: staff };
    expect(planOwnRating(actor, staff, crowd, '10' as never, current, { level: 3 }, '2026-11-23')).toMatchObject({ kind: 'update', id: own.id, eTag: '"own,4"' });
  });

  it('updates the technician’s own item, keeping its eTag for the conflict check', () => {
    const own = rating('2', '10', 2, { createdBy: alex.email, eTag: '"own,3"' });
    const current = effectiveRatings([own], people, { now: NOW }).get(cellKey('2', '10'));
    expect(planOwnRating(asAlex, alex, people, '10' as never, current, { level: 3 }, '2026-11-23')).toEqual({
      kind: 'update',
      id: own.id,
      eTag: '"own,3"',
      changes: { level: 3, wantsToDevelop: false, lastReviewed: '2026-11-23' },
    });
  });

  it('creates a new Self item when the current one was imported by someone else', () => {
    const imported = rating('2', '10', 2, { createdBy: 'owner@uni.example', wantsToDevelop: true });
    const current = effectiveRatings([imported], people, { now: NOW, trustedAuthor: (r) => r.createdBy === 'owner@uni.example' }).get(cellKey('2', '10'));
    const write = planOwnRating(asAlex, alex, people, '10' as never, current, { level: 4 }, '2026-11-23');
    expect(write).toMatchObject({ kind: 'create', draft: { personId: '2', skillId: '10', source: 'Self', level: 4, wantsToDevelop: true } });
  });

  it('refuses, with the reason, to plan a rating of someone else’s skill', () => {
    expect(() => planOwnRating(asKim, alex, people, '10' as never, undefined, { level: 3 }, '2026-11-23')).toThrow(/You can only change your own ratings/);
    expect(isHubError(thrown(() => planOwnRating(asKim, alex, people, '10' as never, undefined, { level: 3 }, '2026-11-23')), 'forbidden')).toBe(true);
  });

  it('refuses a level outside 0–4', () => {
    expect(() => planOwnRating(asAlex, alex, people, '10' as never, undefined, { level: 7 }, '2026-11-23')).toThrow(/whole number from 0 to 4/);
  });

  it('plans the manager’s validation as their own Manager item', () => {
    expect(planValidation(asSam, alex, people, '10' as never, undefined, 3, '2026-11-23')).toEqual({
      kind: 'create',
      draft: { personId: '2', skillId: '10', source: 'Manager', level: 3, wantsToDevelop: false, lastReviewed: '2026-11-23' },
    });
    expect(() => planValidation(asKim, alex, people, '10' as never, undefined, 3, '2026-11-23')).toThrow(/Only Alex Smith’s line manager validates/);
  });
});
