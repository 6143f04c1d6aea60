/**
 * CAML view queries, evaluated as SharePoint evaluates them for a list view or
 * `POST /_api/web/lists(…)/GetItems` (`{ query: { ViewXml } }`), for the subset hub views use:
 * `<Where>` with `Eq`, `Neq`, `Lt`, `Leq`, `Gt`, `Geq`, `IsNull`, `IsNotNull`, `Contains`,
 * `BeginsWith`, `Includes`, `And`, `Or`; values of type Text, Note, Choice, Integer, Counter,
 * Number, Boolean, Lookup, User and DateTime (`<Today OffsetDays="n"/>`, compared by day on the
 * site's calendar unless `IncludeTimeValue="TRUE"`); `<UserID/>`, the viewer's site user id
 * (https://learn.microsoft.com/en-us/sharepoint/dev/schema/userid-element-query); `<OrderBy>`,
 * `<GroupBy>` (grouped items come together, in group order) and `<RowLimit>`.
 * On a multi-value lookup or person column, `Eq` matches an item when any of its values does (the
 * classic "Assigned To is [Me]" view of a Tasks list). Anything else is refused with the element's
 * name, so a view the local server cannot evaluate is never answered wrongly.
 * Schema: https://learn.microsoft.com/en-us/sharepoint/dev/schema/query-schema
 */
import { badRequest } from './errors';
import { columnKind, type ColumnKind } from './columns';
import { addDaysToDay, siteDateOf } from '../domain/siteDates';
import type { StoredItem, StoredList, StoredValue } from './model';

/** One XML element: name, attributes, child elements and its own text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]);

/** Parses well-formed XML without namespaces or DTDs (what CAML is); anything else is a 400. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw badRequest(`The CAML query is not well-formed XML: ${why} (at character ${at}).`);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at++;
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('expected an element');
    at++;
    const name = /^[A-Za-z_][\w.-]*/.exec(source.slice(at))?.[0] ?? fail('expected an element name');
    at += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(source.slice(at)) ?? fail(`bad attribute in <${name}>`);
      attrs[attr[1]] = decode(attr[3] ?? attr[4] ?? '');
      at += attr[0].length;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (at >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith('</', at)) {
        const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(source.slice(at)) ?? fail('bad closing tag');
        if (close[1] !== name) fail(`</${close[1]}> closes <${name}>`);
        at += close[0].length;
        return { name, attrs, children, text: decode(text).trim() };
      }
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else if (source[at] === '<') children.push(element());
      else {
        const next = source.indexOf('<', at);
        text += source.slice(at, next < 0 ? source.length : next);
        at = next < 0 ? source.length : next;
      }
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== source.length) fail('text after the root element');
  return root;
}

const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);

/** What a query needs to know beyond the items: who is asking, and the site's calendar. */
export interface CamlContext {
  /** The viewer's site user id (`<UserID/>`). */
  readonly userId: number;
  /** The site's time zone (IANA): `<Today/>` and date comparisons are days on its calendar. */
  readonly timeZone: string;
  readonly now: Date;
  /** The site user id of an item's author or last editor (Author/Editor columns). */
  siteUserIdOf(userId: string): number;
  /** The text a lookup shows (the looked-up item's column), for lookups compared by text. */
  lookupText(listId: string, column: string, id: number): string | undefined;
}

/** A list query ready to run: which items, in which order, how many. */
export interface CamlQuery {
  matches(item: StoredItem): boolean;
  compare(a: StoredItem, b: StoredItem): number;
  readonly rowLimit?: number;
}

interface Field {
  readonly kind: ColumnKind | 'id' | 'user';
  read(item: StoredItem): StoredValue | undefined;
  readonly lookup?: { readonly listId: string; readonly column: string };
}

