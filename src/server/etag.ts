/**
 * List item eTags: `"<item guid>,<version>"`, as SharePoint makes them and Graph returns them in
 * `eTag` and `fields@odata.etag`. `If-Match` with a stale value → 412, nothing written
 * (https://learn.microsoft.com/en-us/graph/api/listitem-update).
 */
import { preconditionFailed } from './errors';
import type { StoredItem } from './model';

export const etagOf = (item: StoredItem): string => `"${item.guid},${item.version}"`;

const core = (value: string): string => value.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

/** Throws 412 when `If-Match` is present, not `*`, and names another version. */
export function checkIfMatch(ifMatch: string | undefined, item: StoredItem): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const current = core(etagOf(item));
  if (core(ifMatch) !== current) {
    throw preconditionFailed(`The item was changed by someone else since you read it (your eTag ${ifMatch.trim()}, current ${etagOf(item)}). Read it again and reapply your change.`);
  }
}
