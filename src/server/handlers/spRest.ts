/**
 * The SharePoint REST subset a client needs, because Graph has no API for these: list settings
 * (`WriteSecurity`, `ReadSecurity`, `EnableVersioning`, `MajorVersionLimit`, set with
 * `MERGE`/`PATCH` or `POST` + `X-HTTP-Method: MERGE` on `/_api/web/lists(guid'…')`), list views
 * (`…/views`, `…/views/getbytitle('…')/viewfields/addviewfield('…')`), permissions
 * (`breakroleinheritance`, `resetroleinheritance`, `roleassignments/addroleassignment`,
 * `removeroleassignment`, `HasUniqueRoleAssignments`, the associated groups, role definitions)
 * and the site's regional time zone. Permissions are checked as `roles.ts` says.
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * Answers use `odata=nometadata` JSON unless the client asks for `odata=verbose` (`{ d: … }`);
 * errors use SharePoint's `odata.error` shape.
 */
import { randomUUID } from 'node:crypto';
import { authenticate } from '../identity';
import { timestamp, type GraphRequest, type GraphResponse, type ServerState } from '../context';
import { badRequest, GraphError, notFound } from '../errors';
import type { StoredItem, StoredList, StoredView } from '../model';
import { readableItems, requireRight, siteUserById, siteUserIdOf, type Caller } from '../permissions';
import { assignmentsOf, groupFor, roleDefinition, ROLE_DEFINITIONS, ROLE_IDS, SITE_GROUPS, WEB_ROLE_ASSIGNMENTS, type RoleAssignment } from '../roles';
import type { DirectoryUser } from '../identity';
import { checkListFormula } from '../validate';
import { camlQuery } from '../caml';
import { columnKind, isLookupKind, isMultiKind } from '../columns';

/** An error in SharePoint REST's `odata.error` shape. */
export function spError(error: unknown): GraphResponse {
  const e = error instanceof GraphError ? error : new GraphError(500, 'generalException', error instanceof Error ? error.message : String(error));
  const code = e.status === 404 ? '-2130575322, Microsoft.SharePoint.SPException' : e.status === 403 ? '-2147024891, System.UnauthorizedAccessException' : '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
  return { status: e.status, headers: e.headers, body: { 'odata.error': { code, message: { lang: 'en-US', value: e.message } } } };
}

const unquote = (s: string): string => decodeURIComponent(s).replace(/''/g, "'");

function findList(state: ServerState, selector: string): StoredList {
  const byGuid = /^\(guid'([0-9a-fA-F-]{36})'\)$/.exec(selector);
  const byTitle = /^\/getbytitle\('((?:[^']|'')*)'\)$/i.exec(selector);
  let list: StoredList | undefined;
  if (byGuid) list = state.store.lists.get(byGuid[1].toLowerCase());
  else if (byTitle) {
    const title = unquote(byTitle[1]).toLowerCase();
    list = [...state.store.lists.values()].find((l) => l.displayName.toLowerCase() === title);
  }
  if (!list) throw notFound(`List '${selector}' does not exist at site with URL '${state.baseUrl}'.`);
  return list;
}

function renderSpList(state: ServerState, list: StoredList): Record<string, unknown> {
  return {
    Id: list.id,
    Title: list.displayName,
    Description: list.description,
    WriteSecurity: list.writeSecurity,
    ReadSecurity: list.readSecurity ?? 1,
    HasUniqueRoleAssignments: list.roleAssignments !== undefined,
    EnableVersioning: list.enableVersioning ?? false,
    MajorVersionLimit: list.majorVersionLimit ?? 50,
    BaseTemplate: 100,
    ItemCount: state.store.items.get(list.id)?.size ?? 0,
    EntityTypeName: `${list.name}List`,
    ValidationFormula: list.validationFormula ?? '',
    ValidationMessage: list.validationMessage ?? '',
  };
}

