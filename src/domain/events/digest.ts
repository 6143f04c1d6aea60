/**
 * The weekly digest (Leeds sends a "Friday Digest"): what is coming up, what is due or overdue,
 * what went Red, what was finished, and who came to recent events. Pure: the `notify` command
 * and the tab's preview compute it from the same lists with an injected clock.
 */
import type { Clock } from '../ids';
import { NOT_ASSESSED } from '../vocabulary';
import type { Action, ActionPlan, ActionUpdate, HubEvent, Person, Registration, Unit } from '../model';
import { attendanceFigures, type EventAttendance } from './attendance';
import { DEFAULT_TIME_ZONE, toWallTime } from './timeZone';
import { trustRegistrations } from './registrationTrust';
import { waitingListOf } from './waitingList';

export interface DigestInput {
  readonly events: readonly HubEvent[];
  readonly registrations: readonly Registration[];
  readonly actions: readonly Action[];
  readonly actionUpdates: readonly ActionUpdate[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  /** When given, actions of closed plans are left out (they are history, not news). */
  readonly plans?: readonly ActionPlan[];
}

export interface DigestOptions {
  /** How far ahead events and due dates are looked for (days). */
  readonly aheadDays?: number;
  /** How far back completions and attendance count as recent (days). */
  readonly recentDays?: number;
  readonly timeZone?: string;
}

export interface DigestEvent {
  readonly event: HubEvent;
  readonly placesLeft?: number;
  readonly waiting: number;
}

export interface DigestAction {
  readonly action: Action;
  readonly ownerNames: readonly string[];
  /** Days past the target date (overdue) or until it (due soon). */
  readonly days?: number;
}

export interface Digest {
  /** `YYYY-MM-DD` (viewer's zone) the digest was made for. */
  readonly today: string;
  readonly upcomingEvents: readonly DigestEvent[];
  readonly dueSoon: readonly DigestAction[];
  readonly overdue: readonly DigestAction[];
  readonly red: readonly DigestAction[];
  /** Open actions nobody has assessed yet (grey): counted apart, never shown as Amber. */
  readonly notAssessed: readonly DigestAction[];
  readonly recentlyCompleted: readonly DigestAction[];
  readonly attendanceHighlights: readonly EventAttendance[];
  readonly aheadDays: number;
  readonly recentDays: number;
}

const DAY = 86_400_000;
const dayNumber = (isoDate: string): number => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY;

/** Builds the digest as of the clock's now. */
export function buildDigest(input: DigestInput, clock: Clock, options: DigestOptions = {}): Digest {
  const now = clock();
  const aheadDays = options.aheadDays ?? 30;
  const recentDays = options.recentDays ?? 7;
  const today = toWallTime(now.toISOString(), options.timeZone ?? DEFAULT_TIME_ZONE).date;
  const todayNumber = dayNumber(today);
  const names = new Map(input.people.map((p) => [p.id, p.name]));
  // Places and attendance from the registrations the hub believes, as the tab shows them.
  const registrations = trustRegistrations(input.registrations, input.events, input.people).counted;
  const withOwners = (action: Action, days?: number): DigestAction => ({
    action,
    ownerNames: action.ownerIds.map((id) => names.get(id) ?? 'Unknown person'),
    days,
  });
  const closedPlans = new Set((input.plans ?? []).filter((p) => p.state === 'Closed').map((p) => p.id));
  const current = input.actions.filter((a) => !closedPlans.has(a.planId));
  const open = current.filter((a) => a.ragStatus !== 'Complete');
  const byReference = (a: DigestAction, b: DigestAction) => a.action.reference.localeCompare(b.action.reference, 'en', { numeric: true });

  const upcomingEvents = input.events
    .filter((e) => !e.cancelled && Date.parse(e.start) >= now.getTime() && Date.parse(e.start) < now.getTime() + aheadDays * DAY)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((event) => {
      const list = waitingListOf(event, registrations);
      return { event, placesLeft: list.placesLeft, waiting: list.waiting.length };
    });

  const dated = open.filter((a) => a.targetDate).map((a) => ({ a, days: dayNumber(a.targetDate as string) - todayNumber }));
  const dueSoon = dated
    .filter(({ days }) => days >= 0 && days <= aheadDays)
    .sort((x, y) => x.days - y.days)
    .map(({ a, days }) => withOwners(a, days));
  const overdue = dated
    .filter(({ days }) => days < 0)
    .sort((x, y) => x.days - y.days)
    .map(({ a, days }) => withOwners(a, -days));
  const red = open.filter((a) => a.ragStatus === 'Red').map((a) => withOwners(a)).sort(byReference);
  const notAssessed = open.filter((a) => a.ragStatus === NOT_ASSESSED).map((a) => withOwners(a)).sort(byReference);

  const since = now.getTime() - recentDays * DAY;
  const completedIds = new Set(
    input.actionUpdates.filter((u) => u.toStatus === 'Complete' && Date.parse(u.created) >= since).map((u) => u.actionId),
  );
  const recentlyCompleted = current
    .filter((a) => a.ragStatus === 'Complete' && completedIds.has(a.id))
    .map((a) => withOwners(a))
    .sort(byReference);

  const recentEvents = input.events.filter((e) => Date.parse(e.start) >= now.getTime() - Math.max(recentDays, 30) * DAY);
  const attendanceHighlights = attendanceFigures(recentEvents, registrations, input.people, input.units, now)
    .perEvent.filter((e) => e.attended > 0)
    .sort((a, b) => b.attended - a.attended)
    .slice(0, 5);

  return { today, upcomingEvents, dueSoon, overdue, red, notAssessed, recentlyCompleted, attendanceHighlights, aheadDays, recentDays };
}

/** Whether the digest has anything to say (an empty one is not worth posting). */
export function digestIsEmpty(digest: Digest): boolean {
  return [digest.upcomingEvents, digest.dueSoon, digest.overdue, digest.red, digest.recentlyCompleted, digest.attendanceHighlights].every((l) => l.length === 0);
}
