/**
 * Activity feed notices the hub sends, in words: a place offered from a waiting list, a
 * certificate about to expire, a reminder to read an announcement. Each names an activity type the
 * app manifest declares (appPackage/manifest.json `activities.activityTypes`) and the values of
 * that type's template. Pure.
 */
import { formatEventWhen, formatLongDate } from '../events/timeZone';
import type { HubEvent, Person } from '../model';
import type { PersonId } from '../ids';
import { promotedBetween, type WaitingList } from '../events/waitingList';

/** One notification: its declared type, the line under it, and the values of its template's `{placeholders}`. */
export interface ActivityNotice {
  readonly activityType: string;
  readonly previewText: string;
  readonly templateParameters: Readonly<Record<string, string>>;
  /** Where selecting the notification goes: a Teams deep link into the tab. */
  readonly webUrl: string;
  /** What the notification is about, in words (the topic of a user-scoped notice). */
  readonly topic: string;
}

/** The people a change of replies moved from the waiting list to a place, with their sign-in names. */
export function promotedPeople(before: WaitingList, after: WaitingList, people: readonly Person[]): Person[] {
  const ids = new Set<PersonId>(promotedBetween(before, after));
  return people.filter((p) => ids.has(p.id));
}

/** "You have a place at CaféTech, Thursday 12 March 2026, 13:00–14:30 (UK time)". Template: `{actor} released a place: you are going to {eventTitle}`. */
export function placeOfferedNotice(event: Pick<HubEvent, 'title' | 'start' | 'end'>, webUrl: string, timeZone?: string): ActivityNotice {
  return {
    activityType: 'placeOffered',
    previewText: `You have a place at ${event.title}, ${formatEventWhen(event.start, event.end, timeZone)}. Can't go now? Say so in the event so the next person gets it.`,
    templateParameters: { eventTitle: event.title },
    webUrl,
    topic: event.title,
  };
}

/** Template: `{skillName} certificate of {personName} expires {expiryDate}`. */
export function certificateNotice(input: { skillName: string; personName: string; expiry: string; days: number; forManager: boolean }, webUrl: string, timeZone?: string): ActivityNotice {
  const date = formatLongDate(`${input.expiry.slice(0, 10)}T12:00:00Z`, timeZone);
  const inDays = input.days === 0 ? 'today' : input.days === 1 ? 'tomorrow' : `in ${input.days} days`;
  return {
    activityType: 'certificateExpiring',
    previewText: input.forManager
      ? `${input.personName}'s ${input.skillName} certificate expires ${inDays} (${date}). Please arrange the renewal.`
      : `Your ${input.skillName} certificate expires ${inDays} (${date}). Please book the renewal and update the expiry date in Technician Hub.`,
    templateParameters: { skillName: input.skillName, personName: input.personName, expiryDate: date },
    webUrl,
    topic: `${input.skillName} certificate`,
  };
}

/** Template: `{actor} asks you to read {announcementTitle}`. */
export function readReminderNotice(title: string, webUrl: string): ActivityNotice {
  return {
    activityType: 'announcementReminder',
    previewText: `Please read “${title}” and say Got it.`,
    templateParameters: { announcementTitle: title },
    webUrl,
    topic: title,
  };
}
