/**
 * Template of the event announcement card (Adaptive Cards 1.5, bound with adaptivecards-templating).
 * Data: `EventAnnouncementData` in eventAnnouncement.ts.
 */
import { CARD_ENVELOPE, banner, KIND_LINE, TITLE_LINE } from './frame.template';

export const EVENT_ANNOUNCEMENT_TEMPLATE = {
  ...CARD_ENVELOPE,
  body: [
    banner([
      KIND_LINE,
      TITLE_LINE,
      { type: 'TextBlock', $when: '${cancelled}', text: 'This event has been cancelled.', color: 'Attention', weight: 'Bolder', wrap: true },
    ]),
    {
      type: 'FactSet',
      facts: [
        { $data: '${facts}', title: '${title}', value: '${value}' },
      ],
    },
    { type: 'TextBlock', $when: "${description != ''}", text: '${description}', wrap: true, maxLines: 8 },
  ],
  actions: [
    { type: 'Action.OpenUrl', title: '${replyLabel}', url: '${link}', style: 'positive' },
    { type: 'Action.OpenUrl', $when: "${onlineUrl != ''}", title: 'Join online', url: '${onlineUrl}' },
  ],
} as const;
