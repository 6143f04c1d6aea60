/**
 * The SharePoint REST subset provisioning needs, because Graph has no API for these:
 * a list's item-level write setting (`WriteSecurity`, set with `MERGE`/`PATCH` or `POST` +
 * `X-HTTP-Method: MERGE` on `/_api/web/lists(guid'…')`) and list views (`…/views`,
 * `…/views/getbytitle('…')/viewfields/addviewfield('…')`).
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * Answers use `odata=nometadata` JSON unless the client asks for `odata=verbose` (`{ d: … }`);
 * errors use SharePoint's `odata.error` shape.
 */
import { randomUUID } from 'node:crypto';
import { authenticate } from '../identity';
import { timestamp, type GraphRequest, type GraphResponse, type ServerState } from '../context';
import { badRequest, GraphError, notFound } from '../errors';
import type { StoredList, StoredView } from '../model';
import { requireOwner } from '../permissions';
import { checkListFormula } from '../validate';

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
  return { Id: list.id, Title: list.displayName, Description: list.description, WriteSecurity: list.writeSecurity, ReadSecurity: 1, BaseTemplate: 100, ItemCount: state.store.items.get(list.id)?.size ?? 0, EntityTypeName: `${list.name}List`, ValidationFormula: list.validationFormula ?? '', ValidationMessage: list.validationMessage ?? '' };
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
      const verbose = (request.headers.accept ?? '').includes('odata=verbose');
      const entity = (value: unknown): GraphResponse => ({ status: 200, body: verbose ? { d: value } : value });
      const collection = (values: unknown[]): GraphResponse => ({ status: 200, body: verbose ? { d: { results: values } } : { value: values } });
      const tunnelled = request.headers['x-http-method']?.toUpperCase();
      const method = request.method === 'POST' && tunnelled ? tunnelled : request.method;
      const body = (request.body ?? {}) as Record<string, unknown>;
      const path = request.path.replace(/^\/_api\/web/i, '');

      if (path === '' || path === '/') {
        if (method !== 'GET') throw badRequest('Only GET is supported on /_api/web.');
        return entity({ Id: state.store.webId, Title: 'Technician Network', Url: state.baseUrl, ServerRelativeUrl: '/' });
      }
      const match = /^\/lists(\(guid'[0-9a-fA-F-]{36}'\)|\/getbytitle\('(?:[^']|'')*'\))(\/.*)?$/i.exec(path);
      if (!match) throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      const list = findList(state, match[1]);
      const rest = match[2] ?? '';

      if (rest === '') {
        if (method === 'GET') return entity(renderSpList(state, list));
        if (method === 'MERGE' || method === 'PATCH') {
          requireOwner(user, `change the settings of '${list.displayName}'`);
          const next = { ...list };
          if (body.WriteSecurity !== undefined) {
            if (body.WriteSecurity !== 1 && body.WriteSecurity !== 2 && body.WriteSecurity !== 4) throw badRequest('WriteSecurity must be 1 (all items), 2 (items the user created) or 4 (none).');
            next.writeSecurity = body.WriteSecurity === 1 ? 1 : 2;
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
          state.store.saveList(next);
          return { status: 204 };
        }
        throw badRequest(`${method} is not supported on a list.`);
      }
      if (/^\/views$/i.test(rest)) {
        if (method === 'GET') return collection(list.views.map((v) => renderView(state, list, v)));
        if (method !== 'POST') throw badRequest(`${method} is not supported on views.`);
        requireOwner(user, `add views to '${list.displayName}'`);
        if (typeof body.Title !== 'string' || body.Title.trim() === '') throw badRequest('A view needs a Title.');
        if (list.views.some((v) => v.Title.toLowerCase() === String(body.Title).toLowerCase())) {
          throw new GraphError(409, 'nameAlreadyExists', `A view named '${body.Title}' already exists in '${list.displayName}'.`);
        }
        const view = patchView({ Id: randomUUID(), Title: body.Title, ViewQuery: '', RowLimit: 30, DefaultView: false, PersonalView: false, ViewFields: [] }, body);
        saveViews(state, list, withDefault([...list.views, view], view));
        return { ...entity(renderView(state, list, view)), status: 201 };
      }
      const viewMatch = /^\/views\/getbytitle\('((?:[^']|'')*)'\)(\/.*)?$/i.exec(rest);
      if (!viewMatch) throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      const view = findView(list, unquote(viewMatch[1]));
      const viewRest = viewMatch[2] ?? '';
      if (viewRest === '') {
        if (method === 'GET') return entity(renderView(state, list, view));
        if (method !== 'MERGE' && method !== 'PATCH') throw badRequest(`${method} is not supported on a view.`);
        requireOwner(user, `change views of '${list.displayName}'`);
        const next = patchView(view, body);
        saveViews(state, list, withDefault(list.views.map((v) => (v.Id === view.Id ? next : v)), next));
        return { status: 204 };
      }
      if (/^\/viewfields$/i.test(viewRest) && method === 'GET') {
        return entity({ Items: verbose ? { results: view.ViewFields } : view.ViewFields, SchemaXml: `<FieldRefs>${view.ViewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>` });
      }
      const fieldOp = /^\/viewfields\/(addviewfield\('((?:[^']|'')*)'\)|removeallviewfields)$/i.exec(viewRest);
      if (!fieldOp || method !== 'POST') throw notFound(`The SharePoint REST resource '${request.path}' is not available on the local server.`);
      requireOwner(user, `change views of '${list.displayName}'`);
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