/** `$select=A,B` on an entity: only those properties (SharePoint answers what was asked). */
function selectProps(entity: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const select = query.get('$select');
  if (!select) return entity;
  const wanted = select.split(',').map((s) => s.trim().toLowerCase());
  return Object.fromEntries(Object.entries(entity).filter(([k]) => wanted.includes(k.toLowerCase())));
}

function renderGroup(group: (typeof SITE_GROUPS)[number]): Record<string, unknown> {
  return { Id: group.Id, Title: group.Title, LoginName: group.Title, PrincipalType: 8, OwnerTitle: SITE_GROUPS[0].Title, Description: null };
}

function renderUser(state: ServerState, user: DirectoryUser): Record<string, unknown> {
  return {
    Id: siteUserIdOf(state.directory, user),
    Title: user.displayName,
    Email: user.mail,
    LoginName: `i:0#.f|membership|${user.userPrincipalName}`,
    PrincipalType: 1,
    IsSiteAdmin: false,
    UserPrincipalName: user.userPrincipalName,
    UserId: { NameId: user.id, NameIdIssuer: 'urn:federation:microsoftonline' },
  };
}

function renderRoleDefinition(id: number): Record<string, unknown> {
  const def = roleDefinition(id);
  return def ? { Id: def.Id, Name: def.Name, Description: def.Description, RoleTypeKind: def.RoleTypeKind, Hidden: false } : { Id: id };
}

function renderPrincipal(state: ServerState, principalId: number): Record<string, unknown> {
  const group = SITE_GROUPS.find((g) => g.Id === principalId);
  if (group) return renderGroup(group);
  const user = siteUserById(state.directory, principalId);
  return user ? renderUser(state, user) : { Id: principalId };
}

function renderAssignments(state: ServerState, assignments: readonly RoleAssignment[], expand: string): Record<string, unknown>[] {
  const wants = (name: string) => expand.toLowerCase().split(',').some((e) => e.trim() === name.toLowerCase());
  return assignments.map((a) => ({
    PrincipalId: a.principalId,
    ...(wants('Member') ? { Member: renderPrincipal(state, a.principalId) } : {}),
    ...(wants('RoleDefinitionBindings') ? { RoleDefinitionBindings: a.roleDefinitionIds.map(renderRoleDefinition) } : {}),
  }));
}

/** `name=value` pairs of a REST method call: `(principalid=5,roledefid=1073741827)`. */
function callArgs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=').map((x) => decodeURIComponent(x ?? '').trim());
    if (k) out[k.toLowerCase()] = (v ?? '').replace(/^'|'$/g, '');
  }
  return out;
}

const TRUE = (v: string | undefined): boolean => v === undefined || v.toLowerCase() === 'true';

/** A principal that exists on the site: a site group or a site user. */
function requirePrincipal(state: ServerState, id: number): void {
  if (SITE_GROUPS.some((g) => g.Id === id) || siteUserById(state.directory, id)) return;
  throw badRequest(`Cannot find principal with id: ${id}.`);
}

