/**
 * Who wrote an item, as SharePoint records it: the item's Author (`createdBy`), which SharePoint
 * sets and no client can forge. People are matched by their Microsoft Entra object id (Graph's
 * `createdBy.user.id`, and the People list's `AccountId`), because an email is not an identity:
 * where a university's sign-in name is a staff id, `createdBy.user.email` is the person's mail
 * alias and never equals the sign-in name the People list holds.
 */
import type { Person, Stored } from './model';

const same = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** Someone the hub can name: an Entra object id and/or sign-in names (UPN, mail). */
export interface Identity {
  readonly id?: string;
  readonly names: readonly (string | undefined)[];
}

/** A People entry as an identity: its account id, else its sign-in name. */
export const personIdentity = (person: Person): Identity => ({ id: person.accountId, names: [person.email] });

/**
 * Whether `who` wrote `item`. By object id when both sides have one (then names do not matter);
 * only when either side lacks an id, by sign-in name or mail — a weaker key that can miss a
 * person (mail ≠ UPN) but never mistakes one person for another inside one tenant.
 */
export function isAuthor(item: Pick<Stored<string>, 'createdBy' | 'createdById'>, who: Identity): boolean {
  if (item.createdById && who.id) return same(item.createdById, who.id);
  return who.names.some((n) => same(item.createdBy, n));
}

/** Whether an item says who wrote it at all (every item read from SharePoint does). */
export const hasAuthor = (item: Pick<Stored<string>, 'createdBy' | 'createdById'>): boolean => !!item.createdById || !!item.createdBy;

/**
 * Whether `who` last changed `item` (its Editor, Graph `lastModifiedBy`, which SharePoint sets as
 * it sets the Author). The same keys as `isAuthor`: the object id when both sides have one.
 */
export function isLastEditor(item: Pick<Stored<string>, 'modifiedBy' | 'modifiedById'>, who: Identity): boolean {
  if (item.modifiedById && who.id) return same(item.modifiedById, who.id);
  return who.names.some((n) => same(item.modifiedBy, n));
}

/** Whether an item says who last changed it (every item read with `lastModifiedBy` does). */
export const hasLastEditor = (item: Pick<Stored<string>, 'modifiedBy' | 'modifiedById'>): boolean => !!item.modifiedById || !!item.modifiedBy;

/** The author of an item as an identity (to ask whether the same person changed another item). */
export const authorIdentity = (item: Pick<Stored<string>, 'createdBy' | 'createdById'>): Identity => ({ id: item.createdById, names: [item.createdBy] });
