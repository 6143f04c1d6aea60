/**
 * Which compliance certificates need a notice today. Certificates live on skill ratings
 * (`SkillRating.certificateExpiry`, the Skill Ratings list's "Certificate expiry" column); a person
 * may have a Self and a Manager rating of the same skill, and the one changed last is current.
 *
 * Thresholds are days before expiry (default [30]). Each certificate gets one notice per threshold
 * and recipient: the tightest threshold it has reached is the one due, so a first run 5 days before
 * expiry with thresholds [30, 7] sends the 7-day notice only, and no run sends the 30-day one later.
 * Pure: today's date is passed in.
 */
import type { Person, Skill, SkillRating } from '../model';

export const DEFAULT_CERTIFICATE_DAYS = 30;

export interface CertificateNoticeDue {
  readonly person: Person;
  readonly skill: Skill;
  /** `YYYY-MM-DD`. */
  readonly expiry: string;
  readonly daysLeft: number;
  /** The threshold this notice is for. */
  readonly threshold: number;
  readonly recipient: Person;
  readonly forManager: boolean;
  /** Once-only key recorded in Sent Cards. */
  readonly key: string;
}

const DAY_MS = 86_400_000;

function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The current certificate of each person × skill: the expiry of the rating changed last. */
export function currentCertificates(ratings: readonly SkillRating[]): SkillRating[] {
  const latest = new Map<string, SkillRating>();
  for (const r of ratings) {
    const key = `${r.personId}:${r.skillId}`;
    const seen = latest.get(key);
    if (!seen || r.modified > seen.modified) latest.set(key, r);
  }
  return [...latest.values()].filter((r) => r.certificateExpiry);
}

/**
 * Notices due on `today` (`YYYY-MM-DD` in the site's zone) that `alreadySent` (keys from Sent
 * Cards) does not hold: one to the person and one to their line manager, when they have one.
 */
export function certificateNoticesDue(input: {
  readonly ratings: readonly SkillRating[];
  readonly skills: readonly Skill[];
  readonly people: readonly Person[];
  readonly today: string;
  readonly thresholds?: readonly number[];
  readonly alreadySent: ReadonlySet<string>;
}): CertificateNoticeDue[] {
  const thresholds = [...(input.thresholds?.length ? input.thresholds : [DEFAULT_CERTIFICATE_DAYS])].sort((a, b) => a - b);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const skills = new Map(input.skills.map((s) => [s.id, s]));
  const due: CertificateNoticeDue[] = [];
  for (const rating of currentCertificates(input.ratings)) {
    const expiry = (rating.certificateExpiry as string).slice(0, 10);
    const daysLeft = daysBetween(input.today, expiry);
    const threshold = thresholds.find((t) => daysLeft >= 0 && daysLeft <= t);
    const person = people.get(rating.personId);
    const skill = skills.get(rating.skillId);
    if (threshold === undefined || !person || !skill) continue;
    const manager = person.lineManagerId ? people.get(person.lineManagerId) : undefined;
    const recipients: [Person, boolean][] = [[person, false], ...(manager ? [[manager, true] as [Person, boolean]] : [])];
    for (const [recipient, forManager] of recipients) {
      const key = `certificate:${person.id}:${skill.id}:${expiry}:${threshold}:${forManager ? 'manager' : 'person'}`;
      if (!input.alreadySent.has(key)) due.push({ person, skill, expiry, daysLeft, threshold, recipient, forManager, key });
    }
  }
  return due;
}