/** Permission operations (`breakroleinheritance`, `roleassignments/…`) on one list. */
function permissionOperation(
  state: ServerState,
  caller: Caller,
  list: StoredList,
  rest: string,
  method: string,
  query: URLSearchParams,
  collection: (values: unknown[]) => GraphResponse,
  property: (name: string, value: unknown) => GraphResponse,
): GraphResponse | undefined {
  // A single property reads `{ "value": … }` in minimal metadata, `{ d: { Name: … } }` verbose.
  if (/^\/hasuniqueroleassignments$/i.test(rest) && method === 'GET') return property('HasUniqueRoleAssignments', list.roleAssignments !== undefined);
  if (/^\/roleassignments$/i.test(rest) && method === 'GET') return collection(renderAssignments(state, assignmentsOf(list), query.get('$expand') ?? ''));
  const manage = (action: string) => requireRight(caller, list, 'managePermissions', action);
  const breaking = /^\/breakroleinheritance(?:\(([^)]*)\))?$/i.exec(rest);
  if (breaking && method === 'POST') {
    manage(`change the permissions of '${list.displayName}'`);
    // Breaking an object that already has its own assignments changes nothing.
    if (list.roleAssignments) return { status: 200, body: { 'odata.null': true } };
    const args = callArgs(breaking[1] ?? '');
    // copyRoleAssignments=false leaves only the caller, with Full Control (SecurableObject.BreakRoleInheritance,
    // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee545470(v=office.15)).
    const assignments = TRUE(args.copyroleassignments)
      ? WEB_ROLE_ASSIGNMENTS.map((a) => ({ ...a, roleDefinitionIds: [...a.roleDefinitionIds] }))
      : [{ principalId: siteUserIdOf(state.directory, caller.user), roleDefinitionIds: [ROLE_IDS.fullControl] }];
    state.store.saveList({ ...list, roleAssignments: assignments });
    return { status: 200, body: { 'odata.null': true } };
  }
  if (/^\/resetroleinheritance(\(\))?$/i.test(rest) && method === 'POST') {
    manage(`change the permissions of '${list.displayName}'`);
    const { roleAssignments: _dropped, ...inheriting } = list;
    state.store.saveList(inheriting);
    return { status: 200, body: { 'odata.null': true } };
  }
  const change = /^\/roleassignments\/(addroleassignment|removeroleassignment)\(([^)]*)\)$/i.exec(rest);
  if (change && method === 'POST') {
    manage(`change the permissions of '${list.displayName}'`);
    if (!list.roleAssignments) throw badRequest('This operation is not allowed on an object that inherits permissions.');
    const args = callArgs(change[2]);
    const principalId = Number(args.principalid);
    const roleId = Number(args.roledefid);
    requirePrincipal(state, principalId);
    if (!roleDefinition(roleId)) throw badRequest(`Cannot find role definition with id: ${args.roledefid}.`);
    const adding = change[1].toLowerCase() === 'addroleassignment';
    const existing = list.roleAssignments.find((a) => a.principalId === principalId);
    const others = list.roleAssignments.filter((a) => a.principalId !== principalId);
    const roles = new Set(existing?.roleDefinitionIds ?? []);
    if (adding) roles.add(roleId);
    else roles.delete(roleId);
    const next = roles.size ? [...others, { principalId, roleDefinitionIds: [...roles] }] : others;
    state.store.saveList({ ...list, roleAssignments: next });
    return { status: 200, body: { 'odata.null': true } };
  }
  return undefined;
}

function webResource(state: ServerState, user: DirectoryUser, path: string, query: URLSearchParams, entity: (value: unknown) => GraphResponse, collection: (values: unknown[]) => GraphResponse): GraphResponse | undefined {
  const lower = path.toLowerCase();
  if (lower === '/regionalsettings/timezone') {
    const zone = state.timeZone;
    return entity({ Id: zone.id, Description: zone.description, Information: { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: 0 } });
  }
  const group = /^\/associated(owner|member|visitor)group$/.exec(lower);
  if (group) return entity(selectProps(renderGroup(groupFor(group[1] as DirectoryUser['siteRole'])), query));
  if (lower === '/currentuser') return entity(selectProps(renderUser(state, user), query));
  if (lower === '/roledefinitions') return collection(ROLE_DEFINITIONS.map((d) => renderRoleDefinition(d.Id)));
  if (lower === '/roleassignments') return collection(renderAssignments(state, WEB_ROLE_ASSIGNMENTS, query.get('$expand') ?? ''));
  if (lower === '/sitegroups') return collection(SITE_GROUPS.map(renderGroup));
  // The site's users (its User Information List): their `Id` is what Person columns hold.
  if (lower === '/siteusers') return collection(state.directory.users.map((u) => selectProps(renderUser(state, u), query)));
  return undefined;
}

