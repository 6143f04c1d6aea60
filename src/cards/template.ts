/**
 * Binds data into a card template with the Adaptive Cards templating engine
 * (`adaptivecards-templating`), so every card is a JSON template plus a typed data object.
 * Bound values are inserted as they are (the engine never evaluates `${…}` inside data), and
 * the builders escape user text before binding.
 */
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './types';

/** Expands `template` with `data` as `$root`. */
export function expandCard<D extends object>(template: object, data: D): AdaptiveCardJson {
  const card = new Template(template).expand({ $root: data }) as AdaptiveCardJson;
  return card;
}
