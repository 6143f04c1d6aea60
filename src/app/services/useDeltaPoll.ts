/**
 * Other people's changes show up without a reload: while the tab is visible, the lists on screen
 * are asked for their changes (delta with a token: 1 resource unit each, all in one `$batch`)
 * every minute, and at once when the tab comes back into view or gets focus. A hidden tab asks
 * for nothing.
 */
import { useEffect } from 'react';
import type { Hub } from '../../data/hub';

/** How often lists on screen are asked for changes while the tab is visible. */
export const POLL_INTERVAL_MS = 60_000;
/** Focus and visibility events closer together than this ask only once. */
export const MIN_GAP_MS = 5_000;

/** What the poll watches: the page's visibility and focus (the DOM's `document` and `window`). */
export interface PollHost {
  readonly document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  readonly window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  readonly now?: () => number;
}

/**
 * Starts polling `hub`'s observed lists; returns the function that stops it. Failures leave the
 * lists as they were (each store shows its own error state).
 */
export function startDeltaPoll(hub: Pick<Hub, 'lists' | 'sync'>, host: PollHost): () => void {
  const now = host.now ?? Date.now;
  let last = now();
  const poll = (force: boolean) => {
    if (host.document.visibilityState !== 'visible') return;
    if (!force && now() - last < MIN_GAP_MS) return;
    const onScreen = hub.lists.filter((l) => l.observed());
    if (onScreen.length === 0) return;
    last = now();
    void hub.sync(onScreen).catch(() => undefined);
  };
  const timer = setInterval(() => poll(true), POLL_INTERVAL_MS);
  const onVisible = () => poll(false);
  host.document.addEventListener('visibilitychange', onVisible);
  host.window.addEventListener('focus', onVisible);
  return () => {
    clearInterval(timer);
    host.document.removeEventListener('visibilitychange', onVisible);
    host.window.removeEventListener('focus', onVisible);
  };
}

/** Polls the session's hub for changes to the lists on screen while the tab is visible. */
export function useDeltaPoll(hub: Hub | undefined): void {
  useEffect(() => (hub ? startDeltaPoll(hub, { document, window }) : undefined), [hub]);
}
