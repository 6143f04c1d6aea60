/**
 * What the hub sends and schedules, in our users' words: a record of each card or notice sent
 * (so "Sent cards" reads the hub's own list, not channel history), announcements scheduled from
 * the tab, and who opened or acknowledged an announcement.
 */
import type { EventId } from '../ids';
import type { Stored } from '../model';

export const CARD_KINDS = ['Digest', 'Action reminder', 'Event announcement', 'Announcement', 'Read reminder', 'Certificate notice', 'Place offered'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Where a card or notice went. */
export const SEND_DESTINATIONS = ['Channel', 'Chat', 'Workflow webhook', 'Activity feed'] as const;
export type SendDestination = (typeof SEND_DESTINATIONS)[number];

/** One card or notice the hub sent. */
export interface SentCard extends Stored<string> {
  /** What it was about, in words ("Friday Digest", "Event: CaféTech"). */
  readonly summary: string;
  readonly kind: CardKind;
  readonly destination: SendDestination;
  /** `teamId/channelId`, the chat id, the webhook's host, or the recipient's sign-in name. */
  readonly target: string;
  /** Sign-in name of who sent it (the person signed in, or the app for unattended runs). */
  readonly sentBy: string;
  readonly sentAt: string;
  /** Graph's chatMessage id, when the destination gives one (Workflows webhooks do not). */
  readonly messageId?: string;
  /** The Adaptive Card version sent (1.4 to Workflows, 1.5 through Graph). */
  readonly cardVersion?: string;
  /** The card as sent, so "Sent cards" shows exactly that. */
  readonly card?: unknown;
  /** Makes a notice once-only: `certificate:<person>:<skill>:<expiry>:<days>`. */
  readonly noticeKey?: string;
  readonly announcementId?: string;
}

export const ANNOUNCEMENT_STATES = ['Scheduled', 'Posting', 'Posted', 'Cancelled', 'Failed'] as const;
export type AnnouncementState = (typeof ANNOUNCEMENT_STATES)[number];

/** An announcement composed in the tab, posted when due by `notify due`. */
export interface Announcement extends Stored<string> {
  readonly title: string;
  readonly message?: string;
  /** Set when the announcement is an event's card. */
  readonly eventId?: EventId;
  /** When to post (UTC ISO). */
  readonly dueAt: string;
  readonly state: AnnouncementState;
  /** `teamId/channelId` to post to through Graph; empty = the run's Workflows webhook. */
  readonly target?: string;
  /** The run that holds the announcement while posting it (see domain/notices/schedule.ts). */
  readonly claimId?: string;
  readonly claimedAt?: string;
  readonly postedAt?: string;
  readonly messageId?: string;
  readonly attempts: number;
  readonly lastError?: string;
  /** Readers are asked to say "Got it". */
  readonly askToAcknowledge: boolean;
}

export const READ_KINDS = ['Opened', 'Got it'] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** Someone opened an announcement from its card, or said "Got it". */
export interface AnnouncementRead extends Stored<string> {
  readonly announcementId: string;
  /** Sign-in name of the reader. */
  readonly reader: string;
  readonly kind: ReadKind;
  readonly readAt: string;
}
