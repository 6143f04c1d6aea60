import { asId } from '../ids';
import type { ActionPlan, ActionUpdate } from '../model';
import { buildDigest, digestIsEmpty } from './digest';
import { overdueReminders } from './reminders';
import { sampleAction, sampleEvent, samplePerson, sampleRegistration as reg } from './sampleRecords';

// Friday 6 March 2026, 16:00 UK time.
const clock = () => new Date('2026-03-06T16:00:00Z');
const people = [samplePerson('p1', 'Priya Shah'), samplePerson('p2', 'Tom Reed')];
const actions = [
  sampleAction('1', { reference: 'V2', targetDate: '2026-03-20', ownerIds: [asId('p1')] }),
  sampleAction('2', { reference: 'CD7', targetDate: '2026-02-28', ragStatus: 'Amber', ownerIds: [asId('p1'), asId('p2')] }),
  sampleAction('3', { reference: 'R1', ragStatus: 'Red' }),
  sampleAction('4', { reference: 'S3', ragStatus: 'Complete', targetDate: '2026-01-01' }),
  sampleAction('5', { reference: 'V9', targetDate: '2026-06-01' }),
];
const completion: ActionUpdate = {
  id: asId('u1'), eTag: '', created: '2026-03-04T10:00:00Z', modified: '2026-03-04T10:00:00Z',
  actionId: asId('4'), summary: 'Done', kind: 'Status', fromStatus: 'Green', toStatus: 'Complete',
};
const events = [
  sampleEvent({ id: asId('1'), start: '2026-03-12T13:00:00Z', end: '2026-03-12T14:30:00Z', capacity: 1 }),
  sampleEvent({ id: asId('2'), title: 'CaféTech', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }),
  sampleEvent({ id: asId('3'), title: 'Far off', start: '2026-09-01T10:00:00Z', end: '2026-09-01T11:00:00Z' }),
];
const registrations = [
  reg(1, 'p1', 'Going', '2026-03-01T00:00:00Z'),
  reg(2, 'p2', 'Going', '2026-03-01T00:01:00Z'),
  reg(3, 'p1', 'Going', '2026-02-20T00:00:00Z', { eventId: asId('2'), attended: true }),
];
const input = { events, registrations, actions, actionUpdates: [completion], people, units: [] };

describe('the Friday digest', () => {
  const digest = buildDigest(input, clock);

  it('lists events in the next 30 days with places left and the waiting list', () => {
    expect(digest.upcomingEvents.map((e) => [e.event.title, e.placesLeft, e.waiting])).toEqual([['TechExchange showcase', 0, 1]]);
  });

  it('lists actions due in the next 30 days and overdue ones with their owners', () => {
    expect(digest.dueSoon.map((a) => [a.action.reference, a.days])).toEqual([['V2', 14]]);
    expect(digest.overdue.map((a) => [a.action.reference, a.days, a.ownerNames])).toEqual([['CD7', 6, ['Priya Shah', 'Tom Reed']]]);
  });

  it('lists Red actions and actions completed this week', () => {
    expect(digest.red.map((a) => a.action.reference)).toEqual(['R1']);
    expect(digest.recentlyCompleted.map((a) => a.action.reference)).toEqual(['S3']);
  });

  it('counts actions nobody has assessed apart from the RAG colours', () => {
    const withBlank = buildDigest({ ...input, actions: [...actions, sampleAction('6', { reference: 'W1', ragStatus: 'Not yet assessed' })] }, clock);
    expect(withBlank.notAssessed.map((a) => a.action.reference)).toEqual(['W1']);
    expect(withBlank.red.map((a) => a.action.reference)).toEqual(['R1']);
  });

  it('highlights attendance at recent events', () => {
    expect(digest.attendanceHighlights.map((e) => [e.title, e.attended])).toEqual([['CaféTech', 1]]);
    expect(digest.today).toBe('2026-03-06');
    expect(digestIsEmpty(digest)).toBe(false);
  });

  it('leaves out the actions of closed plans', () => {
    const closed: ActionPlan = { id: asId('1'), eTag: '', created: '', modified: '', title: 'DMU 2018–21', institution: 'DMU', periodStart: '2018-01-01', periodEnd: '2021-12-31', stage: '1', statusScheme: 'Red/Amber/Green/Blue', state: 'Closed', extraThemes: [], strategyPillars: [] };
    const old = buildDigest({ ...input, plans: [closed] }, clock);
    expect([...old.dueSoon, ...old.overdue, ...old.red, ...old.recentlyCompleted]).toEqual([]);
    expect(old.upcomingEvents).toHaveLength(1);
  });

  it('is empty when there is nothing to say', () => {
    expect(digestIsEmpty(buildDigest({ ...input, events: [], actions: [], registrations: [] }, clock))).toBe(true);
  });
});

describe('reminders', () => {
  it('reminds the owners of open actions past their target date, most overdue first', () => {
    const reminders = overdueReminders(
      [...actions, sampleAction('6', { reference: 'V1', targetDate: '2026-03-05', ownerIds: [asId('p2')] })],
      people,
      clock,
    );
    expect(reminders.map((r) => [r.action.reference, r.daysOverdue, r.owners.map((o) => o.name)])).toEqual([
      ['CD7', 6, ['Priya Shah', 'Tom Reed']],
      ['V1', 1, ['Tom Reed']],
    ]);
  });

  it('can remind only actions that became overdue recently, so a weekly run reminds each once', () => {
    const reminders = overdueReminders(
      [...actions, sampleAction('6', { reference: 'V1', targetDate: '2026-03-05', ownerIds: [asId('p2')] })],
      people,
      clock,
      { withinDays: 3 },
    );
    expect(reminders.map((r) => r.action.reference)).toEqual(['V1']);
  });

  it('does not chase the owners of a closed plan', () => {
    const closed: ActionPlan = { id: asId('1'), eTag: '', created: '', modified: '', title: 'DMU 2018–21', institution: 'DMU', periodStart: '2018-01-01', periodEnd: '2021-12-31', stage: '1', statusScheme: 'Red/Amber/Green/Blue', state: 'Closed', extraThemes: [], strategyPillars: [] };
    expect(overdueReminders(actions, people, clock, { plans: [closed] })).toEqual([]);
    expect(overdueReminders(actions, people, clock, { plans: [{ ...closed, state: 'Active' }] }).map((r) => r.action.reference)).toEqual(['CD7']);
  });
});
