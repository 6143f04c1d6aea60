/**
 * List items: `GET/POST …/items`, `GET/PATCH/DELETE …/items/{id}`, `PATCH …/items/{id}/fields`
 * (https://learn.microsoft.com/en-us/graph/api/resources/listitem). Pages are in id order
 * (default 200, `$top` at most 5000) with an absolute `@odata.nextLink` carrying `$skiptoken`.
 * Writes are validated in full before anything is stored; `If-Match` guards updates and deletes.
 */
import { randomUUID } from 'node:crypto';
import { userRef } from '../identity';
import { ItemPage } from '../itemCount';
import { json, timestamp, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, notFound } from '../errors';
import { checkIfMatch, etagOf } from '../etag';
import type { ItemVersion, StoredItem, StoredList, StoredValue } from '../model';
import { decodeSkipToken, encodeSkipToken, option, parseTop } from '../odata/options';
import { readableItems, requireItemOwnership, requireItemWriter, siteUserById, type Caller } from '../permissions';
import { renderFields, renderItem, renderItemJson } from '../render';
import { checkValidationRules, prepareWrite, type WriteChecks } from '../validate';
import { itemFilter, itemShape, orderKeys, sortItems } from './itemQuery';
import { requireItem, requireList } from './resolve';

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

/** The absolute URL of this request with `$skiptoken` replaced, for `@odata.nextLink`. */
export function nextLinkFor(ctx: HandlerContext, token: string): string {
  const query = new URLSearchParams(ctx.request.query);
  query.delete('$skiptoken');
  query.delete('skiptoken');
  query.set('$skiptoken', token);
  return `${ctx.state.baseUrl}/graph/v1.0${ctx.request.path}?${query.toString()}`;
}

/** The acting person, for permission checks. */
export const callerOf = (ctx: HandlerContext): Caller => ({ user: ctx.user, directory: ctx.state.directory });

/** View Items on the list, then (with `ReadSecurity` 2) only the caller's own items, unless they override list behaviours. */
export const readableFilter = (ctx: HandlerContext, list: StoredList): ((item: StoredItem) => boolean) | undefined =>
  readableItems(callerOf(ctx), list, `read items of '${list.displayName}'`);

