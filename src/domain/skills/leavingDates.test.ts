import { asId, type LeavingDateId } from '../ids';
import type { LeavingDateEntry, Person } from '../model';
import { withLeavingDates } from './leavingDates';

const stored = { eTag: '"1"', created: '2026-01-01T00:00:00Z' };
const person = (id: string, name: string, accountId: string, extra: Partial<Person> = {}): Person => ({ ...stored, modified: '', id: asId(id), name, email: `${name.split(' ')[0].toLowerCase()}@uni.example`, accountId, ...extra });
const sam = person('1', 'Sam Manager', 'oid-sam');
const alex = person('2', 'Alex Tech', 'oid-alex', { lineManagerId: sam.id, expectedLeavingDate: '2027-09-30' });
const kim = person('3', 'Kim Other', 'oid-kim');
const people = [sam, alex, kim];
const entry = (id: number, by: Person, leavingDate: string | undefined, modified: string): LeavingDateEntry => ({
  ...stored,
  id: asId<LeavingDateId>(id),
  modified,
  personId: alex.id,
  leavingDate,
  createdBy: by.email,
  createdById: by.accountId,
});
const alexDate = (entries: LeavingDateEntry[]) => withLeavingDates(people, entries).find((p) => p.id === alex.id)?.expectedLeavingDate;

describe('expected leaving dates line managers record (Leaving Dates list)', () => {
  it('takes the line manager’s newest entry over the People list’s own date', () => {
    expect(alexDate([entry(1, sam, '2027-03-31', '2026-02-01T00:00:00Z'), entry(2, sam, '2027-06-30', '2026-03-01T00:00:00Z')])).toBe('2027-06-30');
  });

  it('lets the line manager clear it', () => {
    expect(alexDate([entry(1, sam, undefined, '2026-03-01T00:00:00Z')])).toBeUndefined();
  });

  it('does not count an entry someone else wrote about them — not even the person themselves', () => {
    expect(alexDate([entry(1, kim, '2026-06-30', '2026-05-01T00:00:00Z')])).toBe('2027-09-30');
    expect(alexDate([entry(1, alex, '2026-06-30', '2026-05-01T00:00:00Z')])).toBe('2027-09-30');
    expect(alexDate([entry(1, sam, '2027-06-30', '2026-03-01T00:00:00Z'), entry(2, kim, '2026-06-30', '2026-05-01T00:00:00Z')])).toBe('2027-06-30');
  });

  it('matches the manager by Entra object id, not by email', () => {
    const sameMail = { ...entry(1, sam, '2026-06-30', '2026-05-01T00:00:00Z'), createdById: 'oid-someone-else' };
    expect(alexDate([sameMail])).toBe('2027-09-30');
  });
});
