/**
 * SharePoint permission levels as the local site applies them: owners (Full Control) change
 * lists and columns; members (Edit) add, change and delete items; visitors (Read) only read.
 * A list with item-level write (`WriteSecurity = 2`, "Create items and edit items that were
 * created by the user") lets non-owners change only their own items
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee536658(v=office.15)).
 */
import type { DirectoryUser } from './identity';
import { accessDenied } from './errors';
import type { StoredItem, StoredList } from './model';

export function requireOwner(user: DirectoryUser, action: string): void {
  if (user.siteRole !== 'owner') {
    throw accessDenied(`Only site owners can ${action}; ${user.userPrincipalName} is a site ${user.siteRole}.`);
  }
}

export function requireItemWriter(user: DirectoryUser, list: StoredList): void {
  if (user.siteRole === 'visitor') {
    throw accessDenied(`You have read-only access to '${list.displayName}': site visitors cannot add, change or delete items.`);
  }
}

/** Update/delete of one item: members are held to item-level write where the list sets it. */
export function requireItemOwnership(user: DirectoryUser, list: StoredList, item: StoredItem): void {
  requireItemWriter(user, list);
  if (list.writeSecurity === 2 && user.siteRole !== 'owner' && item.createdBy.id !== user.id) {
    throw accessDenied(`You can only change items you created in '${list.displayName}'.`);
  }
}
