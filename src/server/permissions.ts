/**
 * Who may do what on the local site, decided as SharePoint decides it: from the role assignments
 * of the list (its own, or the site's when it inherits — see `roles.ts`) and the list's item-level
 * settings. `ReadSecurity` 2 = "Read items that were created by the user", `WriteSecurity` 2 =
 * "Create items and edit items that were created by the user", 4 = "None"; people whose level has
 * Override List Behaviors (Full Control, Design) are not held to either
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee536658(v=office.15),
 * https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
 */
import type { Directory, DirectoryUser } from './identity';
import { accessDenied } from './errors';
import type { StoredItem, StoredList } from './model';
import { assignmentsOf, principalsOf, rightsOn, roleDefinition, SITE_GROUPS, type Right } from './roles';

const siteUserIds = new WeakMap<Directory, Map<string, number>>();

/** A person's site user id (the `LookupId` of Person columns): locally, their 1-based place in the directory. */
export function siteUserIdOf(directory: Directory, user: DirectoryUser): number {
  let ids = siteUserIds.get(directory);
  if (!ids) {
    ids = new Map(directory.users.map((u, i) => [u.id, i + 1]));
    siteUserIds.set(directory, ids);
  }
  return ids.get(user.id) ?? 0;
}

/** The site user with id `id`, if there is one (the inverse of `siteUserIdOf`). */
export function siteUserById(directory: Directory, id: number): DirectoryUser | undefined {
  return Number.isInteger(id) && id >= 1 ? directory.users[id - 1] : undefined;
}

/** What a caller needs to be checked: who they are and the directory that gives their site user id. */
export interface Caller {
  readonly user: DirectoryUser;
  readonly directory: Directory;
}

export function rightsOf(caller: Caller, list: StoredList | undefined): Set<Right> {
  return rightsOn(list, principalsOf(caller.user, siteUserIdOf(caller.directory, caller.user)));
}

const WORDS: Readonly<Record<Right, string>> = {
  viewListItems: 'View Items',
  addListItems: 'Add Items',
  editListItems: 'Edit Items',
  deleteListItems: 'Delete Items',
  manageLists: 'Manage Lists',
  overrideListBehaviors: 'Override List Behaviors',
  viewVersions: 'View Versions',
  managePermissions: 'Manage Permissions',
};

/** The permission levels a caller holds on a list, in words ("Read", "Contribute"), for refusals. */
function levelsOf(caller: Caller, list: StoredList | undefined): string {
  const principals = principalsOf(caller.user, siteUserIdOf(caller.directory, caller.user));
  const names = assignmentsOf(list)
    .filter((a) => principals.includes(a.principalId))
    .flatMap((a) => a.roleDefinitionIds.map((id) => roleDefinition(id)?.Name ?? String(id)));
  return names.length ? [...new Set(names)].join(' + ') : 'no access';
}

function where(list: StoredList | undefined): string {
  return list ? `'${list.displayName}'` : 'this site';
}

/** Refuses (403 accessDenied) unless the caller holds `right` on `list` (or on the site); answers all the rights they hold there. */
export function requireRight(caller: Caller, list: StoredList | undefined, right: Right, action: string): ReadonlySet<Right> {
  const rights = rightsOf(caller, list);
  if (rights.has(right)) return rights;
  const group = SITE_GROUPS.find((g) => g.role === caller.user.siteRole)?.Title ?? caller.user.siteRole;
  throw accessDenied(
    `Access denied. ${caller.user.userPrincipalName} (${group}) has ${levelsOf(caller, list)} on ${where(list)}, which does not include ${WORDS[right]}, so they cannot ${action}.`,
  );
}

/**
 * View Items on the list (403 otherwise), then which of its items the caller may read: with
 * `ReadSecurity` 2 only their own, unless they override list behaviours; undefined when all.
 * The rights are worked out once, not per item.
 */
export function readableItems(caller: Caller, list: StoredList, action: string): ((item: StoredItem) => boolean) | undefined {
  const rights = requireRight(caller, list, 'viewListItems', action);
  if ((list.readSecurity ?? 1) !== 2 || rights.has('overrideListBehaviors')) return undefined;
  return (item) => item.createdBy.id === caller.user.id;
}

/** Adding an item: Add Items on the list. */
export function requireItemWriter(caller: Caller, list: StoredList): void {
  requireRight(caller, list, 'addListItems', `add items to '${list.displayName}'`);
}

/** Changing or deleting one item: the right, then the list's item-level write setting. */
export function requireItemOwnership(caller: Caller, list: StoredList, item: StoredItem, change: 'edit' | 'delete' = 'edit'): void {
  const rights = requireRight(caller, list, change === 'edit' ? 'editListItems' : 'deleteListItems', `${change} items in '${list.displayName}'`);
  if (list.writeSecurity === 1 || rights.has('overrideListBehaviors')) return;
  if (list.writeSecurity === 4) throw accessDenied(`Access denied. '${list.displayName}' lets nobody but its owners change items (item-level write is "None").`);
  if (item.createdBy.id !== caller.user.id) throw accessDenied(`You can only change items you created in '${list.displayName}'.`);
}

/**
 * The local-only control surfaces (`/_local/faults`, `/_local/budget`) are for the site's owners,
 * as a tenant's admin settings are; not a SharePoint permission.
 */
export function requireOwner(user: DirectoryUser, action: string): void {
  if (user.siteRole !== 'owner') throw accessDenied(`Only site owners can ${action}; ${user.userPrincipalName} is a site ${user.siteRole}.`);
}
