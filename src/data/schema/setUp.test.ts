/**
 * Which missing lists send the tab to the set-up screen. Releases add lists (Skill Targets, Sent
 * Cards, Announcements, Announcement Reads, Leaving Dates); a site set up before one of them must
 * still open for its members, who cannot run Set up themselves.
 */
import { LISTS, listSpec, needsSetUp } from './lists';
import type { ListKey } from './types';

const CORE: readonly ListKey[] = ['units', 'people', 'actionPlans', 'actions', 'actionUpdates', 'events', 'eventRegistrations', 'skills', 'skillRatings', 'hubSettings'];
const LATER: readonly ListKey[] = ['skillTargets', 'announcements', 'announcementReads', 'sentCards', 'leavingDates'];

describe('deciding whether a site needs setting up', () => {
  it('sets up a site with none of the lists (the first run)', () => {
    expect(needsSetUp(LISTS.map((l) => l.key))).toBe(true);
  });

  it('opens a site that has every list', () => {
    expect(needsSetUp([])).toBe(false);
  });

  it('opens a site that lacks only lists later releases added', () => {
    expect(needsSetUp(LATER)).toBe(false);
    for (const key of LATER) expect(needsSetUp([key])).toBe(false);
  });

  it.each(CORE)('sets up a site whose set-up stopped before %s was made', (key) => {
    expect(needsSetUp([key])).toBe(true);
  });

  it('knows every list as core or later, with the core ones the lists CONTRACTS.md names plus Hub Settings', () => {
    expect(LISTS.filter((l) => l.core).map((l) => l.key).sort()).toEqual([...CORE].sort());
    expect(LISTS.filter((l) => !l.core).map((l) => l.key).sort()).toEqual([...LATER].sort());
    expect(CORE.map((key) => listSpec(key).displayName).filter((name) => name !== 'Hub Settings').sort()).toEqual(
      ['Action Plans', 'Actions', 'Action Updates', 'Events', 'Event Registrations', 'People', 'Skills', 'Skill Ratings', 'Units'].sort(),
    );
  });
});
