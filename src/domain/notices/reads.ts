/**
 * Who has opened or acknowledged an announcement, from the Announcement Reads list, against the
 * people it was for (the People list: the network). Pure.
 */
import type { Person } from '../model';
import type { Announcement, AnnouncementRead } from './records';

export interface ReadSummary {
  readonly opened: readonly Person[];
  readonly acknowledged: readonly Person[];
  /** Those still to act: not acknowledged (when asked to), else not opened. */
  readonly notYet: readonly Person[];
  /** Readers not in the People list, by sign-in name: counted, never dropped. */
  readonly others: readonly string[];
}

export function readSummary(announcement: Pick<Announcement, 'id' | 'askToAcknowledge'>, reads: readonly AnnouncementRead[], people: readonly Person[]): ReadSummary {
  const mine = reads.filter((r) => r.announcementId === announcement.id);
  const who = (kind: AnnouncementRead['kind']) => new Set(mine.filter((r) => r.kind === kind).map((r) => r.reader.toLowerCase()));
  const openedBy = who('Opened');
  const ackBy = who('Got it');
  // Saying "Got it" means it was opened, even if the open was not recorded.
  for (const reader of ackBy) openedBy.add(reader);
  const has = (set: Set<string>) => (p: Person) => set.has(p.email.toLowerCase());
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);
  const known = new Set(people.map((p) => p.email.toLowerCase()));
  return {
    opened: people.filter(has(openedBy)).sort(byName),
    acknowledged: people.filter(has(ackBy)).sort(byName),
    notYet: people.filter((p) => !has(announcement.askToAcknowledge ? ackBy : openedBy)(p)).sort(byName),
    others: [...openedBy].filter((r) => !known.has(r)).sort(),
  };
}

/** The reads a person's visit should add: "Opened" once, and "Got it" once when they said so. */
export function readsToRecord(existing: readonly AnnouncementRead[], reader: string, gotIt: boolean): AnnouncementRead['kind'][] {
  const done = new Set(existing.filter((r) => r.reader.toLowerCase() === reader.toLowerCase()).map((r) => r.kind));
  return (['Opened', ...(gotIt ? (['Got it'] as const) : [])] as const).filter((k) => !done.has(k));
}
