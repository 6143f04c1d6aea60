/**
 * Querying a list's items: `$filter` bound to the list's columns (with the indexed-column rule),
 * `$orderby`, and the `$select`/`$expand` shape. The indexed rule follows SharePoint through
 * Graph: filtering on a column that is not indexed needs
 * `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`
 * (https://learn.microsoft.com/en-us/graph/api/listitem-list#optional-query-parameters).
 */
import { columnKind, type ColumnKind } from '../columns';
import type { HandlerContext } from '../context';
import { badRequest } from '../errors';
import type { StoredItem, StoredList, StoredValue } from '../model';
import type { Literal, OrderKey } from '../odata/ast';
import { compileFilter, type Comparable, type PathBinding } from '../odata/evaluate';
import { option, parseExpand, parseSelect } from '../odata/options';
import { filterPaths, parseFilter, parseOrderBy } from '../odata/parser';
import { isKnownField } from '../render';
import { toDateOnly, toDateTime } from '../validate';

export const PREFER_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

interface FieldRef {
  readonly kind: ColumnKind | 'id';
  readonly indexed: boolean;
  readonly read: (item: StoredItem) => StoredValue | undefined;
  /** For lookups named without `LookupId`: compare the looked-up text. */
  readonly lookupText?: { listId: string; column: string };
}

function fieldRef(list: StoredList, path: string): FieldRef {
  if (path === 'id') return { kind: 'id', indexed: true, read: (item) => item.id };
  if (!path.startsWith('fields/')) throw badRequest(`Cannot filter or sort on '${path}': use id or fields/<column name>.`);
  const name = path.slice('fields/'.length);
  if (name === 'id' || name === 'ID') return { kind: 'id', indexed: true, read: (item) => item.id };
  if (name === 'Created') return { kind: 'dateTime', indexed: true, read: (item) => item.created };
  if (name === 'Modified') return { kind: 'dateTime', indexed: true, read: (item) => item.modified };
  const exact = list.columns.find((c) => c.name === name);
  const viaLookupId = !exact && name.endsWith('LookupId') ? list.columns.find((c) => `${c.name}LookupId` === name && (c.lookup || c.personOrGroup)) : undefined;
  const def = exact ?? viaLookupId;
  if (!def || def.readOnly) throw badRequest(`Field '${name}' is not recognized in '${list.displayName}'.`);
  const kind = columnKind(def);
  const column = def.name;
  const lookupText = exact && def.lookup ? { listId: def.lookup.listId, column: def.lookup.columnName ?? 'Title' } : undefined;
  return { kind, indexed: def.indexed === true, read: (item) => item.values[column], lookupText };
}

function coerceFor(kind: FieldRef['kind'], path: string, literal: Literal, lookupText: boolean, siteZone: string): Comparable | null {
  if (literal === null) return null;
  const wrong = (expected: string): never => {
    throw badRequest(`Invalid filter: ${path} is a ${kind} column; compare it with ${expected}, not ${JSON.stringify(literal)}.`);
  };
  switch (kind) {
    case 'id':
    case 'number':
    case 'lookup':
    case 'multiLookup':
    case 'person':
    case 'multiPerson':
      if (lookupText) return String(literal);
      if (typeof literal === 'number') return literal;
      if (typeof literal === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(literal)) return Number(literal);
      return wrong('a number');
    case 'boolean':
      if (typeof literal === 'boolean') return literal;
      if (literal === 1 || literal === 0) return literal === 1;
      return wrong('true, false, 1 or 0');
    case 'dateOnly':
    case 'dateTime': {
      const converted = typeof literal === 'string' ? (kind === 'dateOnly' ? toDateOnly(literal, siteZone) : toDateTime(literal)) : undefined;
      return converted ?? wrong("a quoted ISO date such as '2024-01-01T00:00:00Z'");
    }
    default:
      if (typeof literal !== 'string') return wrong('a quoted string');
      return literal;
  }
}

