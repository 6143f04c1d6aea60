/**
 * For pages about lists that change outside the tab (the scheduled run posts announcements and
 * records sent cards; colleagues read them): opening the page asks Graph for those lists' changes
 * (delta, in one `$batch`) instead of waiting for the next poll.
 */
import { useEffect } from 'react';
import type { ListView } from '../../data/store/listStore';
import { useHub } from './session';

/** Asks for the changes of `lists` once when the page opens (a failure shows through each list's state). */
export function useChangesOnOpen(...lists: readonly { readonly store: ListView<unknown> }[]): void {
  const hub = useHub();
  const stores = lists.map((l) => l.store);
  useEffect(() => {
    // Always asked, even just after start-up's $batch: a time window would miss a change made in
    // it (a colleague's read a second ago). A list already being brought up to date shares that
    // request (syncLists), so this costs at most one delta request per list.
    void hub.sync(stores).catch(() => undefined);
    // Once per page open: the stores of a hub do not change.
  }, [hub]);
}
