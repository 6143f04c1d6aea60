/**
 * The effective rating of one person in one skill: the technician's own rating combined with their
 * line manager's validation. The Skill Ratings list holds one item per person, skill and source
 * (Self / Manager) because item-level write lets each author change only what they created; the
 * newest item per source counts, so a technician can supersede a rating someone imported for them.
 *
 * Anyone who may add ratings may add one *about* anyone, with any `Source`: SharePoint cannot
 * stop that. So an item is believed by who wrote it (its Author, which SharePoint sets): a Self
 * rating counts only if the person wrote it, a validation only if their line manager — as the
 * owner-written People list says — wrote it; an import by someone the team trusts to import
 * (`trustedAuthor`) counts for either. See docs/rights.md.
 */
import type { PersonId, SkillId } from '../ids';
import { hasAuthor, isAuthor, personIdentity } from '../authorship';
import type { Person, SkillRating } from '../model';
import { SKILL_CATEGORIES } from '../vocabulary';
import { addDaysToDay, addMonthsToDay, todayOn } from '../siteDates';
import { writtenByImporter } from './importers';

/** A certificate is "expiring" this many days before its expiry date. */
export const CERTIFICATE_WARNING_DAYS = 60;
/** A rating not reviewed for this many months is stale. */
export const STALE_AFTER_MONTHS = 24;

/** The catalogue category whose skills usually carry a certificate with an expiry date. */
export const COMPLIANCE_CATEGORY: string = SKILL_CATEGORIES[3];

export type CertificateStatus = 'valid' | 'expiring' | 'expired';

export interface Validation {
  readonly level: number;
  /** Sign-in name of the validating manager (the rating's author). */
  readonly by?: string;
  /** `YYYY-MM-DD`: the manager's last-reviewed date, else the day the validation was saved. */
  readonly on: string;
  /** False when the technician changed their own rating after this validation. */
  readonly current: boolean;
}

export interface EffectiveRating {
  readonly personId: PersonId;
  readonly skillId: SkillId;
  /** The validated level when the validation is current, otherwise the technician's own. */
  readonly level: number;
  readonly selfLevel?: number;
  readonly validation?: Validation;
  readonly validated: boolean;
  readonly wantsToDevelop: boolean;
  /** `YYYY-MM-DD` of the most recent review by either side. */
  readonly lastReviewed?: string;
  readonly certificateExpiry?: string;
  readonly certificate?: CertificateStatus;
  readonly stale: boolean;
  /** The stored items behind this rating (for edits: their ids and eTags). */
  readonly self?: SkillRating;
  readonly manager?: SkillRating;
}

export interface EffectiveOptions {
  readonly now: Date;
  readonly staleAfterMonths?: number;
  /**
   * Authors whose ratings count for anyone (a site owner's import). Default: nobody — each
   * rating must be written by the person (Self) or their line manager (Manager).
   */
  readonly trustedAuthor?: (rating: SkillRating) => boolean;
  /** The site's time zone (IANA), whose calendar says what day it is; UTC's when not given. */
  readonly timeZone?: string;
  /**
   * Today (`YYYY-MM-DD`) on that calendar, when the caller has worked it out already: reading the
   * zone's calendar costs an `Intl` call, which 26,000 ratings should not each repeat.
   */
  readonly today?: string;
}

const day = (iso: string): string => iso.slice(0, 10);
const newer = (a: SkillRating, b: SkillRating): boolean => a.modified > b.modified || (a.modified === b.modified && Number(a.id) > Number(b.id));

/**
 * Whether a rating is what its `Source` says: Self written by the person, Manager by their line
 * manager. A record that does not say who wrote it (only ever one built in memory: every item read
 * from SharePoint has its Author) is taken as it is.
 */
export function isGenuine(rating: SkillRating, person: Person | undefined, lineManager: Person | undefined, trusted?: (rating: SkillRating) => boolean): boolean {
  if (!hasAuthor(rating)) return true;
  if (trusted?.(rating)) return true;
  const author = rating.source === 'Manager' ? lineManager : person;
  return !!author && isAuthor(rating, personIdentity(author));
}

/**
 * Whether a certificate expiring on `expiry` (`YYYY-MM-DD`) is valid, expiring soon or expired on
 * `now` — today on the site's calendar (`timeZone`), where the expiry date was recorded.
 */
export function certificateStatus(expiry: string, now: Date, timeZone?: string, today: string = todayOn(now, timeZone)): CertificateStatus {
  if (day(expiry) < today) return 'expired';
  return day(expiry) <= addDaysToDay(today, CERTIFICATE_WARNING_DAYS) ? 'expiring' : 'valid';
}