/** `i:0#.f|membership|ann@uni.ac.uk` (the claims login name), or a bare sign-in name, → the directory's person. */
function userByLogonName(state: ServerState, logonName: unknown): DirectoryUser {
  if (typeof logonName !== 'string' || logonName.trim() === '') throw badRequest('ensureuser needs a logonName, e.g. i:0#.f|membership|ann@contoso.com.');
  const name = logonName.trim().replace(/^i:0#\.f\|membership\|/i, '');
  const user = state.directory.find(name);
  if (!user) throw notFound(`The user does not exist or is not unique: ${logonName}.`);
  return user;
}



function renderView(state: ServerState, list: StoredList, view: StoredView): Record<string, unknown> {
  return { Id: view.Id, Title: view.Title, ViewQuery: view.ViewQuery, RowLimit: view.RowLimit, DefaultView: view.DefaultView, PersonalView: view.PersonalView, ServerRelativeUrl: `/Lists/${list.name}/${encodeURIComponent(view.Title)}.aspx` };
}

function findView(list: StoredList, title: string): StoredView {
  const view = list.views.find((v) => v.Title.toLowerCase() === title.toLowerCase());
  if (!view) throw notFound(`The view '${title}' does not exist in '${list.displayName}'.`);
  return view;
}

function saveViews(state: ServerState, list: StoredList, views: StoredView[]): void {
  state.store.saveList({ ...list, views, modified: timestamp(state.now()) });
}

function patchView(view: StoredView, body: Record<string, unknown>): StoredView {
  const next = { ...view };
  if (typeof body.Title === 'string') next.Title = body.Title;
  if (typeof body.ViewQuery === 'string') next.ViewQuery = body.ViewQuery;
  if (typeof body.RowLimit === 'number') next.RowLimit = body.RowLimit;
  if (typeof body.DefaultView === 'boolean') next.DefaultView = body.DefaultView;
  return next;
}

const withDefault = (views: StoredView[], chosen: StoredView): StoredView[] =>
  chosen.DefaultView ? views.map((v) => (v.Id === chosen.Id ? v : { ...v, DefaultView: false })) : views;

/** The `/_api/web/…` dispatcher. */
export function createSpRestDispatch(state: ServerState) {
  return (request: GraphRequest): GraphResponse => {
    try {
      const user = authenticate(state.directory, request.headers.authorization);
      const caller: Caller = { user, directory: state.directory };
      const verbose = (request.headers.accept ?? '').includes('odata=verbose');
      const entity = (value: unknown): GraphResponse => ({ status: 200, body: verbose ? { d: value } : value });
      const collection = (values: unknown[]): GraphResponse => ({ status: 200, body: verbose ? { d: { results: values } } : { value: values } });
      const tunnelled = request.headers['x-http-method']?.toUpperCase();
      const method = request.method === 'POST' && tunnelled ? tunnelled : request.method;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const path = request.path.replace(/^\/_api\/web/i, '');

      if (path === '' || path === '/') {
        if (method !== 'GET') throw badRequest('Only GET is supported on /_api/web.');
        return entity({ Id: state.store.webId, Title: 'Technician Network', Url: state.baseUrl, ServerRelativeUrl: '/', HasUniqueRoleAssignments: true });
      }
      if (method === 'GET') {
        const web = webResource(state, user, path, request.query, entity, collection);
        if (web) return web;
      }
      // Web.EnsureUser: the site user behind a sign-in name, added to the site if it was not there
      // (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245233(v=office.15));
      // body `{ logonName }` as PnPjs sends it. Locally every directory person is a site user already.
      if (/^\/ensureuser$/i.test(path) && method === 'POST') return entity(renderUser(state, userByLogonName(state, body.logonName)));
      const match = /^\/lists(\(guid'[0-9a-fA-F-]{36}'\)|\/getbytitle\('(?:[^']|'')*'\))(\/.*)?$/i.exec(path);
      if (!match) throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      const list = findList(state, match[1]);
      const rest = match[2] ?? '';

      if (rest === '') {
        if (method === 'GET') {
          requireRight(caller, list, 'viewListItems', `see '${list.displayName}'`);
          return entity(selectProps(renderSpList(state, list), request.query));
        }
        if (method === 'DELETE') {
          requireRight(caller, list, 'manageLists', `delete the list '${list.displayName}'`);
          state.store.deleteList(list);
          return { status: 200, body: { 'odata.null': true } };
        }
        if (method === 'MERGE' || method === 'PATCH') {
          requireRight(caller, list, 'manageLists', `change the settings of '${list.displayName}'`);
          state.store.saveList(patchListSettings(list, body));
          return { status: 204 };
        }
        throw badRequest(`${method} is not supported on a list.`);
      }
      const property = (name: string, value: unknown): GraphResponse => ({ status: 200, body: verbose ? { d: { [name]: value } } : { value } });
      const permissions = permissionOperation(state, caller, list, rest, method, request.query, collection, property);
      if (permissions) return permissions;
      if (/^\/views$/i.test(rest)) {
        if (method === 'GET') return collection(list.views.map((v) => renderView(state, list, v)));
        if (method !== 'POST') throw badRequest(`${method} is not supported on views.`);
        requireRight(caller, list, 'manageLists', `add views to '${list.displayName}'`);
        if (typeof body.Title !== 'string' || body.Title.trim() === '') throw badRequest('A view needs a Title.');
        if (list.views.some((v) => v.Title.toLowerCase() === String(body.Title).toLowerCase())) {
          throw new GraphError(409, 'nameAlreadyExists', `A view named '${body.Title}' already exists in '${list.displayName}'.`);
        }
        const view = patchView({ Id: randomUUID(), Title: body.Title, ViewQuery: '', RowLimit: 30, DefaultView: false, PersonalView: false, ViewFields: [] }, body);
        saveViews(state, list, withDefault([...list.views, view], view));
        return { ...entity(renderView(state, list, view)), status: 201 };
      }
      if (/^\/getitems$/i.test(rest)) {
        if (method !== 'POST') throw badRequest('GetItems is called with POST and { query: { ViewXml } }.');
        return collection(getItems(state, caller, list, body, verbose));
      }
      const fieldMatch = /^\/fields\/getbyinternalnameortitle\('((?:[^']|'')*)'\)$/i.exec(rest);
      if (fieldMatch) return fieldOperation(state, caller, list, unquote(fieldMatch[1]), method, body, entity);
      const viewMatch = /^\/views\/getbytitle\('((?:[^']|'')*)'\)(\/.*)?$/i.exec(rest);
      if (!viewMatch) throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      const view = findView(list, unquote(viewMatch[1]));
      const viewRest = viewMatch[2] ?? '';
      if (viewRest === '') {
        if (method === 'GET') return entity(renderView(state, list, view));
        if (method !== 'MERGE' && method !== 'PATCH') throw badRequest(`${method} is not supported on a view.`);
        requireRight(caller, list, 'manageLists', `change views of '${list.displayName}'`);
        const next = patchView(view, body);
        saveViews(state, list, withDefault(list.views.map((v) => (v.Id === view.Id ? next : v)), next));
        return { status: 204 };
      }
      if (/^\/viewfields$/i.test(viewRest) && method === 'GET') {
        return entity({ Items: verbose ? { results: view.ViewFields } : view.ViewFields, SchemaXml: `<FieldRefs>${view.ViewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>` });
      }
      const fieldOp = /^\/viewfields\/(addviewfield\('((?:[^']|'')*)'\)|removeallviewfields)$/i.exec(viewRest);
      if (!fieldOp || method !== 'POST') throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      requireRight(caller, list, 'manageLists', `change views of '${list.displayName}'`);
      let fields: string[] = [];
      if (fieldOp[2] !== undefined) {
        const name = unquote(fieldOp[2]);
        const known = name === 'LinkTitle' || name === 'LinkTitleNoMenu' || name === 'Title' || ['ID', 'Created', 'Modified', 'Author', 'Editor'].includes(name) || list.columns.some((c) => c.name === name);
        if (!known) throw badRequest(`Column '${name}' does not exist in '${list.displayName}'. It may have been deleted by another user.`);
        fields = view.ViewFields.includes(name) ? view.ViewFields : [...view.ViewFields, name];
      }
      saveViews(state, list, list.views.map((v) => (v.Id === view.Id ? { ...view, ViewFields: fields } : v)));
      return { status: 200, body: { 'odata.null': true } };
    } catch (error) {
      return spError(error);
    }
  };
}

