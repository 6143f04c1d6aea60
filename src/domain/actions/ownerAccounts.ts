/**
 * An action's owners as SharePoint people. Owners are a lookup to the People list, which the tab
 * reads; SharePoint's own views can only compare a Person column with the viewer ([Me], CAML
 * `<UserID/>`), so every save also writes the owners' site users — each owner's People `Account` —
 * into Owner accounts, and the Actions list's "My actions" view filters on that.
 */
import type { Action, Draft } from '../model';

/**
 * The site user ids of `ownerIds`, in their order, from the People entries' Account. An owner
 * whose account is not recorded is left out (unknown stays unknown): they will not find the action
 * under "My actions" until an owner of the site runs set-up again, which fills it in.
 */
export function ownerAccountIdsOf(ownerIds: readonly string[], people: readonly { readonly id: string; readonly siteUserId?: string }[]): string[] {
  const account = new Map(people.map((p) => [p.id as string, p.siteUserId]));
  return [...new Set(ownerIds.map((id) => account.get(id)).filter((id): id is string => !!id))];
}

/** `changes` with Owner accounts to match their owners, when they change the owners; otherwise as they are. */
export function withOwnerAccounts<C extends Partial<Draft<Action>>>(changes: C, people: readonly { readonly id: string; readonly siteUserId?: string }[]): C {
  return changes.ownerIds === undefined ? changes : { ...changes, ownerAccountIds: ownerAccountIdsOf(changes.ownerIds, people) };
}
