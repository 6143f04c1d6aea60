/**
 * SharePoint's permission model as a Teams-connected site has it, no stricter and no looser:
 * three site groups — Owners (Full Control), Members (Edit), Visitors (Read) — whose role
 * assignments every list inherits until it breaks inheritance and gets its own.
 * Permission levels: https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
 * (Edit = Contribute + Manage Lists; neither has Override List Behaviors, which lets Full Control
 * and Design read and edit every item whatever the list's item-level settings say).
 * Guests added to the team are members of the site's Members group
 * (https://learn.microsoft.com/en-us/microsoftteams/guest-access).
 */
import type { DirectoryUser } from './identity';
import type { StoredList } from './model';

/** A base permission the local site checks (a subset of SharePoint's `SPBasePermissions`). */
export type Right = 'viewListItems' | 'addListItems' | 'editListItems' | 'deleteListItems' | 'manageLists' | 'overrideListBehaviors' | 'viewVersions' | 'managePermissions';

export interface RoleDefinition {
  readonly Id: number;
  readonly Name: string;
  readonly Description: string;
  /** SharePoint's `RoleTypeKind`. */
  readonly RoleTypeKind: number;
  readonly rights: ReadonlySet<Right>;
}

const ITEMS: Right[] = ['viewListItems', 'addListItems', 'editListItems', 'deleteListItems', 'viewVersions'];

/** The built-in role definition ids (the same on every SharePoint Online site). */
export const ROLE_IDS = { fullControl: 1073741829, design: 1073741828, edit: 1073741830, contribute: 1073741827, read: 1073741826 } as const;

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { Id: ROLE_IDS.fullControl, Name: 'Full Control', Description: 'Has full control.', RoleTypeKind: 5, rights: new Set<Right>([...ITEMS, 'manageLists', 'overrideListBehaviors', 'managePermissions']) },
  { Id: ROLE_IDS.design, Name: 'Design', Description: 'Can view, add, update, delete, approve, and customize.', RoleTypeKind: 4, rights: new Set<Right>([...ITEMS, 'manageLists', 'overrideListBehaviors']) },
  { Id: ROLE_IDS.edit, Name: 'Edit', Description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', RoleTypeKind: 6, rights: new Set<Right>([...ITEMS, 'manageLists']) },
  { Id: ROLE_IDS.contribute, Name: 'Contribute', Description: 'Can view, add, update, and delete list items and documents.', RoleTypeKind: 3, rights: new Set<Right>(ITEMS) },
  { Id: ROLE_IDS.read, Name: 'Read', Description: 'Can view pages and list items and download documents.', RoleTypeKind: 2, rights: new Set<Right>(['viewListItems', 'viewVersions']) },
];

export const roleDefinition = (id: number): RoleDefinition | undefined => ROLE_DEFINITIONS.find((r) => r.Id === id);

export interface SiteGroup {
  readonly Id: number;
  readonly Title: string;
  readonly role: DirectoryUser['siteRole'];
}

/**
 * The associated groups. Principal ids share one number space with site users; locally a person's
 * site user id is their 1-based place in the directory, so groups sit far above any directory.
 */
export const SITE_GROUPS: readonly SiteGroup[] = [
  { Id: 1_000_003, Title: 'Technician Network Owners', role: 'owner' },
  { Id: 1_000_004, Title: 'Technician Network Visitors', role: 'visitor' },
  { Id: 1_000_005, Title: 'Technician Network Members', role: 'member' },
];

export const groupFor = (role: DirectoryUser['siteRole']): SiteGroup => SITE_GROUPS.find((g) => g.role === role) as SiteGroup;

/** One principal's roles on a securable object (`RoleAssignment`: `PrincipalId` + `RoleDefinitionBindings`). */
export interface RoleAssignment {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** The site's own assignments, which lists inherit: each group with its default level. */
export const WEB_ROLE_ASSIGNMENTS: readonly RoleAssignment[] = [
  { principalId: groupFor('owner').Id, roleDefinitionIds: [ROLE_IDS.fullControl] },
  { principalId: groupFor('visitor').Id, roleDefinitionIds: [ROLE_IDS.read] },
  { principalId: groupFor('member').Id, roleDefinitionIds: [ROLE_IDS.edit] },
];

/** The principals a person acts as: their site user id and their site group. */
export function principalsOf(user: DirectoryUser, siteUserId: number): number[] {
  return [siteUserId, groupFor(user.siteRole).Id];
}

/** A list's role assignments: its own once inheritance is broken, else the site's. */
export const assignmentsOf = (list: StoredList | undefined): readonly RoleAssignment[] => list?.roleAssignments ?? WEB_ROLE_ASSIGNMENTS;

/** Every right `principals` hold on a list (or on the site when `list` is undefined). */
export function rightsOn(list: StoredList | undefined, principals: readonly number[]): Set<Right> {
  const rights = new Set<Right>();
  for (const assignment of assignmentsOf(list)) {
    if (!principals.includes(assignment.principalId)) continue;
    for (const id of assignment.roleDefinitionIds) for (const right of roleDefinition(id)?.rights ?? []) rights.add(right);
  }
  return rights;
}
