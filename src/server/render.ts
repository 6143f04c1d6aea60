/**
 * How items, lists and columns read back on the wire (Graph v1.0 listItem, list,
 * columnDefinition). Field values: text/choice → string, number, boolean, dates → ISO string,
 * single lookup/person → `<Name>LookupId: "13"`, multi lookup → `[{ LookupId, LookupValue }]`,
 * multi choice → array with `@odata.type`; empty values are omitted
 * (https://learn.microsoft.com/en-us/graph/api/resources/listitem).
 */
import { BUILT_IN_COLUMNS, columnKind, type ColumnKind } from './columns';
import type { ServerState } from './context';
import { etagOf } from './etag';
import type { ColumnDefinition, StoredItem, StoredList } from './model';
import { siteUserById } from './permissions';

interface FieldPlan {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly lookupListId?: string;
  readonly lookupColumn: string;
}

const plans = new WeakMap<ColumnDefinition[], FieldPlan[]>();

/** Per-list render plan, cached until the columns array is replaced (columns change rarely). */
function planFor(list: StoredList): FieldPlan[] {
  let plan = plans.get(list.columns);
  if (!plan) {
    plan = list.columns.filter((c) => !c.readOnly).map((c) => ({ name: c.name, kind: columnKind(c), lookupListId: c.lookup?.listId, lookupColumn: c.lookup?.columnName ?? 'Title' }));
    plans.set(list.columns, plan);
  }
  return plan;
}

const BUILT_IN_FIELDS = new Set(['id', 'ID', 'Created', 'Modified', 'ContentType', '_UIVersionString', 'Attachments', 'Edit', 'LinkTitle']);

/** Whether `$select` inside `fields(...)` names something a list has (unknown names → 400). */
export function isKnownField(list: StoredList, name: string): boolean {
  if (BUILT_IN_FIELDS.has(name) || BUILT_IN_COLUMNS.some((c) => c.name === name)) return true;
  if (name === 'AuthorLookupId' || name === 'EditorLookupId') return true;
  return list.columns.some((c) => c.name === name || `${c.name}LookupId` === name);
}

function lookupValue(state: ServerState, listId: string | undefined, column: string, id: number): string {
  if (!listId) {
    return siteUserById(state.directory, id)?.displayName ?? '';
  }
  const value = state.store.items.get(listId)?.get(id)?.values[column];
  return value === undefined ? '' : String(value);
}

/** The `fields` object of an item, optionally limited to `select`. */
export function renderFields(state: ServerState, list: StoredList, item: StoredItem, select?: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etagOf(item), id: String(item.id) };
  const wants = (name: string): boolean => !select || select.has(name);
  for (const field of planFor(list)) {
    const value = item.values[field.name];
    if (value === undefined) continue;
    switch (field.kind) {
      case 'lookup':
      case 'person':
        if (wants(field.name) || wants(`${field.name}LookupId`)) out[`${field.name}LookupId`] = String(value);
        break;
      case 'multiLookup':
      case 'multiPerson':
        if (wants(field.name) || wants(`${field.name}LookupId`)) {
          // A multi-person value also carries each person's Email, as Graph returns it.
          out[field.name] = (value as number[]).map((id) =>
            field.kind === 'multiLookup'
              ? { LookupId: id, LookupValue: lookupValue(state, field.lookupListId, field.lookupColumn, id) }
              : { LookupId: id, LookupValue: lookupValue(state, undefined, field.lookupColumn, id), Email: siteUserById(state.directory, id)?.mail ?? '' },
          );
        }
        break;
      case 'multiChoice':
        if (wants(field.name)) {
          out[`${field.name}@odata.type`] = 'Collection(Edm.String)';
          out[field.name] = value;
        }
        break;
      default:
        if (wants(field.name)) out[field.name] = value;
    }
  }
  if (wants('Created')) out.Created = item.created;
  if (wants('Modified')) out.Modified = item.modified;
  if (wants('ContentType')) out.ContentType = 'Item';
  if (wants('_UIVersionString')) out._UIVersionString = `${item.version}.0`;
  return out;
}

export const listWebUrl = (state: ServerState, list: StoredList): string => `${state.baseUrl}/Lists/${encodeURIComponent(list.name)}`;

export interface ItemShape {
  readonly fields?: boolean;
  readonly fieldSelect?: ReadonlySet<string>;
  readonly select?: readonly string[];
}

const itemJson = new WeakMap<StoredItem, { key: string; json: string }>();

/**
 * `JSON.stringify(renderItem(...))`, kept per item until the item is replaced by a write (items
 * are immutable values) or the shape, base URL or — for lists with multi-lookups, whose
 * `LookupValue`s come from other items — any item changes.
 */
export function renderItemJson(state: ServerState, list: StoredList, item: StoredItem, shape: ItemShape, shapeKey: string): string {
  const dependsOnOthers = shape.fields === true && planFor(list).some((f) => f.kind === 'multiLookup' || f.kind === 'multiPerson');
  const key = `${state.baseUrl}|${shapeKey}|${planId(list)}|${dependsOnOthers ? state.store.currentSeq() : ''}`;
  const cached = itemJson.get(item);
  if (cached && cached.key === key) return cached.json;
  const json = JSON.stringify(renderItem(state, list, item, shape));
  itemJson.set(item, { key, json });
  return json;
}

const planIds = new WeakMap<ColumnDefinition[], number>();
let nextPlanId = 1;
function planId(list: StoredList): number {
  let id = planIds.get(list.columns);
  if (id === undefined) {
    id = nextPlanId++;
    planIds.set(list.columns, id);
  }
  return id;
}

/** A listItem resource; `fields` only when expanded, top-level `$select` honoured. */
export function renderItem(
  state: ServerState,
  list: StoredList,
  item: StoredItem,
  options: ItemShape = {},
): Record<string, unknown> {
  const listUrl = listWebUrl(state, list);
  const out: Record<string, unknown> = {
    '@odata.etag': etagOf(item),
    createdDateTime: item.created,
    eTag: etagOf(item),
    id: String(item.id),
    lastModifiedDateTime: item.modified,
    webUrl: `${listUrl}/DispForm.aspx?ID=${item.id}`,
    createdBy: { user: item.createdBy },
    lastModifiedBy: { user: item.modifiedBy },
    parentReference: { id: list.id, siteId: siteIdOf(state) },
    contentType: { id: '0x01', name: 'Item' },
  };
  if (options.select) {
    for (const key of Object.keys(out)) if (key !== '@odata.etag' && !options.select.includes(key)) delete out[key];
  }
  if (options.fields) out.fields = renderFields(state, list, item, options.fieldSelect);
  return out;
}

/** The site id Graph uses: `{hostname},{site collection id},{web id}`. */
export const siteIdOf = (state: ServerState): string => `localhost,${state.store.siteCollectionId},${state.store.webId}`;

export function renderList(state: ServerState, list: StoredList, withColumns = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '@odata.etag': `"${list.id},${list.columns.length}"`,
    createdDateTime: list.created,
    description: list.description,
    eTag: `"${list.id},${list.columns.length}"`,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.name,
    webUrl: listWebUrl(state, list),
    displayName: list.displayName,
    createdBy: { user: list.createdBy },
    parentReference: { siteId: siteIdOf(state) },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
  };
  if (withColumns) out.columns = allColumns(list);
  return out;
}

/** Title and the list's own columns, then SharePoint's read-only built-ins. */
export const allColumns = (list: StoredList): ColumnDefinition[] => [...list.columns, ...BUILT_IN_COLUMNS];
