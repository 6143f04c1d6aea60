/**
 * The parts every hub card template shares, so each template says only what is its own: the
 * envelope (written for 1.5; `forVersion` lowers it per destination), the emphasis banner at the
 * top, and the small "kind" line and large title inside it.
 */
export const CARD_ENVELOPE = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: { width: 'Full' },
  fallbackText: '${fallbackText}',
} as const;

/** The banner across the top of a card (bleeds to the card's edges). */
export const banner = <T extends readonly object[]>(items: T) => ({ type: 'Container', style: 'emphasis', bleed: true, items }) as const;

/** "Event", "Announcement"…: what the card is, above its title. */
export const KIND_LINE = { type: 'TextBlock', text: '${kind}', size: 'Small', weight: 'Bolder', color: 'Accent', wrap: true, spacing: 'None' } as const;

/** The card's title, marked as a heading for screen readers. */
export const TITLE_LINE = { type: 'TextBlock', text: '${title}', size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' } as const;
