/**
 * Binds data into a card template with the Adaptive Cards templating engine
 * (`adaptivecards-templating`), so every card is a JSON template plus a typed data object.
 * Bound values are inserted as they are (the engine never evaluates `${…}` inside data), and
 * the builders escape user text before binding.
 */
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './types';
import { forVersion, LATEST_CARD_VERSION, type CardVersion } from './version';

/** Expands `template` with `data` as `$root`, built for `version` (default 1.5). */
export function expandCard<D extends object>(template: object, data: D, version: CardVersion = LATEST_CARD_VERSION): AdaptiveCardJson {
  const card = new Template(template).expand({ $root: data }) as AdaptiveCardJson;
  return forVersion(card, version);
}