export function listItems(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const shape = itemShape(ctx, list);
  const top = parseTop(option(ctx.request.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const filtered = itemFilter(ctx, list);
  const readable = readableFilter(ctx, list);
  const predicate = readable && filtered ? (item: StoredItem) => readable(item) && filtered(item) : (readable ?? filtered);
  const keys = orderKeys(ctx);
  const position = decodeSkipToken(option(ctx.request.query, 'skiptoken'));
  const all = ctx.state.store.items.get(list.id) ?? new Map<number, StoredItem>();
  const page: StoredItem[] = [];
  let more = false;
  if (keys) {
    const matching = predicate ? [...all.values()].filter(predicate) : [...all.values()];
    sortItems(list, matching, keys);
    const start = position.offset ?? 0;
    page.push(...matching.slice(start, start + top));
    more = start + top < matching.length;
  } else {
    const after = position.lastId ?? 0;
    for (const item of all.values()) {
      if (item.id <= after || (predicate && !predicate(item))) continue;
      if (page.length === top) {
        more = true;
        break;
      }
      page.push(item);
    }
  }
  const head: Record<string, unknown> = { '@odata.context': `${ctx.state.baseUrl}/graph/v1.0/$metadata#sites('root')/lists('${list.id}')/items` };
  if (more) {
    const token = keys ? encodeSkipToken({ offset: (position.offset ?? 0) + top }) : encodeSkipToken({ lastId: page[page.length - 1].id });
    head['@odata.nextLink'] = nextLinkFor(ctx, token);
  }
  const shapeKey = JSON.stringify([shape.fields, shape.select, shape.fieldSelect && [...shape.fieldSelect]]);
  const items = page.map((item) => renderItemJson(ctx.state, list, item, shape, shapeKey));
  const headJson = JSON.stringify(head);
  return json(200, new ItemPage(`${headJson.slice(0, -1)},"value":[${items.join(',')}]}`, items.length));
}

/** One item the caller may read (an item hidden by `ReadSecurity` is as absent as SharePoint makes it). */
export function readableItem(ctx: HandlerContext, list: StoredList): StoredItem {
  const readable = readableFilter(ctx, list);
  const item = requireItem(ctx, list);
  if (readable && !readable(item)) throw notFound(`Item ${item.id} was not found in '${list.displayName}'.`);
  return item;
}

export function getItem(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const item = readableItem(ctx, list);
  return json(200, renderItem(ctx.state, list, item, itemShape(ctx, list)));
}

/** `GET …/items/{id}/fields`: the fields object alone (https://learn.microsoft.com/en-us/graph/api/listitem-get). */
export function getFields(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const item = readableItem(ctx, list);
  return json(200, renderFields(ctx.state, list, item), { ETag: etagOf(item) });
}

function writeChecks(ctx: HandlerContext, list: StoredList): WriteChecks {
  const { items } = ctx.state.store;
  return {
    siteZone: ctx.state.timeZone.iana,
    lookupExists: (listId, id) => items.get(listId)?.has(id) ?? false,
    siteUserExists: (id) => siteUserById(ctx.state.directory, id) !== undefined,
    valueTaken: (column, value, exceptId) => {
      const wanted = JSON.stringify(typeof value === 'string' ? value.toLowerCase() : value);
      for (const item of items.get(list.id)?.values() ?? []) {
        const v = item.values[column];
        if (item.id !== exceptId && v !== undefined && JSON.stringify(typeof v === 'string' ? v.toLowerCase() : v) === wanted) return true;
      }
      return false;
    },
  };
}

/**
 * The versions kept after a change: with versioning on, the version being replaced joins the
 * history, trimmed to `MajorVersionLimit` (SharePoint keeps the newest; the current one counts).
 * https://learn.microsoft.com/en-us/sharepoint/document-library-version-history-limits
 */
function keptHistory(list: StoredList, item: StoredItem): ItemVersion[] | undefined {
  if (!list.enableVersioning) return item.history;
  const previous: ItemVersion = { version: item.version, modified: item.modified, modifiedBy: item.modifiedBy, values: item.values };
  const history = [...(item.history ?? []), previous];
  const limit = Math.max(1, (list.majorVersionLimit ?? 50) - 1);
  return history.slice(Math.max(0, history.length - limit));
}

function applyChanges(values: Record<string, StoredValue>, changes: Record<string, StoredValue | null>): Record<string, StoredValue> {
  const next = { ...values };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

export function createItem(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  requireItemWriter(callerOf(ctx), list);
  const body = ctx.request.body as { fields?: unknown } | null;
  if (typeof body !== 'object' || body === null) throw badRequest('Send the new item as { "fields": { … } }.');
  const changes = prepareWrite(list, body.fields ?? {}, 'create', writeChecks(ctx, list));
  const now = timestamp(ctx.state.now());
  const who = userRef(ctx.user);
  const { store } = ctx.state;
  const values = applyChanges({}, changes);
  checkValidationRules(list, values);
  const item: StoredItem = { id: store.allocateItemId(list), guid: randomUUID(), version: 1, created: now, modified: now, createdBy: who, modifiedBy: who, values };
  store.saveItem(list, item);
  return json(201, renderItem(ctx.state, list, item, { fields: true }), { ETag: etagOf(item) });
}

/** Validates, checks `If-Match` and permissions, then stores a new version of the item. */
function updateFields(ctx: HandlerContext, list: StoredList, input: unknown): StoredItem {
  const item = readableItem(ctx, list);
  requireItemOwnership(callerOf(ctx), list, item, 'edit');
  checkIfMatch(ctx.request.headers['if-match'], item);
  const changes = prepareWrite(list, input, 'update', writeChecks(ctx, list), item.id);
  const values = applyChanges(item.values, changes);
  checkValidationRules(list, values);
  const updated: StoredItem = {
    ...item,
    history: keptHistory(list, item),
    version: item.version + 1,
    modified: timestamp(ctx.state.now()),
    modifiedBy: userRef(ctx.user),
    values,
  };
  ctx.state.store.saveItem(list, updated);
  return updated;
}

export function patchFields(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const item = updateFields(ctx, list, ctx.request.body);
  return json(200, renderFields(ctx.state, list, item), { ETag: etagOf(item) });
}

export function patchItem(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const body = ctx.request.body as { fields?: unknown } | null;
  if (typeof body !== 'object' || body === null || body.fields === undefined) throw badRequest('Send the changes as { "fields": { … } } (or PATCH …/items/{id}/fields).');
  const item = updateFields(ctx, list, body.fields);
  return json(200, renderItem(ctx.state, list, item, { fields: true }), { ETag: etagOf(item) });
}

export function deleteItem(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const item = readableItem(ctx, list);
  requireItemOwnership(callerOf(ctx), list, item, 'delete');
  checkIfMatch(ctx.request.headers['if-match'], item);
  ctx.state.store.deleteItem(list, item.id, timestamp(ctx.state.now()));
  return { status: 204 };
}
