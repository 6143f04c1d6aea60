/**
 * SharePoint REST paths for the parts of provisioning Graph has no API for (list views and the
 * item-level write setting). Relative to the site's `${webUrl}/_api`.
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 */

/** Minimal-metadata JSON, accepted and returned by SharePoint Online REST. */
export const SP_JSON = 'application/json;odata=nometadata';

/** A SharePoint REST string literal: single-quoted, `'` doubled, then percent-encoded for the path. */
function spString(value: string): string {
  return encodeURIComponent(`'${value.replace(/'/g, "''")}'`).replace(/%27/g, "'");
}

function guid(listId: string): string {
  if (!/^[0-9a-fA-F-]{36}$/.test(listId)) throw new RangeError(`Not a list GUID: ${listId}`);
  return listId;
}

export const listSettingsPath = (listId: string) => `/web/lists(guid'${guid(listId)}')`;
export const viewsPath = (listId: string) => `${listSettingsPath(listId)}/views`;
export const viewPath = (listId: string, title: string) => `${viewsPath(listId)}/getbytitle(${spString(title)})`;
export const removeViewFieldsPath = (listId: string, title: string) => `${viewPath(listId, title)}/viewfields/removeallviewfields`;
export const viewFieldPath = (listId: string, title: string, field: string) => `${viewPath(listId, title)}/viewfields/addviewfield(${spString(field)})`;

/** One field (column) of a list, by its internal name: its `CustomFormatter` (column formatting) lives here. */
export const fieldPath = (listId: string, internalName: string) => `${listSettingsPath(listId)}/fields/getbyinternalnameortitle(${spString(internalName)})`;

/** The built-in permission levels' role definition ids (the same on every SharePoint Online site). */
export const ROLE_DEFINITION_IDS = { fullControl: 1073741829, edit: 1073741830, contribute: 1073741827, read: 1073741826 } as const;

const int = (n: number): number => {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number: ${n}`);
  return n;
};

/** The site's Owners / Members / Visitors group. */
export const associatedGroupPath = (which: 'Owner' | 'Member' | 'Visitor') => `/web/Associated${which}Group?$select=Id,Title`;
export const breakInheritancePath = (listId: string) => `${listSettingsPath(listId)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`;
export const roleAssignmentsPath = (listId: string) => `${listSettingsPath(listId)}/roleassignments?$expand=RoleDefinitionBindings`;
export const addRoleAssignmentPath = (listId: string, principalId: number, roleDefId: number) => `${listSettingsPath(listId)}/roleassignments/addroleassignment(principalid=${int(principalId)},roledefid=${int(roleDefId)})`;
export const removeRoleAssignmentPath = (listId: string, principalId: number, roleDefId: number) => `${listSettingsPath(listId)}/roleassignments/removeroleassignment(principalid=${int(principalId)},roledefid=${int(roleDefId)})`;
/** The site's regional time zone: `{ Id, Description, Information: { Bias, … } }`. */
export const timeZonePath = '/web/RegionalSettings/TimeZone';
