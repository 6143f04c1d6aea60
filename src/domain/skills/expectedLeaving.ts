/**
 * The line manager's expected leaving date for a team member, used by the succession gaps. The
 * People list has no item-level write (every member edits it), so this rule is what keeps the date
 * a manager's decision: the tab plans the write through it and says why when it refuses.
 */
import { forbiddenError, validationError } from '../errors';
import type { PersonId } from '../ids';
import type { Person } from '../model';
import { canSetExpectedLeaving, type Actor } from './rights';

export interface ExpectedLeavingWrite {
  readonly id: PersonId;
  readonly eTag: string;
  /** `YYYY-MM-DD`, or undefined to clear the date. */
  readonly changes: { readonly expectedLeavingDate: string | undefined };
}

/**
 * The change setting (or, with an empty `date`, clearing) `person`'s expected leaving date.
 * Throws `forbidden` with the reason for anyone but their line manager, and `validation` for a
 * date that is not `YYYY-MM-DD` or is already past on `today`.
 */
export function planExpectedLeaving(actor: Actor, person: Person, people: readonly Person[], date: string, today: string): ExpectedLeavingWrite {
  const decision = canSetExpectedLeaving(actor, person, people);
  if (!decision.allowed) throw forbiddenError(decision.reason);
  const value = date.trim();
  if (value === '') return { id: person.id, eTag: person.eTag, changes: { expectedLeavingDate: undefined } };
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(value)) {
    throw validationError(`“${value}” is not a date.`, [{ field: 'expectedLeavingDate', message: 'Expected a date as YYYY-MM-DD.' }]);
  }
  if (value < today) {
    throw validationError(`${value} has already passed.`, [{ field: 'expectedLeavingDate', message: `Choose today (${today}) or a later date, or clear the date.` }]);
  }
  return { id: person.id, eTag: person.eTag, changes: { expectedLeavingDate: value } };
}
