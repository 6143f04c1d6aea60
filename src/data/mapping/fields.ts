import type { Draft } from '../../domain/model';
import { dateOnlyInstant, siteDateOf } from '../../domain/siteDates';
import { listSpec } from '../schema/lists';
import type { ColumnSpec, ListKey } from '../schema/types';
import { TEXT_MAX_LENGTH } from './columnDefinitions';
import { LIST_MAPPINGS, type Binding, type ListRecords } from './listMappings';

/** Graph's `fields` object of a list item (only ever seen inside src/data). */
export type GraphFields = Record<string, unknown>;

/** A list item as Graph returns it with `$expand=fields(...)`. */
export interface GraphListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly createdBy?: { readonly user?: GraphIdentity };
  readonly lastModifiedBy?: { readonly user?: GraphIdentity };
  readonly fields?: GraphFields;
}

interface GraphIdentity {
  readonly id?: string;
  readonly displayName?: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
}

/** One domain property with its column, resolved from the mapping declaration and the schema. */
export interface BoundProperty {
  readonly property: string;
  readonly column: ColumnSpec;
  readonly as?: 'lines' | 'list' | 'json';
}

/** Every list's built-in Title column, as the schema would declare it. */
function titleColumn(listKey: ListKey): ColumnSpec {
  return { name: 'Title', displayName: listSpec(listKey).titleDisplayName, kind: 'text', required: true, maxLength: TEXT_MAX_LENGTH };
}

const boundCache = new Map<ListKey, readonly BoundProperty[]>();

/** The properties of a list's records with their columns (the mapping joined with the schema). */
export function boundProperties(listKey: ListKey): readonly BoundProperty[] {
  const cached = boundCache.get(listKey);
  if (cached) return cached;
  const spec = listSpec(listKey);
  const properties = LIST_MAPPINGS[listKey].properties as Readonly<Record<string, Binding>>;
  const bound = Object.entries(properties).map(([property, binding]) => {
    const name = typeof binding === 'string' ? binding : binding.column;
    const column = name === 'Title' ? titleColumn(listKey) : spec.columns.find((c) => c.name === name);
    if (!column) throw new Error(`Mapping of ${listKey}.${property} names column ${name}, which the schema does not declare`);
    return typeof binding === 'string' ? { property, column } : { property, column, as: binding.as };
  });
  boundCache.set(listKey, bound);
  return bound;
}

/** The property bound to a domain property name, if any. */
export function boundProperty(listKey: ListKey, property: string): BoundProperty | undefined {
  return boundProperties(listKey).find((b) => b.property === property);
}

/** The key a column's value has in Graph's `fields` when read (`PlanLookupId` for a single lookup). */
export function readName(column: ColumnSpec): string {
  return column.kind === 'lookup' || column.kind === 'person' ? `${column.name}LookupId` : column.name;
}

/** Names for `$expand=fields($select=…)`: every mapped column of the list. */
export function selectedFields(listKey: ListKey): string[] {
  const names = new Set(boundProperties(listKey).map((b) => readName(b.column)));
  names.add('Title');
  return [...names];
}

/**
 * `YYYY-MM-DD` → the instant SharePoint keeps for that day: midnight in the site's time zone, in
 * UTC (1 July on a UK site is `2024-06-30T23:00:00Z`). See src/domain/siteDates.ts.
 */
export function dateOnlyToWire(date: string, timeZone: string = 'UTC'): string {
  return dateOnlyInstant(date.slice(0, 10), timeZone);
}

/** A date-only value read from Graph → `YYYY-MM-DD` on the site's calendar (never the UTC date). */
export function dateOnlyFromWire(raw: string, timeZone: string = 'UTC'): string {
  return raw.length > 10 ? siteDateOf(raw, timeZone) : raw.slice(0, 10);
}

/** How values are read and written on one site. */
export interface SiteOptions {
  /** The site's time zone (IANA), from its regional settings; date-only values are its midnights. Default UTC. */
  readonly timeZone?: string;
}

function lookupNumber(id: unknown): number {
  return Number(id);
}

/** One property's value in Graph's write format (`null` clears the column). */
function writeValue(bound: BoundProperty, value: unknown, fields: GraphFields, timeZone: string | undefined): void {
  const { column } = bound;
  const name = column.name;
  if (value === null || value === undefined) {
    // Clearing: lookups are cleared through their LookupId key.
    if (column.kind === 'lookup' || column.kind === 'person') fields[`${name}LookupId`] = null;
    else if (column.kind === 'multiLookup' || column.kind === 'multiPerson') {
      fields[`${name}LookupId@odata.type`] = 'Collection(Edm.Int32)';
      fields[`${name}LookupId`] = [];
    } else fields[name] = null;
    return;
  }
  if (bound.as === 'lines') {
    fields[name] = (value as readonly string[]).join('\n') || null;
    return;
  }
  if (bound.as === 'list') {
    fields[name] = (value as readonly string[]).join('; ') || null;
    return;
  }
  if (bound.as === 'json') {
    fields[name] = JSON.stringify(value);
    return;
  }
  switch (column.kind) {
    case 'lookup':
    case 'person':
      fields[`${name}LookupId`] = lookupNumber(value);
      return;
    case 'multiLookup':
    case 'multiPerson':
      // Multi-value lookups and people are written as item ids with their OData type
      // (`<Name>LookupId@odata.type: Collection(Edm.Int32)`); a person's id is their site user id.
      fields[`${name}LookupId@odata.type`] = 'Collection(Edm.Int32)';
      fields[`${name}LookupId`] = (value as readonly unknown[]).map(lookupNumber);
      return;
    case 'multiChoice':
      fields[`${name}@odata.type`] = 'Collection(Edm.String)';
      fields[name] = [...(value as readonly string[])];
      return;
    case 'dateOnly':
      fields[name] = dateOnlyToWire(String(value), timeZone);
      return;
    default:
      fields[name] = value;
  }
}

