/**
 * From a clean preview to the writes: all or nothing. A preview with any issue plans no write at all;
 * the caller hands the drafts to `createMany({ atomic: true })`, which undoes a partial batch.
 */
import { validationError } from '../../errors';
import type { Draft, SkillRating } from '../../model';
import type { RatingSource } from '../../vocabulary';
import { cellKey, type EffectiveRating } from '../effective';
import type { ImportPreview } from './preview';

export interface ImportPlan {
  readonly creates: readonly Draft<SkillRating>[];
  /** Ratings already stored at the same level from the same source: nothing to write. */
  readonly unchanged: number;
}

/**
 * Plans the import as new rating items (the newest item per person, skill and source counts, so a
 * re-import supersedes older ratings without editing items other people own). Throws a `validation`
 * HubError listing every issue when the preview has any.
 */
export function planRatingImport(
  preview: ImportPreview,
  current: ReadonlyMap<string, EffectiveRating>,
  options: { readonly source: RatingSource; readonly today: string },
): ImportPlan {
  if (preview.issues.length > 0) {
    throw validationError(`The file has ${preview.issues.length} problem${preview.issues.length === 1 ? '' : 's'}; nothing was imported.`, preview.issues);
  }
  if (preview.ratings.length === 0) throw validationError('The file has no ratings to import.', [{ field: 'file', message: 'No rows with a level were found.' }]);
  const creates: Draft<SkillRating>[] = [];
  let unchanged = 0;
  for (const r of preview.ratings) {
    const existing = current.get(cellKey(r.personId, r.skillId));
    const sameSource = options.source === 'Manager' ? existing?.manager : existing?.self;
    if (sameSource && sameSource.level === r.level && (r.wantsToDevelop === undefined || r.wantsToDevelop === sameSource.wantsToDevelop)) {
      unchanged++;
      continue;
    }
    creates.push({
      personId: r.personId,
      skillId: r.skillId,
      source: options.source,
      level: r.level,
      wantsToDevelop: r.wantsToDevelop ?? sameSource?.wantsToDevelop ?? false,
      lastReviewed: r.lastReviewed ?? options.today,
      certificateExpiry: r.certificateExpiry ?? sameSource?.certificateExpiry,
    });
  }
  return { creates, unchanged };
}
