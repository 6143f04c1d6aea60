/**
 * Template of the event announcement card (Adaptive Cards 1.5, bound with adaptivecards-templating).
 * Data: `EventAnnouncementData` in eventAnnouncement.ts.
 */
export const EVENT_ANNOUNCEMENT_TEMPLATE = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: { width: 'Full' },
  fallbackText: '${fallbackText}',
  body: [
    {
      type: 'Container',
      style: 'emphasis',
      bleed: true,
      items: [
        { type: 'TextBlock', text: '${kind}', size: 'Small', weight: 'Bolder', color: 'Accent', wrap: true, spacing: 'None' },
        { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
        { type: 'TextBlock', $when: '${cancelled}', text: 'This event has been cancelled.', color: 'Attention', weight: 'Bolder', wrap: true },
      ],
    },
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
