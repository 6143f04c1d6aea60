import { isHubError } from '../errors';
import { asId, type LeavingDateId } from '../ids';
import type { LeavingDateEntry } from '../model';
import { planExpectedLeaving } from './expectedLeaving';
import type { Actor } from './rights';
import { managerWithTwoTechnicians, thrown } from './__fixtures__/sample';

const { sam, alex, kim, people } = managerWithTwoTechnicians();
const TODAY = '2026-11-23';

describe('expected leaving date', () => {
  it('lets the line manager set a future date — a member as much as a site owner — as a new Leaving Dates entry', () => {
    for (const role of ['member', 'owner'] as const) {
      const asSam: Actor = { upn: sam.email, role, person: sam };
      expect(planExpectedLeaving(asSam, alex, people, '2027-08-31', TODAY)).toEqual({ kind: 'create', personId: alex.id, leavingDate: '2027-08-31' });
    }
  });

  it('lets the line manager clear it with an empty date, updating their own earlier entry rather than adding one', () => {
    const asSam: Actor = { upn: sam.email, role: 'member', person: sam };
    const theirs: LeavingDateEntry = { id: asId<LeavingDateId>('5'), eTag: '"5"', created: '', modified: '2026-10-01T00:00:00Z', personId: alex.id, leavingDate: '2027-01-31', createdBy: sam.email };
    const someoneElses: LeavingDateEntry = { ...theirs, id: asId<LeavingDateId>('6'), modified: '2026-11-01T00:00:00Z', createdBy: kim.email };
    expect(planExpectedLeaving(asSam, alex, people, '  ', TODAY, [theirs, someoneElses])).toEqual({ kind: 'update', entry: theirs, leavingDate: undefined });
  });

  it('refuses a visitor, even one who manages the person', () => {
    const error = thrown(() => planExpectedLeaving({ upn: sam.email, role: 'visitor', person: sam }, alex, people, '2027-08-31', TODAY));
    expect((error as Error).message).toBe('Visitors cannot record expected leaving dates.');
  });

  it('refuses the technician themself, a colleague and a team owner who is not the line manager, naming who can set it', () => {
    const actors: Actor[] = [
      { upn: alex.email, role: 'member', person: alex },
      { upn: kim.email, role: 'member', person: kim },
      { upn: 'owner@demo.local', role: 'owner' },
    ];
    for (const actor of actors) {
      const error = thrown(() => planExpectedLeaving(actor, alex, people, '2027-08-31', TODAY));
      expect(isHubError(error, 'forbidden')).toBe(true);
      expect((error as Error).message).toBe('Only Alex Smith’s line manager sets an expected leaving date; Alex Smith’s manager, Sam Jones, can set it.');
    }
  });

  it('refuses dates that are not dates or already passed, saying what is expected', () => {
    const asSam: Actor = { upn: sam.email, role: 'owner', person: sam };
    const bad = thrown(() => planExpectedLeaving(asSam, alex, people, '31/08/2027', TODAY));
    expect(isHubError(bad, 'validation') && bad.details.issues).toEqual([{ field: 'expectedLeavingDate', message: 'Expected a date as YYYY-MM-DD.' }]);
    const past = thrown(() => planExpectedLeaving(asSam, alex, people, '2026-01-01', TODAY));
    expect(isHubError(past, 'validation') && past.details.issues).toEqual([{ field: 'expectedLeavingDate', message: 'Choose today (2026-11-23) or a later date, or clear the date.' }]);
  });
});
