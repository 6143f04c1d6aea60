/**
 * Lists: `GET/POST /sites/{site}/lists`, `GET /sites/{site}/lists/{id-or-name}`
 * (https://learn.microsoft.com/en-us/graph/api/list-create). A new generic list gets the Title
 * column plus the posted `columns`; `$expand=columns` returns them with the list.
 */
import { randomUUID } from 'node:crypto';
import { userRef } from '../identity';
import { titleColumn } from '../columns';
import { json, timestamp, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, nameAlreadyExists } from '../errors';
import type { ColumnDefinition, StoredList } from '../model';
import { compileFilter } from '../odata/evaluate';
import { option, parseExpand, parseSelect } from '../odata/options';
import { parseFilter } from '../odata/parser';
import { requireRight } from '../permissions';
import { renderList } from '../render';
import { checkColumnDefinition } from './columns';
import { callerOf } from './items';
import { requireList, requireSite } from './resolve';

/** Top-level `$select` on lists (`?$select=id,displayName`): only those properties, and `id`. */
function selected(ctx: HandlerContext, list: Record<string, unknown>): Record<string, unknown> {
  const select = parseSelect(option(ctx.request.query, 'select'));
  if (!select) return list;
  return Object.fromEntries(Object.entries(list).filter(([key]) => key === 'id' || key === 'columns' || select.includes(key)));
}

const expandsColumns = (ctx: HandlerContext): boolean => parseExpand(option(ctx.request.query, 'expand')).some((e) => e.name.toLowerCase() === 'columns');

export function listLists(ctx: HandlerContext): GraphResponse {
  requireSite(ctx);
  let lists = [...ctx.state.store.lists.values()];
  const filter = option(ctx.request.query, 'filter');
  if (filter !== undefined) {
    // Graph allows simple filters on list properties, e.g. displayName eq 'Actions'.
    const predicate = compileFilter<StoredList>(parseFilter(filter), (path) => {
      const key = path as 'displayName' | 'name' | 'id' | 'description';
      if (!['displayName', 'name', 'id', 'description'].includes(path)) throw badRequest(`Filtering lists on '${path}' is not supported; use displayName, name or id.`);
      return { read: (list) => list[key], coerce: (v) => (v === null ? null : String(v)) };
    });
    lists = lists.filter(predicate);
  }
  const withColumns = expandsColumns(ctx);
  return json(200, { value: lists.map((l) => selected(ctx, renderList(ctx.state, l, withColumns))) });
}

export function getList(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  return json(200, selected(ctx, renderList(ctx.state, list, expandsColumns(ctx))));
}

export function createList(ctx: HandlerContext): GraphResponse {
  requireSite(ctx);
  requireRight(callerOf(ctx), undefined, 'manageLists', 'create lists');
  const body = ctx.request.body as Record<string, unknown> | null;
  if (typeof body !== 'object' || body === null) throw badRequest('Send the list as { "displayName": …, "columns": […], "list": { "template": "genericList" } }.');
  const displayName = body.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') throw badRequest("The list needs a 'displayName'.");
  const template = (body.list as { template?: unknown } | undefined)?.template ?? 'genericList';
  if (template !== 'genericList') throw badRequest(`List template '${String(template)}' is not supported locally; use 'genericList'.`);
  const { store } = ctx.state;
  const name = displayName.replace(/[^A-Za-z0-9_-]/g, '');
  for (const existing of store.lists.values()) {
    if (existing.displayName.toLowerCase() === displayName.toLowerCase() || existing.name.toLowerCase() === name.toLowerCase()) {
      throw nameAlreadyExists(`A list named '${displayName}' already exists on this site.`);
    }
  }
  const id = randomUUID();
  const draft = { displayName, columns: [titleColumn()] as ColumnDefinition[] };
  const posted = body.columns ?? [];
  if (!Array.isArray(posted)) throw badRequest("'columns' must be an array of column definitions.");
  for (const def of posted) draft.columns.push(checkColumnDefinition(def, draft, store, id));
  const now = timestamp(ctx.state.now());
  const list: StoredList = {
    id,
    name,
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    created: now,
    modified: now,
    createdBy: userRef(ctx.user),
    columns: draft.columns,
    writeSecurity: 1,
    views: [],
    nextItemId: 1,
  };
  store.saveList(list);
  return json(201, renderList(ctx.state, list, posted.length > 0));
}

/**
 * `DELETE /sites/{site}/lists/{list}` (https://learn.microsoft.com/en-us/graph/api/list-delete):
 * Manage Lists on the list, which the site's Members have (Edit) until the list breaks inheritance.
 */
export function deleteList(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  requireRight(callerOf(ctx), list, 'manageLists', `delete the list '${list.displayName}'`);
  ctx.state.store.deleteList(list);
  return { status: 204 };
}
