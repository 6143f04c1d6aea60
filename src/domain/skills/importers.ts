/**
 * Who the team trusts to import ratings for other people. An import writes Self and Manager
 * ratings as the importing owner, which read-time verification would otherwise ignore (a rating
 * counts only if the person or their line manager wrote it). The list lives in Hub Settings,
 * which only site owners can write, so a member cannot add themselves.
 */
import type { HubSetting, SkillRating } from '../model';

export const RATING_IMPORTERS_SETTING = 'ratingImporters';

/** The stored value (a JSON array of Entra object ids) as ids; anything else as none. */
export function importersFrom(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.toLowerCase()) : [];
}

/** The trusted importers recorded in Hub Settings (none when the setting is absent). */
export function importersIn(settings: readonly HubSetting[]): string[] {
  return importersFrom(settings.find((s) => s.key === RATING_IMPORTERS_SETTING)?.value);
}

/** The list with `id` added (unchanged when it is already there). */
export function withImporter(importers: readonly string[], id: string): string[] {
  return importers.includes(id.toLowerCase()) ? [...importers] : [...importers, id.toLowerCase()];
}

/** A `trustedAuthor` predicate for `effectiveRatings`: ratings written by one of `importers`. */
export function writtenByImporter(importers: readonly string[]): (rating: SkillRating) => boolean {
  const set = new Set(importers);
  return (rating) => !!rating.createdById && set.has(rating.createdById.toLowerCase());
}
