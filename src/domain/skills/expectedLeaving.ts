/**
 * The line manager's expected leaving date for a team member, used by the succession gaps. It is
 * written to the Leaving Dates list, where only an entry by the person's line manager counts
 * (`leavingDates.ts`); the tab plans the write through this rule and says why when it refuses. A
 * manager's own earlier entry is updated (item-level write lets them change only their own).
 */
import { forbiddenError, validationError } from '../errors';
import type { PersonId } from '../ids';
import type { LeavingDateEntry, Person } from '../model';
import { isAuthor, personIdentity } from '../authorship';
import { canSetExpectedLeaving, type Actor } from './rights';

export type ExpectedLeavingWrite =
  /** `leavingDate`: `YYYY-MM-DD`, or undefined to clear the date. */
  | { readonly kind: 'create'; readonly personId: PersonId; readonly leavingDate: string | undefined }
  | { readonly kind: 'update'; readonly entry: LeavingDateEntry; readonly leavingDate: string | undefined };

/**
 * The change setting (or, with an empty `date`, clearing) `person`'s expected leaving date.
 * Throws `forbidden` with the reason for anyone but their line manager, and `validation` for a
 * date that is not `YYYY-MM-DD` or is already past on `today`.
 */
export function planExpectedLeaving(actor: Actor, person: Person, people: readonly Person[], date: string, today: string, entries: readonly LeavingDateEntry[] = []): ExpectedLeavingWrite {
  const decision = canSetExpectedLeaving(actor, person, people);
  if (!decision.allowed) throw forbiddenError(decision.reason);
  const value = date.trim();
  const write = (leavingDate: string | undefined): ExpectedLeavingWrite => {
    const mine = actor.person && entries.filter((e) => e.personId === person.id && isAuthor(e, personIdentity(actor.person as Person))).sort((a, b) => b.modified.localeCompare(a.modified))[0];
    return mine ? { kind: 'update', entry: mine, leavingDate } : { kind: 'create', personId: person.id, leavingDate };
  };
  if (value === '') return write(undefined);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(value)) {
    throw validationError(`“${value}” is not a date.`, [{ field: 'expectedLeavingDate', message: 'Expected a date as YYYY-MM-DD.' }]);
  }
  if (value < today) {
    throw validationError(`${value} has already passed.`, [{ field: 'expectedLeavingDate', message: `Choose today (${today}) or a later date, or clear the date.` }]);
  }
  return write(value);
}
