/**
 * For pages about lists that change outside the tab (the scheduled run posts announcements and
 * records sent cards; colleagues read them): opening the page asks Graph for those lists' changes
 * (delta, in one `$batch`) instead of waiting for the next poll.
 */
import { useEffect } from 'react';
import type { ListView } from '../../data/store/listStore';
import { useHub } from './session';

/** A list brought up to date this recently counts as fresh. */
const JUST_SYNCED_MS = 5_000;

/** Asks for the changes of `lists` once when the page opens (a failure shows through each list's state). */
export function useChangesOnOpen(...lists: readonly { readonly store: ListView<unknown> }[]): void {
  const hub = useHub();
  const stores = lists.map((l) => l.store);
  useEffect(() => {
    // A list start-up has just brought up to date (or is bringing) needs no second request.
    const now = Date.now();
    const stale = stores.filter((store) => {
      const { syncing, syncedAt } = store.snapshot();
      return !syncing && (syncedAt === undefined || now - Date.parse(syncedAt) > JUST_SYNCED_MS);
    });
    if (stale.length > 0) void hub.sync(stale).catch(() => undefined);
    // Once per page open: the stores of a hub do not change.
  }, [hub]);
}
