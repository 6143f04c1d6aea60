/**
 * OData query building for list items. Every literal is escaped and every path segment encoded
 * here, so no caller ever concatenates a person's text into a URL.
 * Graph: https://learn.microsoft.com/graph/query-parameters — string literals are single-quoted
 * with a quote doubled (`'O''Brien'`).
 */

/** A value that may appear on the right of `eq` in a filter. */
export type ODataValue = string | number | boolean | Date;

/**
 * One URL path segment, percent-encoded. Commas stay readable: Graph site ids are
 * `host,siteGuid,webGuid` and a comma is a legal path character (RFC 3986 `sub-delims`).
 */
export function pathSegment(raw: string): string {
  return encodeURIComponent(raw).replace(/%2C/gi, ',');
}

/** Joins path segments, encoding each one: `graphPath('sites', id, 'lists')`. */
export function graphPath(...segments: readonly string[]): string {
  return '/' + segments.map(pathSegment).join('/');
}

/** An OData literal: strings quoted with `'` doubled, numbers and booleans bare, dates as quoted UTC ISO. */
export function odataLiteral(value: ODataValue): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot filter on the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `'${value.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
}

/** Internal column names are letters, digits and underscores; anything else is a bug, not user input. */
function assertFieldName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`Not a column name: ${name}`);
  return name;
}

/** `fields/Name eq <literal>`. */
export function fieldEquals(field: string, value: ODataValue): string {
  return `fields/${assertFieldName(field)} eq ${odataLiteral(value)}`;
}

/** `startswith(fields/Name,'text')`. */
export function fieldStartsWith(field: string, prefix: string): string {
  return `startswith(fields/${assertFieldName(field)},${odataLiteral(prefix)})`;
}

/** Joins conditions with `and`, each bracketed so `or` inside one cannot leak. */
export function allOf(conditions: readonly string[]): string {
  return conditions.length === 1 ? conditions[0] : conditions.map((c) => `(${c})`).join(' and ');
}

/** What a list item read asks for. */
export interface ItemQuery {
  /** Internal names selected inside `$expand=fields(...)`. */
  readonly select?: readonly string[];
  /** Item-level properties (`$select=id,eTag,…`); without it Graph sends every listItem property. */
  readonly itemSelect?: readonly string[];
  readonly filter?: string;
  readonly top?: number;
}

/**
 * The query string of a list item read, every value percent-encoded (`?$expand=…&$top=…`).
 * `$`, `(`, `)`, `=`, `,` are left readable inside `$expand` (they are OData syntax, not data).
 */
export function itemQueryString(query: ItemQuery): string {
  const parts: string[] = [];
  const select = query.select?.map(assertFieldName);
  if (query.itemSelect && query.itemSelect.length > 0) parts.push(`$select=${query.itemSelect.map(assertFieldName).join(',')}`);
  parts.push(`$expand=${select && select.length > 0 ? `fields($select=${select.join(',')})` : 'fields'}`);
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  if (query.top !== undefined) parts.push(`$top=${Math.trunc(query.top)}`);
  return '?' + parts.join('&');
}
