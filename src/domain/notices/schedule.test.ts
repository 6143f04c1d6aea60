import type { Announcement } from './records';
import { abandonedClaims, afterRefusal, canChangeAnnouncement, claim, dueAnnouncements, MAX_ATTEMPTS } from './schedule';

const now = new Date('2026-03-06T09:00:00Z');
const item = (id: string, extra: Partial<Announcement> = {}): Announcement => ({
  id, eTag: `"${id},1"`, created: '', modified: '', title: `A${id}`, dueAt: '2026-03-06T08:00:00Z', state: 'Scheduled', attempts: 0, askToAcknowledge: false, ...extra,
});

describe('scheduled announcements', () => {
  it('are due once their time has come, oldest first, and only while scheduled', () => {
    const all = [item('1', { dueAt: '2026-03-06T08:30:00Z' }), item('2'), item('3', { dueAt: '2026-03-06T09:00:01Z' }), item('4', { state: 'Cancelled' }), item('5', { state: 'Posted' })];
    expect(dueAnnouncements(all, now).map((a) => a.id)).toEqual(['2', '1']);
  });

  it('are claimed with a new attempt and given back after a refusal until the last attempt', () => {
    const claimed = { ...item('1'), ...claim(item('1'), 'run-a', now) };
    expect(claimed).toMatchObject({ state: 'Posting', claimId: 'run-a', claimedAt: now.toISOString(), attempts: 1 });
    expect(afterRefusal(claimed, 'The webhook refused the card (502)')).toEqual({ state: 'Scheduled', claimId: '', lastError: 'The webhook refused the card (502)' });
    expect(afterRefusal({ ...claimed, attempts: MAX_ATTEMPTS }, 'no')).toMatchObject({ state: 'Failed' });
  });

  it('treat a claim held past the lease as a run that stopped', () => {
    const fresh = item('1', { state: 'Posting', claimedAt: '2026-03-06T08:50:00Z' });
    const old = item('2', { state: 'Posting', claimedAt: '2026-03-06T08:40:00Z' });
    expect(abandonedClaims([fresh, old], now).map((a) => a.id)).toEqual(['2']);
  });

  it('can be changed by their author only before a run claims them', () => {
    expect(canChangeAnnouncement({ state: 'Scheduled' })).toBe(true);
    expect(canChangeAnnouncement({ state: 'Posting' })).toBe(false);
    expect(canChangeAnnouncement({ state: 'Posted' })).toBe(false);
  });
});
