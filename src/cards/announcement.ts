/**
 * The card of an announcement composed in the tab (posted when due by `notify due`), and the
 * reminder to those who have not yet said "Got it". Its links open the announcement in the tab,
 * which records who opened or acknowledged it (Announcement Reads list).
 */
import type { Announcement } from '../domain/notices/records';
import { ANNOUNCEMENT_TEMPLATE } from './announcement.template';
import { escapeCardText } from './escape';
import { expandCard } from './template';
import type { AdaptiveCardJson, CardContext } from './types';

export interface AnnouncementCardContext extends CardContext {
  /** The author's name, when known. */
  readonly authorName?: string;
  /** A reminder to those who have not acknowledged it yet. */
  readonly reminder?: boolean;
}

export interface AnnouncementCardData {
  readonly kind: string;
  readonly title: string;
  readonly from: string;
  readonly message: string;
  readonly askToAcknowledge: boolean;
  readonly openLink: string;
  readonly gotItLink: string;
  readonly fallbackText: string;
}

/** Builds the card of one announcement. */
export function buildAnnouncementCard(announcement: Pick<Announcement, 'id' | 'title' | 'message' | 'askToAcknowledge'>, context: AnnouncementCardContext): AdaptiveCardJson {
  const title = escapeCardText(announcement.title);
  const data: AnnouncementCardData = {
    kind: context.reminder ? 'Reminder: please read' : 'Announcement',
    title,
    from: context.authorName ? `From ${escapeCardText(context.authorName)}` : '',
    message: escapeCardText(announcement.message),
    askToAcknowledge: announcement.askToAcknowledge || context.reminder === true,
    openLink: context.linkTo({ kind: 'announcement', id: announcement.id }),
    gotItLink: context.linkTo({ kind: 'gotit', id: announcement.id }),
    fallbackText: `${context.reminder ? 'Reminder: ' : ''}${title}`,
  };
  return expandCard(ANNOUNCEMENT_TEMPLATE, data, context.version);
}
