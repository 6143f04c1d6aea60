/**
 * Whether a read may still change its answer about one item: its items are from an earlier
 * visit's snapshot, or Graph is being asked for changes now. A page looking for an item that is
 * not there says "no such …" only once this is false — a link to something made since the last
 * visit shows it once delta brings it, rather than a false "deleted".
 */
import type { ListRead } from './useList';

export function unconfirmed(...reads: readonly ListRead<unknown>[]): boolean {
  return reads.some(({ state }) => state.status !== 'error' && (state.fromCache || state.syncing));
}