export interface ToFieldsOptions extends SiteOptions {
  /**
   * `create` (default): properties left undefined are not sent. `update`: a property present but
   * undefined or `null` clears its column; absent properties are not touched.
   */
  readonly mode?: 'create' | 'update';
}

/**
 * A record (or the changed part of one) in Graph's write format for `POST …/items { fields }` and
 * `PATCH …/items/{id}/fields`: lookups as `<Name>LookupId`, multi values with their `@odata.type`,
 * date-only as midnight UTC, `null` to clear.
 */
export function toFields<K extends ListKey>(listKey: K, record: Partial<Draft<ListRecords[K]>>, options: ToFieldsOptions = {}): GraphFields {
  const mode = options.mode ?? 'create';
  const values = record as Readonly<Record<string, unknown>>;
  const fields: GraphFields = {};
  for (const bound of boundProperties(listKey)) {
    if (!Object.prototype.hasOwnProperty.call(values, bound.property)) continue;
    const value = values[bound.property];
    if (value === undefined && mode === 'create') continue;
    writeValue(bound, value, fields, options.timeZone);
  }
  const titleOf = LIST_MAPPINGS[listKey].titleOf as ((d: Partial<Draft<ListRecords[K]>>) => string) | undefined;
  if (titleOf && mode === 'create') fields.Title = titleOf(record);
  return fields;
}

/** One column's value read from Graph's `fields` into the domain's shape (undefined when empty). */
function readValue(bound: BoundProperty, fields: GraphFields, timeZone: string | undefined): unknown {
  const { column } = bound;
  const raw = fields[readName(column)];
  if (bound.as === 'lines') {
    return typeof raw === 'string' ? raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : [];
  }
  if (bound.as === 'list') {
    return typeof raw === 'string' ? raw.split(';').map((l) => l.trim()).filter(Boolean) : [];
  }
  if (bound.as === 'json') {
    if (typeof raw !== 'string' || raw === '') return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      return raw; // a value someone typed in SharePoint by hand: keep their text
    }
  }
  switch (column.kind) {
    case 'multiLookup':
    case 'multiPerson': {
      // Read back as [{ LookupId, LookupValue }] (people also with Email); tolerate `<Name>LookupId: [..]` too.
      const list = Array.isArray(raw) ? raw : fields[`${column.name}LookupId`];
      if (!Array.isArray(list)) return [];
      return list.map((v) => String(typeof v === 'object' && v !== null ? (v as { LookupId: unknown }).LookupId : v));
    }
    case 'multiChoice':
      return Array.isArray(raw) ? raw.map(String) : [];
    case 'boolean':
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    case 'lookup':
    case 'person':
      return raw === undefined || raw === null || raw === '' ? undefined : String(raw);
    case 'number':
      return typeof raw === 'number' ? raw : raw === undefined || raw === null || raw === '' ? undefined : Number(raw);
    case 'dateOnly':
      return typeof raw === 'string' && raw !== '' ? dateOnlyFromWire(raw, timeZone) : undefined;
    default:
      return raw === undefined || raw === null || raw === '' ? undefined : String(raw);
  }
}

/** A Graph list item as the domain record of its list. */
export function toDomain<K extends ListKey>(listKey: K, item: GraphListItem, options: SiteOptions = {}): ListRecords[K] {
  const fields = item.fields ?? {};
  const record: Record<string, unknown> = {
    id: String(item.id),
    eTag: item.eTag ?? (fields['@odata.etag'] as string | undefined) ?? '',
    created: item.createdDateTime ?? '',
    modified: item.lastModifiedDateTime ?? '',
  };
  const createdBy = identityName(item.createdBy?.user);
  const modifiedBy = identityName(item.lastModifiedBy?.user);
  if (createdBy) record.createdBy = createdBy;
  if (item.createdBy?.user?.id) record.createdById = item.createdBy.user.id;
  if (modifiedBy) record.modifiedBy = modifiedBy;
  if (item.lastModifiedBy?.user?.id) record.modifiedById = item.lastModifiedBy.user.id;
  for (const bound of boundProperties(listKey)) {
    const value = readValue(bound, fields, options.timeZone);
    if (value !== undefined) record[bound.property] = value;
  }
  return record as unknown as ListRecords[K];
}

function identityName(user: GraphIdentity | undefined): string | undefined {
  return user?.email || user?.userPrincipalName || undefined;
}