function fieldOf(list: StoredList, ref: XmlElement | undefined, ctx: CamlContext): Field {
  const name = ref?.attrs.Name;
  if (!ref || ref.name !== 'FieldRef' || !name) throw badRequest('A CAML comparison needs <FieldRef Name="…"/> first.');
  if (name === 'ID') return { kind: 'id', read: (item) => item.id };
  if (name === 'Created') return { kind: 'dateTime', read: (item) => item.created };
  if (name === 'Modified') return { kind: 'dateTime', read: (item) => item.modified };
  if (name === 'Author') return { kind: 'user', read: (item) => ctx.siteUserIdOf(item.createdBy.id) };
  if (name === 'Editor') return { kind: 'user', read: (item) => ctx.siteUserIdOf(item.modifiedBy.id) };
  const def = list.columns.find((c) => c.name === name);
  if (!def) throw badRequest(`One or more field types are not installed properly: '${name}' is not a column of '${list.displayName}'.`);
  const kind = columnKind(def);
  return { kind, read: (item) => item.values[def.name], lookup: def.lookup ? { listId: def.lookup.listId, column: def.lookup.columnName ?? 'Title' } : undefined };
}

type Scalar = string | number | boolean;

/** The `<Value>` of a comparison as something to compare a field with. */
function valueOf(el: XmlElement | undefined, ctx: CamlContext): { readonly type: string; readonly value: Scalar; readonly withTime: boolean } {
  if (!el || el.name !== 'Value') throw badRequest('A CAML comparison needs a <Value Type="…"> after its <FieldRef/>.');
  const type = el.attrs.Type ?? 'Text';
  const withTime = (el.attrs.IncludeTimeValue ?? '').toUpperCase() === 'TRUE';
  const inner = el.children[0];
  if (inner?.name === 'UserID') return { type, value: ctx.userId, withTime };
  if (inner?.name === 'Today') {
    const today = siteDateOf(ctx.now.toISOString(), ctx.timeZone);
    return { type, value: addDaysToDay(today, Number(inner.attrs.OffsetDays ?? 0) || 0), withTime: false };
  }
  if (inner?.name === 'Now') return { type, value: ctx.now.toISOString(), withTime: true };
  if (inner) throw badRequest(`The local server cannot evaluate <${inner.name}> inside <Value>.`);
  if (type === 'Integer' || type === 'Counter' || type === 'Number' || type === 'User') {
    const n = Number(el.text);
    if (!Number.isFinite(n)) throw badRequest(`<Value Type="${type}"> holds '${el.text}', which is not a number.`);
    return { type, value: n, withTime };
  }
  if (type === 'Lookup') return { type, value: el.attrs.LookupId?.toUpperCase() === 'TRUE' ? Number(el.text) : el.text, withTime };
  if (type === 'Boolean') return { type, value: el.text === '1' || el.text.toLowerCase() === 'true', withTime };
  return { type, value: el.text, withTime };
}

/** A stored value as the things to compare with a `<Value>` (several for a multi-value column). */
function comparables(field: Field, raw: StoredValue | undefined, value: { readonly type: string; readonly value: Scalar; readonly withTime: boolean }, ctx: CamlContext): Scalar[] {
  if (raw === undefined) return [];
  const values = (Array.isArray(raw) ? raw : [raw]) as Scalar[];
  if ((field.kind === 'dateOnly' || field.kind === 'dateTime') && typeof raw === 'string') {
    return [value.withTime ? raw : siteDateOf(raw, ctx.timeZone)];
  }
  // A lookup compared by text (`Type="Lookup"` without LookupId) compares what it shows.
  if (field.lookup && typeof value.value === 'string') {
    const { listId, column } = field.lookup;
    return values.map((id) => ctx.lookupText(listId, column, Number(id)) ?? '');
  }
  return values;
}

