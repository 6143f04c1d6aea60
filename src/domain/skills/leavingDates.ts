/**
 * Expected leaving dates, as the succession pages count them. People is owner-written (so nobody
 * can make themselves someone's line manager), which leaves the People list's own date to owners;
 * a line manager records one in the Leaving Dates list instead. SharePoint lets anyone add an entry
 * about anyone there, so an entry is believed by who wrote it (its Author, which SharePoint sets): it
 * counts only if its author is the person's line manager in People. The newest such entry wins —
 * its date, or none when the manager cleared it — over the People list's own date. See docs/rights.md.
 */
import { hasAuthor, isAuthor, personIdentity } from '../authorship';
import type { LeavingDateEntry, Person } from '../model';

/** Whether `entry` was written by the line manager of the person it is about (an entry built in memory counts). */
export function isManagersEntry(entry: LeavingDateEntry, personById: ReadonlyMap<string, Person>): boolean {
  if (!hasAuthor(entry)) return true;
  const person = personById.get(entry.personId);
  const manager = person?.lineManagerId ? personById.get(person.lineManagerId) : undefined;
  return !!manager && isAuthor(entry, personIdentity(manager));
}

const newer = (a: LeavingDateEntry, b: LeavingDateEntry): boolean => a.modified > b.modified || (a.modified === b.modified && Number(a.id) > Number(b.id));

/** The newest entry each person's line manager wrote, by person id. */
export function latestManagerEntries(entries: readonly LeavingDateEntry[], people: readonly Person[]): Map<string, LeavingDateEntry> {
  const personById = new Map<string, Person>(people.map((p) => [p.id, p]));
  const latest = new Map<string, LeavingDateEntry>();
  for (const entry of entries) {
    if (!isManagersEntry(entry, personById)) continue;
    const seen = latest.get(entry.personId);
    if (!seen || newer(entry, seen)) latest.set(entry.personId, entry);
  }
  return latest;
}

/** `people` with each expected leaving date as the line manager last recorded it, where they have. */
export function withLeavingDates(people: readonly Person[], entries: readonly LeavingDateEntry[]): Person[] {
  const latest = latestManagerEntries(entries, people);
  if (latest.size === 0) return [...people];
  return people.map((p) => {
    const entry = latest.get(p.id);
    return entry ? { ...p, expectedLeavingDate: entry.leavingDate } : p;
  });
}