/** The predicate for `$filter`, or undefined without one. */
export function itemFilter(ctx: HandlerContext, list: StoredList): ((item: StoredItem) => boolean) | undefined {
  const source = option(ctx.request.query, 'filter');
  if (source === undefined) return undefined;
  const tree = parseFilter(source);
  const preferNonIndexed = (ctx.request.headers.prefer ?? '').toLowerCase().includes(PREFER_NON_INDEXED);
  for (const path of filterPaths(tree)) {
    const ref = fieldRef(list, path);
    if (!ref.indexed && !preferNonIndexed) {
      throw badRequest(`Field '${path.replace(/^fields\//, '')}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on lists with over 5,000 items.`);
    }
    // With the Prefer header SharePoint still refuses once the list passes the 5,000-item list view
    // threshold; we fail every time (not "randomly") so a client that relies on it is caught locally.
    if (!ref.indexed && (ctx.state.store.items.get(list.id)?.size ?? 0) > LIST_VIEW_THRESHOLD) {
      throw badRequest(`The attempted operation is prohibited because it exceeds the list view threshold (${LIST_VIEW_THRESHOLD} items): '${path.replace(/^fields\//, '')}' is not indexed in '${list.displayName}'. Index the column or filter on an indexed one.`);
    }
  }
  const items = ctx.state.store.items;
  return compileFilter<StoredItem>(tree, (path): PathBinding<StoredItem> => {
    const ref = fieldRef(list, path);
    const text = ref.lookupText;
    const read = text
      ? (item: StoredItem) => {
          const ids = item.values[path.slice('fields/'.length)];
          if (ids === undefined) return undefined;
          const titles = (Array.isArray(ids) ? ids : [ids]).map((id) => String(items.get(text.listId)?.get(Number(id))?.values[text.column] ?? ''));
          return Array.isArray(ids) ? titles : titles[0];
        }
      : ref.read;
    return { read, coerce: (literal) => coerceFor(ref.kind, path, literal, text !== undefined, ctx.state.timeZone.iana) };
  });
}

/** Empty values sort first ascending, as SharePoint does; text ignores case. */
function compareValues(x: StoredValue | undefined, y: StoredValue | undefined): number {
  if (x === y) return 0;
  if (x === undefined) return -1;
  if (y === undefined) return 1;
  const a = typeof x === 'object' ? x.join(',').toLowerCase() : typeof x === 'string' ? x.toLowerCase() : x;
  const b = typeof y === 'object' ? y.join(',').toLowerCase() : typeof y === 'string' ? y.toLowerCase() : y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts in place by `$orderby` (the issue asks for it; Graph does not document it for items). */
export function sortItems(list: StoredList, items: StoredItem[], keys: readonly OrderKey[]): void {
  const refs = keys.map((k) => ({ ref: fieldRef(list, k.path), descending: k.descending }));
  items.sort((a, b) => {
    for (const { ref, descending } of refs) {
      const x = ref.read(a);
      const y = ref.read(b);
      const order = compareValues(x, y);
      if (order === 0) continue;
      return descending ? -order : order;
    }
    return a.id - b.id;
  });
}

export function orderKeys(ctx: HandlerContext): OrderKey[] | undefined {
  const source = option(ctx.request.query, 'orderby');
  return source === undefined ? undefined : parseOrderBy(source);
}

const ITEM_PROPERTIES = new Set(['id', 'eTag', 'createdDateTime', 'lastModifiedDateTime', 'webUrl', 'createdBy', 'lastModifiedBy', 'parentReference', 'contentType', 'fields', 'sharepointIds']);

/** `$select` and `$expand=fields(...)` as render options; unknown names → 400. */
export function itemShape(ctx: HandlerContext, list: StoredList): { fields: boolean; fieldSelect?: ReadonlySet<string>; select?: string[] } {
  const select = parseSelect(option(ctx.request.query, 'select'));
  for (const name of select ?? []) {
    if (!ITEM_PROPERTIES.has(name)) throw badRequest(`Invalid $select: '${name}' is not a property of a list item; select fields with $expand=fields($select=${name}).`);
  }
  let fields = false;
  let fieldSelect: Set<string> | undefined;
  for (const expansion of parseExpand(option(ctx.request.query, 'expand'))) {
    if (expansion.name !== 'fields') throw badRequest(`Invalid $expand: '${expansion.name}' cannot be expanded on list items; only fields.`);
    fields = true;
    if (expansion.select) {
      for (const name of expansion.select) {
        if (!isKnownField(list, name)) throw badRequest(`Field '${name}' is not recognized in '${list.displayName}'.`);
      }
      fieldSelect = new Set(expansion.select);
    }
  }
  return { fields, fieldSelect, select };
}
