/**
 * Columns: `GET/POST /sites/{site}/lists/{list}/columns`, `GET/PATCH …/columns/{id-or-name}`
 * (https://learn.microsoft.com/en-us/graph/api/list-post-columns). Definitions are checked when
 * posted — one type facet, choices for choice columns, lookups pointing at an existing list —
 * and stored as posted so item writes can be validated against them.
 */
import { randomUUID } from 'node:crypto';
import { BUILT_IN_COLUMNS, facetsOf } from '../columns';
import { json, timestamp, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, nameAlreadyExists, notFound } from '../errors';
import type { ColumnDefinition, StoredList } from '../model';
import { requireRight } from '../permissions';
import { allColumns } from '../render';
import type { GraphStore } from '../store';
import { checkColumnFormula } from '../validate';
import { callerOf } from './items';
import { requireList } from './resolve';

const RESERVED = new Set(['id', 'title', 'created', 'modified', 'author', 'editor', 'contenttype', 'attachments', 'linktitle', 'edit']);

/** Checks a posted `columnDefinition` and completes it (id, name) for storing. */
export function checkColumnDefinition(input: unknown, list: Pick<StoredList, 'displayName' | 'columns'>, store: GraphStore, selfListId?: string): ColumnDefinition {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('A column definition must be a JSON object.');
  const def = { ...(input as Partial<ColumnDefinition>) };
  const name = def.name ?? def.displayName?.replace(/[^A-Za-z0-9_]/g, '');
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw badRequest(`Column name '${def.name ?? ''}' is not valid: use letters, digits and _ (no spaces).`);
  if (RESERVED.has(name.toLowerCase()) || list.columns.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw nameAlreadyExists(`A column named '${name}' already exists in '${list.displayName}'.`);
  }
  const facets = facetsOf(def);
  if (facets.length !== 1) throw badRequest(`Column '${name}' must have exactly one type facet (text, choice, dateTime, number, boolean, personOrGroup or lookup); it has ${facets.length ? facets.join(', ') : 'none'}.`);
  if (def.choice && (!Array.isArray(def.choice.choices) || def.choice.choices.length === 0 || def.choice.choices.some((c) => typeof c !== 'string'))) {
    throw badRequest(`Choice column '${name}' needs choice.choices: a non-empty array of text.`);
  }
  if (def.number && def.number.minimum !== undefined && def.number.maximum !== undefined && def.number.minimum > def.number.maximum) {
    throw badRequest(`Number column '${name}': minimum ${def.number.minimum} is above maximum ${def.number.maximum}.`);
  }
  if (def.lookup) {
    const target = def.lookup.listId;
    if (typeof target !== 'string' || (!store.lists.has(target) && target !== selfListId)) {
      throw badRequest(`Lookup column '${name}': lookup.listId '${String(target)}' is not a list on this site.`);
    }
    def.lookup = { ...def.lookup, columnName: def.lookup.columnName ?? 'Title' };
  }
  checkColumnFormula(list, { ...def, name } as ColumnDefinition);
  return {
    ...def,
    id: randomUUID(),
    name,
    displayName: def.displayName ?? name,
    description: def.description ?? '',
    required: def.required ?? false,
    indexed: def.indexed ?? false,
    enforceUniqueValues: def.enforceUniqueValues ?? false,
    hidden: def.hidden ?? false,
    readOnly: false,
    columnGroup: 'Custom Columns',
  } as ColumnDefinition;
}

function findColumn(list: StoredList, key: string): ColumnDefinition {
  const lower = key.toLowerCase();
  const column = allColumns(list).find((c) => c.id === lower || c.name.toLowerCase() === lower);
  if (!column) throw notFound(`Column '${key}' does not exist in '${list.displayName}'.`);
  return column;
}

export function listColumns(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  return json(200, { value: allColumns(list) });
}

export function getColumn(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  return json(200, findColumn(list, ctx.params.column));
}

export function createColumn(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  requireRight(callerOf(ctx), list, 'manageLists', `add columns to '${list.displayName}'`);
  const column = checkColumnDefinition(ctx.request.body, list, ctx.state.store, list.id);
  const now = timestamp(ctx.state.now());
  ctx.state.store.saveList({ ...list, columns: [...list.columns, column], modified: now });
  return json(201, column);
}

const PATCHABLE = ['displayName', 'description', 'required', 'indexed', 'enforceUniqueValues', 'hidden', 'defaultValue', 'text', 'choice', 'number', 'dateTime', 'validation'] as const;

export function updateColumn(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  requireRight(callerOf(ctx), list, 'manageLists', `change columns of '${list.displayName}'`);
  const column = findColumn(list, ctx.params.column);
  if (BUILT_IN_COLUMNS.includes(column)) throw badRequest(`Column '${column.name}' is built in and read-only.`);
  const body = ctx.request.body;
  if (typeof body !== 'object' || body === null) throw badRequest('Send the changed column properties as a JSON object.');
  const patch = body as Record<string, unknown>;
  const unknown = Object.keys(patch).filter((k) => !(PATCHABLE as readonly string[]).includes(k) && !k.startsWith('@odata.') && k !== 'id' && k !== 'name');
  if (unknown.length) throw badRequest(`Column property '${unknown[0]}' cannot be changed.`);
  const updated: ColumnDefinition = { ...column };
  for (const key of PATCHABLE) {
    if (!(key in patch)) continue;
    const value = patch[key];
    const current = updated[key];
    (updated as unknown as Record<string, unknown>)[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof current === 'object' && current !== null ? { ...current, ...value } : value;
  }
  checkColumnFormula(list, updated);
  ctx.state.store.saveList({ ...list, columns: list.columns.map((c) => (c === column ? updated : c)), modified: timestamp(ctx.state.now()) });
  return json(200, updated);
}

/** `DELETE …/columns/{id}` (https://learn.microsoft.com/en-us/graph/api/columndefinition-delete): Manage Lists. */
export function deleteColumn(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  requireRight(callerOf(ctx), list, 'manageLists', `delete columns of '${list.displayName}'`);
  const column = findColumn(list, ctx.params.column);
  if (BUILT_IN_COLUMNS.includes(column) || column.name === 'Title') throw badRequest(`Column '${column.name}' is built in and cannot be deleted.`);
  ctx.state.store.saveList({ ...list, columns: list.columns.filter((c) => c !== column), modified: timestamp(ctx.state.now()) });
  return { status: 204 };
}
