/**
 * The writes behind rating your own skill and validating someone's: which item to create or change.
 * Item-level write means each author keeps their own item; if the newest Self item was made by
 * someone else (an import), the technician's rating becomes a new item that supersedes it.
 */
import { isAuthor } from '../authorship';
import { forbiddenError, validationError } from '../errors';
import type { RatingId, SkillId } from '../ids';
import type { Draft, Person, SkillRating } from '../model';
import type { EffectiveRating } from './effective';
import { isProficiencyLevel } from './proficiency';
import { canRate, canValidate, type Actor } from './rights';

export type RatingWrite =
  | { readonly kind: 'create'; readonly draft: Draft<SkillRating> }
  | { readonly kind: 'update'; readonly id: RatingId; readonly eTag: string; readonly changes: Partial<Draft<SkillRating>> };

export interface OwnRatingChange {
  readonly level: number;
  readonly wantsToDevelop?: boolean;
  readonly certificateExpiry?: string;
  readonly note?: string;
}

function checkLevel(level: number): void {
  if (!isProficiencyLevel(level)) throw validationError('The level must be a whole number from 0 to 4.', [{ field: 'level', message: 'Expected a whole number from 0 to 4.' }]);
}

/** Whether `actor` wrote `item` (by Entra object id, so a mail alias does not make it someone else's). */
const sameAuthor = (item: SkillRating | undefined, actor: Actor): item is SkillRating => !!item && isAuthor(item, { id: actor.id, names: [actor.upn, actor.mail] });

/** The write for `actor` rating their own `skillId`; refuses (forbidden, with the reason) for anyone else. */
export function planOwnRating(
  actor: Actor,
  person: Person,
  people: readonly Person[],
  skillId: SkillId,
  current: EffectiveRating | undefined,
  change: OwnRatingChange,
  today: string,
): RatingWrite {
  const decision = canRate(actor, person, people);
  if (!decision.allowed) throw forbiddenError(decision.reason);
  checkLevel(change.level);
  const fields = {
    level: change.level,
    wantsToDevelop: change.wantsToDevelop ?? current?.wantsToDevelop ?? false,
    lastReviewed: today,
    ...(change.certificateExpiry !== undefined ? { certificateExpiry: change.certificateExpiry || undefined } : {}),
    ...(change.note !== undefined ? { note: change.note } : {}),
  };
  if (sameAuthor(current?.self, actor)) return { kind: 'update', id: current.self.id, eTag: current.self.eTag, changes: fields };
  return { kind: 'create', draft: { personId: person.id, skillId, source: 'Self', ...fields, certificateExpiry: fields.certificateExpiry ?? current?.certificateExpiry } };
}

/** The write for `actor` validating `person`'s rating in `skillId` at `level` (their line manager only). */
export function planValidation(
  actor: Actor,
  person: Person,
  people: readonly Person[],
  skillId: SkillId,
  current: EffectiveRating | undefined,
  level: number,
  today: string,
): RatingWrite {
  const decision = canValidate(actor, person, people);
  if (!decision.allowed) throw forbiddenError(decision.reason);
  checkLevel(level);
  if (sameAuthor(current?.manager, actor)) return { kind: 'update', id: current.manager.id, eTag: current.manager.eTag, changes: { level, lastReviewed: today } };
  return { kind: 'create', draft: { personId: person.id, skillId, source: 'Manager', level, wantsToDevelop: false, lastReviewed: today } };
}