function order(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

const COMPARISONS: Readonly<Record<string, (c: number) => boolean>> = {
  Eq: (c) => c === 0,
  Neq: (c) => c !== 0,
  Lt: (c) => c < 0,
  Leq: (c) => c <= 0,
  Gt: (c) => c > 0,
  Geq: (c) => c >= 0,
};

const KNOWN = new Set([...Object.keys(COMPARISONS), 'IsNull', 'IsNotNull', 'Includes', 'Contains', 'BeginsWith']);

function predicate(el: XmlElement, list: StoredList, ctx: CamlContext): (item: StoredItem) => boolean {
  if (el.name === 'And' || el.name === 'Or') {
    if (el.children.length !== 2) throw badRequest(`<${el.name}> takes exactly two conditions (nest them for more).`);
    const [left, right] = el.children.map((c) => predicate(c, list, ctx));
    return el.name === 'And' ? (item) => left(item) && right(item) : (item) => left(item) || right(item);
  }
  if (!KNOWN.has(el.name)) throw badRequest(`The local server cannot evaluate <${el.name}> in a CAML <Where>.`);
  const field = fieldOf(list, el.children[0], ctx);
  if (el.name === 'IsNull' || el.name === 'IsNotNull') {
    const empty = (item: StoredItem) => {
      const v = field.read(item);
      return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    };
    return el.name === 'IsNull' ? empty : (item) => !empty(item);
  }
  const value = valueOf(el.children[1], ctx);
  const test = COMPARISONS[el.name];
  if (test) {
    // Neq on a multi-value column: no value equals; the others: some value satisfies.
    if (el.name === 'Neq') return (item) => !comparables(field, field.read(item), value, ctx).some((v) => order(v, value.value) === 0);
    return (item) => comparables(field, field.read(item), value, ctx).some((v) => test(order(v, value.value)));
  }
  if (el.name === 'Includes') return (item) => comparables(field, field.read(item), value, ctx).some((v) => order(v, value.value) === 0);
  if (el.name === 'Contains' || el.name === 'BeginsWith') {
    const wanted = String(value.value).toLowerCase();
    return (item) =>
      comparables(field, field.read(item), value, ctx).some((v) => (el.name === 'Contains' ? String(v).toLowerCase().includes(wanted) : String(v).toLowerCase().startsWith(wanted)));
  }
  throw badRequest(`The local server cannot evaluate <${el.name}> in a CAML <Where>.`);
}

/**
 * A view's `<Query>` (or a `<View>` holding one, with its `<RowLimit>`) as a query over `list`'s
 * items for the viewer in `ctx`.
 */
export function camlQuery(xml: string, list: StoredList, ctx: CamlContext): CamlQuery {
  const trimmed = xml.trim();
  const root = parseXml(trimmed.startsWith('<View') || trimmed.startsWith('<Query') ? trimmed : `<Query>${trimmed}</Query>`);
  const query = root.name === 'View' ? child(root, 'Query') : root;
  const rowLimitText = root.name === 'View' ? child(root, 'RowLimit')?.text : undefined;
  const where = query ? child(query, 'Where') : undefined;
  if (where && where.children.length !== 1) throw badRequest('<Where> takes exactly one condition (join more with <And>/<Or>).');
  const matches = where ? predicate(where.children[0], list, ctx) : () => true;
  const keys = [...(query ? (child(query, 'GroupBy')?.children ?? []) : []), ...(query ? (child(query, 'OrderBy')?.children ?? []) : [])].map((ref) => ({
    field: fieldOf(list, ref, ctx),
    descending: (ref.attrs.Ascending ?? 'TRUE').toUpperCase() === 'FALSE',
  }));
  const first = (field: Field, item: StoredItem): Scalar | undefined => {
    const v = field.read(item);
    return (Array.isArray(v) ? v[0] : v) as Scalar | undefined;
  };
  const compare = (a: StoredItem, b: StoredItem): number => {
    for (const { field, descending } of keys) {
      const [x, y] = [first(field, a), first(field, b)];
      // Empty values sort first ascending, as SharePoint sorts them.
      const c = x === undefined ? (y === undefined ? 0 : -1) : y === undefined ? 1 : order(x, y);
      if (c !== 0) return descending ? -c : c;
    }
    return a.id - b.id;
  };
  const rowLimit = rowLimitText ? Number(rowLimitText) : undefined;
  return { matches, compare, rowLimit: rowLimit && Number.isInteger(rowLimit) && rowLimit > 0 ? rowLimit : undefined };
}
