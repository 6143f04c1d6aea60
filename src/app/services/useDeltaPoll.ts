/**
 * Other people's changes show up without a reload: while the tab is visible, the lists on screen
 * are asked for their changes (delta with a token: 1 resource unit each) every minute, and at once
 * when the tab comes back into view or gets focus.
 */
import { useEffect } from 'react';
import type { Hub } from '../../data/hub';

/** How often lists on screen are asked for changes while the tab is visible. */
export const POLL_INTERVAL_MS = 60_000;
/** Focus and visibility events closer together than this ask only once. */
const MIN_GAP_MS = 5_000;

export function useDeltaPoll(hub: Hub | undefined): void {
  useEffect(() => {
    if (!hub) return;
    let last = Date.now();
    const poll = (force: boolean) => {
      if (document.visibilityState !== 'visible') return;
      if (!force && Date.now() - last < MIN_GAP_MS) return;
      const onScreen = hub.lists.filter((l) => l.observed());
      if (onScreen.length === 0) return;
      last = Date.now();
      // A failed poll leaves the lists as they were; each store shows its own error state.
      void hub.sync(onScreen).catch(() => undefined);
    };
    const timer = setInterval(() => poll(true), POLL_INTERVAL_MS);
    const onVisible = () => poll(false);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [hub]);
}