/** The last review date that is not stale today: the same for every rating of one computation, so kept. */
let lastLimit = { today: '', months: NaN, limit: '' };
function staleLimitFor(today: string, months: number): string {
  if (lastLimit.today !== today || lastLimit.months !== months) lastLimit = { today, months, limit: addMonthsToDay(today, -months) };
  return lastLimit.limit;
}

/** Combines one person's Self and Manager items for one skill. */
export function effectiveRating(
  self: SkillRating | undefined,
  manager: SkillRating | undefined,
  options: EffectiveOptions,
): EffectiveRating | undefined {
  const any = self ?? manager;
  if (!any) return undefined;
  const validation: Validation | undefined = manager && {
    level: manager.level,
    by: manager.createdBy,
    on: day(manager.lastReviewed ?? manager.modified),
    current: !self || self.modified <= manager.modified,
  };
  const validated = validation?.current ?? false;
  const level = validated || !self ? (manager as SkillRating).level : self.level;
  // Stored dates only: an item's `modified` moves with any edit (and with seeding), not with a review.
  const reviews = [self?.lastReviewed, manager?.lastReviewed].filter((d): d is string => !!d).map(day);
  const lastReviewed = reviews.sort().at(-1);
  // The technician records their own certificate on their profile; a date on the manager's item
  // (from an import) stands in only when they have not.
  const certificateExpiry = self?.certificateExpiry ?? manager?.certificateExpiry;
  const today = options.today ?? todayOn(options.now, options.timeZone);
  const staleLimit = staleLimitFor(today, options.staleAfterMonths ?? STALE_AFTER_MONTHS);
  return {
    personId: any.personId,
    skillId: any.skillId,
    level,
    selfLevel: self?.level,
    validation,
    validated,
    wantsToDevelop: self?.wantsToDevelop ?? false,
    lastReviewed,
    certificateExpiry: certificateExpiry && day(certificateExpiry),
    certificate: certificateExpiry ? certificateStatus(certificateExpiry, options.now, options.timeZone, today) : undefined,
    stale: (lastReviewed ?? day(any.modified)) < staleLimit,
    self,
    manager,
  };
}

/** `personId|skillId`: the key of one matrix cell. */
export const cellKey = (personId: string, skillId: string): string => `${personId}|${skillId}`;

/**
 * Every effective rating, keyed by `cellKey`. The newest genuine item per person, skill and source
 * counts; items not written by whom their `Source` says (see `isGenuine`) are ignored.
 */
export function effectiveRatings(
  ratings: readonly SkillRating[],
  people: readonly Person[],
  options: EffectiveOptions,
): Map<string, EffectiveRating> {
  const personById = new Map(people.map((p) => [p.id as string, p]));
  const latest = new Map<string, { self?: SkillRating; manager?: SkillRating }>();
  for (const r of ratings) {
    const key = cellKey(r.personId, r.skillId);
    const person = personById.get(r.personId);
    const lineManager = person?.lineManagerId ? personById.get(person.lineManagerId) : undefined;
    if (!isGenuine(r, person, lineManager, options.trustedAuthor)) continue;
    const pair = latest.get(key) ?? {};
    if (r.source === 'Manager') {
      if (!pair.manager || newer(r, pair.manager)) pair.manager = r;
    } else if (!pair.self || newer(r, pair.self)) pair.self = r;
    latest.set(key, pair);
  }
  const out = new Map<string, EffectiveRating>();
  const once: EffectiveOptions = { ...options, today: options.today ?? todayOn(options.now, options.timeZone) };
  for (const [key, { self, manager }] of latest) {
    const e = effectiveRating(self, manager, once);
    if (e) out.set(key, e);
  }
  return out;
}

/**
 * The ratings every page counts: `effectiveRatings` with imports by the team's trusted importers
 * (Hub Settings `ratingImporters`, as `importersFrom` reads it) believed. The Skills pages and the
 * Overview both call this, so the figures they show cannot disagree.
 */
export function countedRatings(
  input: { readonly ratings: readonly SkillRating[]; readonly people: readonly Person[]; readonly importers: readonly string[] },
  options: Omit<EffectiveOptions, 'trustedAuthor'>,
): Map<string, EffectiveRating> {
  return effectiveRatings(input.ratings, input.people, { ...options, trustedAuthor: writtenByImporter(input.importers) });
}
