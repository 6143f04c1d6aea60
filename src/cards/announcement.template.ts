/**
 * Template of an announcement composed in the tab: who it is from, the message, and links into the
 * tab that record who opened it ("Open") and who acknowledged it ("Got it"). Data:
 * `AnnouncementCardData` in announcement.ts.
 */
import { CARD_ENVELOPE, banner, KIND_LINE, TITLE_LINE } from './frame.template';

export const ANNOUNCEMENT_TEMPLATE = {
  ...CARD_ENVELOPE,
  body: [
    banner([
      KIND_LINE,
      TITLE_LINE,
      { type: 'TextBlock', $when: "${from != ''}", text: '${from}', isSubtle: true, wrap: true, spacing: 'None' },
    ]),
    { type: 'TextBlock', $when: "${message != ''}", text: '${message}', wrap: true },
    { type: 'TextBlock', $when: '${askToAcknowledge}', text: 'Please say “Got it” once you have read this.', isSubtle: true, size: 'Small', wrap: true },
  ],
  actions: [
    { type: 'Action.OpenUrl', title: 'Open', url: '${openLink}' },
    { type: 'Action.OpenUrl', $when: '${askToAcknowledge}', title: 'Got it', url: '${gotItLink}', style: 'positive' },
  ],
} as const;
