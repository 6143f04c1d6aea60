/**
 * How many list items an answer holds — for the per-item cost setting — found without parsing
 * large pages again: a page serialised by the items/delta handlers says so itself.
 */
import { RawJson, type GraphResponse } from './context';

/** Item pages mark themselves with their count (`RawJson` built by `itemsPage`). */
export class ItemPage extends RawJson {
  constructor(
    text: string,
    readonly itemCount: number,
  ) {
    super(text);
  }
}

/** Items in a response: a page's own count, or the sum over a `$batch`'s sub-responses. */
export function itemsIn(response: GraphResponse): number {
  if (response.body instanceof ItemPage) return response.body.itemCount;
  const responses = (response.body as { responses?: { body?: unknown }[] } | undefined)?.responses;
  if (!Array.isArray(responses)) return 0;
  return responses.reduce((sum, r) => sum + (Array.isArray((r.body as { value?: unknown } | undefined)?.value) ? ((r.body as { value: unknown[] }).value.length ?? 0) : 0), 0);
}
