/**
 * `notify due`: posts every scheduled announcement that is due, exactly once, following the rules
 * in src/domain/notices/schedule.ts (claim with If-Match, post, record, mark Posted).
 */
import { buildAnnouncementCard } from '../../cards/announcement';
import { buildEventAnnouncementCard } from '../../cards/eventAnnouncement';
import type { AdaptiveCardJson } from '../../cards/types';
import { isHubError } from '../../domain/errors';
import { trustRegistrations } from '../../domain/events/registrationTrust';
import { waitingListOf } from '../../domain/events/waitingList';
import type { Announcement } from '../../domain/notices/records';
import { abandonedClaims, afterRefusal, claim, dueAnnouncements, UNKNOWN_OUTCOME } from '../../domain/notices/schedule';
import { linkTo, postAndRecord, versionFor, type NotifyRun } from './sendCards';
import type { NotifyTarget } from './target';

export interface DueRun extends NotifyRun {
  /** A new id for this run's claims (a UUID). */
  readonly newClaimId: () => string;
  /**
   * False when the run signs in as the app: applications cannot post channel messages through
   * Graph (learn.microsoft.com/graph/api/channel-post-messages), so everything goes to the webhook.
   */
  readonly postsAsPerson?: boolean;
}

export interface DueResult {
  readonly posted: number;
  /** Claimed by another run first. */
  readonly taken: number;
  /** Refused by the destination; left for the next run (or Failed after the last attempt). */
  readonly refused: number;
  /** Claims of stopped runs settled: Posted when Sent Cards holds the post, else Failed. */
  readonly settled: number;
}

/** Where an announcement goes: the channel it names (through Graph, as a person), else the run's webhook. */
function targetOf(announcement: Announcement, run: DueRun): NotifyTarget | undefined {
  if (announcement.target && run.postsAsPerson !== false) {
    const [teamId, channelId] = announcement.target.split('/');
    if (teamId && channelId) return { kind: 'graph', target: { kind: 'channel', teamId, channelId } };
  }
  return run.target?.kind === 'webhook' ? run.target : undefined;
}

async function cardOf(run: NotifyRun, announcement: Announcement, target: NotifyTarget): Promise<AdaptiveCardJson> {
  const context = { linkTo: linkTo(run), version: versionFor(target) };
  if (announcement.eventId) {
    const event = await run.hub.events.get(announcement.eventId);
    const [registrations, people] = await Promise.all([run.hub.registrations.where({ eventId: event.id }), run.hub.people.all()]);
    // Places left as the tab counts them: registrations changed by someone not entitled to are set aside.
    const list = waitingListOf(event, trustRegistrations(registrations, [event], people).counted);
    return buildEventAnnouncementCard(event, { ...context, placesLeft: list.placesLeft, waiting: list.waiting.length });
  }
  const author = announcement.createdBy ? (await run.hub.people.where({ email: announcement.createdBy })).at(0)?.name : undefined;
  return buildAnnouncementCard(announcement, { ...context, authorName: author });
}

/**
 * Writes `changes` with If-Match. A 412 can also mean our own earlier attempt was applied and
 * only its answer was lost (a retried request): then the item carries our claim and is ours.
 */
async function writeClaimed(run: DueRun, item: Announcement, changes: Partial<Announcement>, claimId: string): Promise<Announcement | undefined> {
  try {
    return await run.hub.announcements.update(item.id, changes, item.eTag);
  } catch (error) {
    if (!isHubError(error, 'conflict')) throw error;
    const now = await run.hub.announcements.get(item.id);
    return now.claimId === claimId && (changes.state === undefined || now.state === changes.state) ? now : undefined;
  }
}

/** Posts what is due; safe to run from several places at once and to run again after any fault. */
export async function postDue(run: DueRun): Promise<DueResult> {
  const { hub } = run;
  const now = run.clock();
  const [scheduled, posting] = await Promise.all([hub.announcements.where({ state: 'Scheduled' }), hub.announcements.where({ state: 'Posting' })]);
  let settled = 0;
  for (const stale of abandonedClaims(posting, now)) {
    const record = (await hub.sentCards.where({ announcementId: stale.id })).at(0);
    const changes: Partial<Announcement> = record ? { state: 'Posted', postedAt: record.sentAt, ...(record.messageId ? { messageId: record.messageId } : {}) } : { state: 'Failed', lastError: UNKNOWN_OUTCOME };
    if (await writeClaimed(run, stale, changes, stale.claimId ?? '')) settled++;
  }
  const due = dueAnnouncements(scheduled, now);
  run.log(`${due.length} announcement${due.length === 1 ? ' is' : 's are'} due.`);
  let posted = 0;
  let taken = 0;
  let refused = 0;
  for (const announcement of due) {
    const target = targetOf(announcement, run);
    if (!target) {
      run.log(`"${announcement.title}" names no channel and this run has no --webhook: left for a run that has one.`);
      continue;
    }
    if (run.dryRun) {
      run.log(JSON.stringify(await cardOf(run, announcement, target), null, 2));
      continue;
    }
    const claimId = run.newClaimId();
    const claimed = await writeClaimed(run, announcement, claim(announcement, claimId, now), claimId);
    if (!claimed) {
      taken++;
      run.log(`"${announcement.title}" is being posted by another run.`);
      continue;
    }
    let messageId: string | undefined;
    try {
      const card = await cardOf(run, announcement, target);
      ({ messageId } = await postAndRecord(run, target, card, announcement.title, announcement.eventId ? 'Event announcement' : 'Announcement', announcement.id));
    } catch (error) {
      if (!isHubError(error)) throw error;
      refused++;
      const after = afterRefusal(claimed, error.message);
      await writeClaimed(run, claimed, after, claimId);
      run.log(`"${announcement.title}" was not posted (${error.message}); ${after.state === 'Failed' ? 'giving up after the last attempt' : 'the next run tries again'}.`);
      continue;
    }
    await writeClaimed(run, claimed, { state: 'Posted', postedAt: run.clock().toISOString(), ...(messageId ? { messageId } : {}) }, claimId);
    posted++;
  }
  return { posted, taken, refused, settled };
}
