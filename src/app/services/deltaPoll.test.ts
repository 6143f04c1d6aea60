/**
 * The delta poll: while the tab is visible the lists on screen are asked for their changes every
 * minute, and at once when the tab comes back into view or gets focus; a hidden tab asks nothing.
 * Visibility follows the Page Visibility API (`document.visibilityState`, `visibilitychange`).
 */
import type { Hub } from '../../data/hub';
import type { ListView } from '../../data/store/listStore';
import { MIN_GAP_MS, POLL_INTERVAL_MS, startDeltaPoll, type PollHost } from './useDeltaPoll';

/** A tab whose visibility and focus the test drives. */
function fakeTab() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const window = new EventTarget();
  return {
    host: { document, window } as unknown as PollHost,
    show: () => {
      document.visibilityState = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    hide: () => {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    focus: () => window.dispatchEvent(new Event('focus')),
  };
}

/** A hub with one list on screen (observed) and one not; records which lists each sync asked for. */
function fakeHub() {
  const list = (listKey: string, observed: boolean) => ({ listKey, observed: () => observed }) as unknown as ListView<unknown>;
  const onScreen = list('actions', true);
  const asked: string[][] = [];
  const hub = {
    lists: [onScreen, list('skillRatings', false)],
    sync: async (lists?: readonly ListView<unknown>[]) => void asked.push((lists ?? []).map((l) => l.listKey)),
  } as Pick<Hub, 'lists' | 'sync'>;
  return { hub, asked };
}

describe('the delta poll', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks for the changes of the lists on screen, and only those, every minute while the tab is visible', () => {
    const { hub, asked } = fakeHub();
    const stop = startDeltaPoll(hub, fakeTab().host);
    jest.advanceTimersByTime(POLL_INTERVAL_MS - 1);
    expect(asked).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(asked).toEqual([['actions']]);
    jest.advanceTimersByTime(POLL_INTERVAL_MS);
    expect(asked).toHaveLength(2);
    stop();
    jest.advanceTimersByTime(POLL_INTERVAL_MS * 3);
    expect(asked).toHaveLength(2);
  });

  it('asks at once when the tab comes back into view or gets focus, once for events close together', () => {
    const { hub, asked } = fakeHub();
    const tab = fakeTab();
    const stop = startDeltaPoll(hub, tab.host);
    jest.advanceTimersByTime(MIN_GAP_MS);
    tab.hide();
    expect(asked).toEqual([]);
    tab.show();
    expect(asked).toEqual([['actions']]);
    // Coming back into view usually brings focus too: one request, not two.
    tab.focus();
    expect(asked).toHaveLength(1);
    jest.advanceTimersByTime(MIN_GAP_MS);
    tab.focus();
    expect(asked).toHaveLength(2);
    stop();
  });

  it('asks nothing while the tab is hidden', () => {
    const { hub, asked } = fakeHub();
    const tab = fakeTab();
    const stop = startDeltaPoll(hub, tab.host);
    tab.hide();
    jest.advanceTimersByTime(POLL_INTERVAL_MS * 5);
    tab.focus();
    expect(asked).toEqual([]);
    stop();
  });
});
