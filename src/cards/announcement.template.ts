/**
 * Template of an announcement composed in the tab: who it is from, the message, and links into the
 * tab that record who opened it ("Open") and who acknowledged it ("Got it"). Data:
 * `AnnouncementCardData` in announcement.ts.
 */
export const ANNOUNCEMENT_TEMPLATE = {
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
        { type: 'TextBlock', $when: "${from != ''}", text: '${from}', isSubtle: true, wrap: true, spacing: 'None' },
      ],
    },
    { type: 'TextBlock', $when: "${message != ''}", text: '${message}', wrap: true },
    { type: 'TextBlock', $when: '${askToAcknowledge}', text: 'Please say “Got it” once you have read this.', isSubtle: true, size: 'Small', wrap: true },
  ],
  actions: [
    { type: 'Action.OpenUrl', title: 'Open', url: '${openLink}' },
    { type: 'Action.OpenUrl', $when: '${askToAcknowledge}', title: 'Got it', url: '${gotItLink}', style: 'positive' },
  ],
} as const;
