/**
 * When a scheduled announcement is posted, and by which run. Pure: the caller passes the time.
 *
 * Exactly once, even when two runs overlap or one is retried after a fault:
 * 1. a run *claims* a due announcement by writing `Posting` + its own claim id with
 *    `If-Match: <eTag it read>`; SharePoint answers 412 to every other run that read the same
 *    version (learn.microsoft.com/graph/api/listitem-update, "If-Match"), so only one posts it;
 * 2. it posts, records the card in Sent Cards (with the announcement's id), then writes `Posted`;
 * 3. a post that was refused (the webhook or Graph said no) gives the announcement back
 *    (`Scheduled`, attempts + 1) for the next run, until `MAX_ATTEMPTS`;
 * 4. a claim older than `CLAIM_LEASE_MS` belongs to a run that stopped: if Sent Cards holds the
 *    post, the announcement is `Posted`; otherwise nobody can know whether the card went out, so it
 *    is `Failed` with words saying so — never posted a second time.
 */
import type { Announcement } from './records';

/** A run that holds a claim longer than this has stopped. */
export const CLAIM_LEASE_MS = 15 * 60_000;

/** Refused posts are tried again by this many runs in all. */
export const MAX_ATTEMPTS = 5;

/** Announcements due at `now` that nobody holds, oldest first. */
export function dueAnnouncements(all: readonly Announcement[], now: Date): Announcement[] {
  return all.filter((a) => a.state === 'Scheduled' && Date.parse(a.dueAt) <= now.getTime()).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || Number(a.id) - Number(b.id));
}

/** Claims held past the lease: their runs stopped part-way. */
export function abandonedClaims(all: readonly Announcement[], now: Date, leaseMs = CLAIM_LEASE_MS): Announcement[] {
  return all.filter((a) => a.state === 'Posting' && (!a.claimedAt || Date.parse(a.claimedAt) + leaseMs <= now.getTime()));
}

/** The claim a run writes (with If-Match). */
export function claim(announcement: Announcement, claimId: string, now: Date): Pick<Announcement, 'state' | 'claimId' | 'claimedAt' | 'attempts'> {
  return { state: 'Posting', claimId, claimedAt: now.toISOString(), attempts: announcement.attempts + 1 };
}

/** What a refused post leaves: back in the queue, or Failed after the last attempt. */
export function afterRefusal(claimed: Announcement, reason: string): Pick<Announcement, 'state' | 'claimId' | 'lastError'> {
  return { state: claimed.attempts >= MAX_ATTEMPTS ? 'Failed' : 'Scheduled', claimId: '', lastError: reason };
}

/** Words for an abandoned claim with no record of the post. */
export const UNKNOWN_OUTCOME =
  'A scheduled run stopped while posting this, and Technician Hub cannot tell whether the card went out. Check the channel; schedule it again if it is not there.';

/** Whether the author may still edit or cancel it (only before a run has claimed it). */
export function canChangeAnnouncement(announcement: Pick<Announcement, 'state'>): boolean {
  return announcement.state === 'Scheduled' || announcement.state === 'Failed';
}
