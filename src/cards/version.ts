/**
 * Which Adaptive Card version each destination renders, and how one template is built for it.
 *
 * - Teams Workflows ("When a Teams webhook request is received" → "Post card in a chat or channel")
 *   renders cards up to 1.4; a 1.5 card shows "We're sorry, this card couldn't be displayed"
 *   (microsoft/AdaptiveCards#8965, MicrosoftDocs/msteams-docs#9801).
 * - Messages posted through Graph (`POST …/messages`) are rendered by the Teams client, which
 *   supports 1.5 ("Adaptive Cards in Teams", learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference).
 *
 * Templates are written for 1.5; `forVersion` removes what a lower version does not know, property
 * by property from the table below (the "Version" column of adaptivecards.io/explorer), so there is
 * one template per card and nothing is edited by position.
 */
import type { AdaptiveCardJson } from './types';

export type CardVersion = '1.4' | '1.5';

/** Where a card goes: a Teams Workflows webhook, or a channel/chat message posted through Graph. */
export type CardDestination = 'workflow' | 'graph';

/** The highest version each destination shows. */
export const DESTINATION_VERSION: Readonly<Record<CardDestination, CardVersion>> = { workflow: '1.4', graph: '1.5' };

/** The newest version the templates use. */
export const LATEST_CARD_VERSION: CardVersion = '1.5';

/** Properties introduced in 1.5, per element or action type. */
const ADDED_IN_1_5: Readonly<Record<string, readonly string[]>> = {
  TextBlock: ['style'],
  Container: ['rtl'],
  Column: ['rtl'],
  'Action.OpenUrl': ['mode', 'tooltip', 'isEnabled'],
  'Action.Submit': ['mode', 'tooltip', 'isEnabled'],
  'Action.ShowCard': ['mode', 'tooltip', 'isEnabled'],
  'Action.ToggleVisibility': ['mode', 'tooltip', 'isEnabled'],
};

/** Whether a card of version `card` can be shown where `supported` is the highest version. */
export function versionFits(card: string, supported: CardVersion): boolean {
  const [major, minor] = card.split('.').map(Number);
  const [sMajor, sMinor] = supported.split('.').map(Number);
  return Number.isFinite(major) && Number.isFinite(minor) && (major < sMajor || (major === sMajor && minor <= sMinor));
}

function lower(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lower);
  if (!node || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const dropped = typeof record.type === 'string' ? (ADDED_IN_1_5[record.type] ?? []) : [];
  return Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.includes(key)).map(([key, value]) => [key, lower(value)]));
}

/** The card as `version` defines it: a new object; 1.5-only properties are left out for 1.4. */
export function forVersion(card: AdaptiveCardJson, version: CardVersion): AdaptiveCardJson {
  const built = version === '1.5' ? card : (lower(card) as AdaptiveCardJson);
  return { ...built, version };
}