/** The site user id of the person with Entra id (or sign-in name) `id`, if they are in the directory. */
function siteUserIdFor(state: ServerState, id: string): number | undefined {
  const user = state.directory.find(id);
  return user ? siteUserIdOf(state.directory, user) : undefined;
}

/**
 * `POST …/GetItems` with `{ query: { ViewXml } }` (SP.CamlQuery): the items a view query selects,
 * for the caller — `<UserID/>` is their site user id — in the view's order, as SharePoint REST
 * answers list items (lookups and people as `<Name>Id`).
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 */
function getItems(state: ServerState, caller: Caller, list: StoredList, body: Record<string, unknown>, verbose: boolean): unknown[] {
  const readable = readableItems(caller, list, `see '${list.displayName}'`);
  const viewXml = (body.query as { ViewXml?: unknown } | undefined)?.ViewXml;
  if (typeof viewXml !== 'string') throw badRequest('GetItems needs { query: { ViewXml: "<View><Query>…</Query></View>" } }.');
  const query = camlQuery(viewXml, list, {
    userId: siteUserIdOf(state.directory, caller.user),
    timeZone: state.timeZone.iana,
    now: state.now(),
    siteUserIdOf: (id) => siteUserIdFor(state, id) ?? 0,
    lookupText: (listId, column, id) => {
      const value = state.store.items.get(listId)?.get(id)?.values[column];
      return value === undefined ? undefined : String(value);
    },
  });
  const items = [...(state.store.items.get(list.id)?.values() ?? [])].filter((item) => (!readable || readable(item)) && query.matches(item)).sort(query.compare);
  return items.slice(0, query.rowLimit ?? items.length).map((item) => renderSpItem(state, list, item, verbose));
}

