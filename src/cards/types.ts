/**
 * Shapes shared by the card builders. Cards are plain JSON (Adaptive Cards 1.5, or 1.4 for Workflows: see version.ts), posted as
 * a chatMessage attachment or a Workflows webhook payload and rendered by the tab's "Sent cards".
 */
import type { EntityRef } from '../domain/links';
import type { CardVersion } from './version';

/** An Adaptive Card as JSON. */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body: readonly object[];
  readonly actions?: readonly object[];
  readonly [extra: string]: unknown;
}

/** What every builder needs from its caller: how to link into the tab, and the reader's zone. */
export interface CardContext {
  /** A link that opens the thing in the tab (a Teams deep link, or the local URL). */
  readonly linkTo: (target: EntityRef) => string;
  /** Defaults to Europe/London, worded "(UK time)". */
  readonly timeZone?: string;
  /** The version the destination renders (`DESTINATION_VERSION`); default 1.5. */
  readonly version?: CardVersion;
}

/** The content type Teams and Workflows expect for an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
