import { asId } from '../ids';
import { sampleEvent, sampleRegistration as reg } from './sampleRecords';
import { promotedBetween, registrationOpen, registrationsByEvent, standingOf, waitingListOf } from './waitingList';

const event = sampleEvent({ capacity: 2 });
const people = (list: { personId: string }[]) => list.map((r) => r.personId);

describe('the waiting list', () => {
  const replies = [
    reg(1, 'ann', 'Going', '2026-02-01T09:00:00Z'),
    reg(2, 'bob', 'Going', '2026-02-01T09:05:00Z'),
    reg(3, 'cat', 'Maybe', '2026-02-01T09:06:00Z'),
    reg(4, 'dan', 'Going', '2026-02-01T09:10:00Z'),
    reg(5, 'eve', 'Going', '2026-02-01T09:20:00Z'),
  ];

  it('gives places to the first people who said Going, in the order they replied', () => {
    const list = waitingListOf(event, [...replies].reverse());
    expect(people([...list.confirmed])).toEqual(['ann', 'bob']);
    expect(people([...list.waiting])).toEqual(['dan', 'eve']);
    expect(people([...list.maybe])).toEqual(['cat']);
    expect(list.placesLeft).toBe(0);
  });

  it('keeps walk-ins apart: they take no place, move nobody in the queue, and stand as walk-ins', () => {
    // Recorded after the event, so their "reply" time is the latest of all; a Going at that time would queue.
    const withWalkIn = [...replies, reg(6, 'fay', 'Walk-in', '2026-03-12T15:00:00Z', { attended: true })];
    const roomy = sampleEvent({ capacity: 10 });
    expect(people([...waitingListOf(roomy, withWalkIn).confirmed])).toEqual(['ann', 'bob', 'dan', 'eve']);
    expect(waitingListOf(roomy, withWalkIn).placesLeft).toBe(6);
    const list = waitingListOf(event, withWalkIn);
    expect(people([...list.confirmed])).toEqual(['ann', 'bob']);
    expect(people([...list.waiting])).toEqual(['dan', 'eve']);
    expect(people([...list.walkIns])).toEqual(['fay']);
    expect(standingOf(list, asId('fay'))).toEqual({ kind: 'walkIn' });
    expect(promotedBetween(waitingListOf(event, replies), list)).toEqual([]);
  });

  it('tells a waiting person their place in the queue', () => {
    const list = waitingListOf(event, replies);
    expect(standingOf(list, asId('eve'))).toEqual({ kind: 'waiting', place: 2, of: 2 });
    expect(standingOf(list, asId('ann'))).toEqual({ kind: 'confirmed' });
    expect(standingOf(list, asId('zed'))).toEqual({ kind: 'none' });
  });

  it('promotes the first in line when someone with a place changes to not going', () => {
    const before = waitingListOf(event, replies);
    const after = waitingListOf(event, [...replies, reg(6, 'ann', 'Not going', '2026-02-02T10:00:00Z')]);
    expect(people([...after.confirmed])).toEqual(['bob', 'dan']);
    expect(standingOf(after, asId('eve'))).toEqual({ kind: 'waiting', place: 1, of: 1 });
    expect(promotedBetween(before, after)).toEqual(['dan']);
  });

  it('sends someone who cancels and says Going again to the back of the queue', () => {
    const list = waitingListOf(event, [
      ...replies,
      reg(6, 'ann', 'Not going', '2026-02-02T10:00:00Z'),
      reg(7, 'ann', 'Going', '2026-02-02T11:00:00Z'),
    ]);
    expect(people([...list.confirmed])).toEqual(['bob', 'dan']);
    expect(people([...list.waiting])).toEqual(['eve', 'ann']);
  });

  it('puts everyone who is going in a place when the event has no limit', () => {
    const list = waitingListOf(sampleEvent({ capacity: undefined }), replies);
    expect(list.confirmed).toHaveLength(4);
    expect(list.waiting).toHaveLength(0);
    expect(list.placesLeft).toBeUndefined();
  });

  it('wait-lists everyone when capacity is 0 and ignores other events', () => {
    const list = waitingListOf(sampleEvent({ capacity: 0 }), [...replies, reg(9, 'fay', 'Going', '2026-01-01T00:00:00Z', { eventId: asId('2') })]);
    expect(list.confirmed).toHaveLength(0);
    expect(people([...list.waiting])).toEqual(['ann', 'bob', 'dan', 'eve']);
  });
});

describe('registration window', () => {
  it('closes at the deadline, or at the start when there is none, and for a cancelled event', () => {
    const e = sampleEvent({ registrationDeadline: '2026-03-10T17:00:00Z' });
    expect(registrationOpen(e, new Date('2026-03-10T16:59:00Z'))).toBe(true);
    expect(registrationOpen(e, new Date('2026-03-10T17:00:00Z'))).toBe(false);
    expect(registrationOpen(sampleEvent(), new Date('2026-03-12T12:59:00Z'))).toBe(true);
    expect(registrationOpen(sampleEvent({ cancelled: true }), new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('registrations by event', () => {
  it('groups replies under their event, keeping their order', () => {
    const grouped = registrationsByEvent([reg(1, 'ann', 'Going', 'a'), reg(2, 'bob', 'Going', 'b', { eventId: asId('2') }), reg(3, 'cat', 'Maybe', 'c')]);
    expect([...grouped.keys()]).toEqual(['1', '2']);
    expect(grouped.get(asId('1'))?.map((r) => r.personId)).toEqual(['ann', 'cat']);
  });
});