/** A list item as SharePoint REST answers it: `Id`, `Title`, columns by internal name, lookups and people as `<Name>Id`. */
function renderSpItem(state: ServerState, list: StoredList, item: StoredItem, verbose: boolean): Record<string, unknown> {
  const many = (values: readonly unknown[]) => (verbose ? { results: values } : values);
  const out: Record<string, unknown> = { Id: item.id, ID: item.id, Created: item.created, Modified: item.modified, AuthorId: siteUserIdFor(state, item.createdBy.id) ?? null, EditorId: siteUserIdFor(state, item.modifiedBy.id) ?? null };
  for (const column of list.columns) {
    if (column.readOnly) continue;
    const value = item.values[column.name];
    const kind = columnKind(column);
    if (isLookupKind(kind)) out[`${column.name}Id`] = Array.isArray(value) ? many(value) : (value ?? (isMultiKind(kind) ? many([]) : null));
    else out[column.name] = Array.isArray(value) ? many(value) : (value ?? null);
  }
  return out;
}

/**
 * One field of a list over SharePoint REST (`…/fields/getbyinternalnameortitle('Name')`): read it,
 * or set its column formatting (`CustomFormatter`, JSON text rendered by list views), which Graph's
 * columnDefinition does not have. Changing a field needs Manage Lists, as any column change does.
 * https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/column-formatting
 */
function fieldOperation(state: ServerState, caller: Caller, list: StoredList, name: string, method: string, body: Record<string, unknown>, entity: (value: unknown) => GraphResponse): GraphResponse {
  const lower = name.toLowerCase();
  const column = list.columns.find((c) => c.name.toLowerCase() === lower) ?? list.columns.find((c) => c.displayName.toLowerCase() === lower);
  if (!column) throw notFound(`Column '${name}' does not exist. It may have been deleted by another user.`);
  const formatter = (list.customFormatters ?? {})[column.name] ?? '';
  if (method === 'GET') {
    requireRight(caller, list, 'viewListItems', `see '${list.displayName}'`);
    return entity({ Id: column.id, InternalName: column.name, StaticName: column.name, Title: column.displayName, CustomFormatter: formatter, Hidden: column.hidden ?? false, ReadOnlyField: column.readOnly ?? false });
  }
  if (method !== 'MERGE' && method !== 'PATCH') throw badRequest(`${method} is not supported on a field.`);
  requireRight(caller, list, 'manageLists', `change the column '${column.displayName}' of '${list.displayName}'`);
  if (body.CustomFormatter !== undefined) {
    if (typeof body.CustomFormatter !== 'string') throw badRequest('CustomFormatter must be text: the column formatting JSON, or empty to remove it.');
    const customFormatters = { ...(list.customFormatters ?? {}) };
    if (body.CustomFormatter === '') delete customFormatters[column.name];
    else customFormatters[column.name] = body.CustomFormatter;
    state.store.saveList({ ...list, customFormatters, modified: timestamp(state.now()) });
  }
  return { status: 204 };
}

/** A list's settings after `MERGE`: each property checked, nothing stored when any is wrong. */
function patchListSettings(list: StoredList, body: Record<string, unknown>): StoredList {
  const next = { ...list };
  if (body.WriteSecurity !== undefined) {
    if (body.WriteSecurity !== 1 && body.WriteSecurity !== 2 && body.WriteSecurity !== 4) throw badRequest('WriteSecurity must be 1 (all items), 2 (items the user created) or 4 (none).');
    next.writeSecurity = body.WriteSecurity;
  }
  if (body.ReadSecurity !== undefined) {
    if (body.ReadSecurity !== 1 && body.ReadSecurity !== 2) throw badRequest('ReadSecurity must be 1 (all items) or 2 (items the user created).');
    next.readSecurity = body.ReadSecurity;
  }
  if (body.EnableVersioning !== undefined) {
    if (typeof body.EnableVersioning !== 'boolean') throw badRequest('EnableVersioning must be true or false.');
    next.enableVersioning = body.EnableVersioning;
  }
  if (body.MajorVersionLimit !== undefined) {
    if (typeof body.MajorVersionLimit !== 'number' || !Number.isInteger(body.MajorVersionLimit) || body.MajorVersionLimit < 1 || body.MajorVersionLimit > 50000) throw badRequest('MajorVersionLimit must be a whole number from 1 to 50000.');
    next.majorVersionLimit = body.MajorVersionLimit;
  }
  if (typeof body.Title === 'string') next.displayName = body.Title;
  if (typeof body.Description === 'string') next.description = body.Description;
  // List validation: a rule across columns, checked on every item save (Graph has no API for it).
  if (body.ValidationFormula !== undefined) {
    if (typeof body.ValidationFormula !== 'string') throw badRequest('ValidationFormula must be text (empty to remove the rule).');
    if (body.ValidationFormula !== '') checkListFormula(list, body.ValidationFormula);
    next.validationFormula = body.ValidationFormula || undefined;
  }
  if (body.ValidationMessage !== undefined) {
    if (typeof body.ValidationMessage !== 'string' || body.ValidationMessage.length > 1024) throw badRequest('ValidationMessage must be text of at most 1024 characters.');
    next.validationMessage = body.ValidationMessage || undefined;
  }
  return next;
}
