/**
 * Checks an item write (`POST …/items` `{ fields }`, `PATCH …/items/{id}/fields`) against the
 * stored column definitions and turns wire values into stored values. Nothing is written when
 * any field is wrong: the caller gets 400 invalidRequest naming the field and what was expected.
 * Wire format: https://learn.microsoft.com/en-us/graph/api/listitem-create — lookups and people
 * as `<Name>LookupId` (arrays with `@odata.type: Collection(Edm.Int32)` for multi).
 */
import { columnKind, IGNORED_WRITE_FIELDS, isLookupKind, type ColumnKind } from './columns';
import { dateOnlyInstant, siteDateOf } from '../domain/siteDates';
import { badRequest } from './errors';
import { parseFormula, type Formula } from './formula';
import type { ColumnDefinition, StoredList, StoredValue } from './model';

export interface WriteChecks {
  /** Whether list `listId` has item `id` (lookup targets must exist). */
  lookupExists(listId: string, id: number): boolean;
  /**
   * Whether `id` is a user of the site (an item of its User Information List): a Person column
   * holds site user ids, never Entra ids, and SharePoint refuses an id that is no user.
   */
  siteUserExists?(id: number): boolean;
  /** Whether another item (not `exceptId`) already holds `value` in `column`. */
  valueTaken(column: string, value: StoredValue, exceptId?: number): boolean;
  /** The site's time zone (IANA): date-only values are stored as its midnight. Default UTC. */
  readonly siteZone?: string;
}

const READ_ONLY = new Set(['Created', 'Modified', 'Author', 'Editor', 'AuthorLookupId', 'EditorLookupId', 'ID', '_UIVersionString', 'LinkTitle', 'Edit']);

/** SharePoint's date range: a DateTime field holds 1 January 1900 to 31 December 8900. */
export const DATE_RANGE = { minYear: 1900, maxYear: 8900 } as const;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * Whether `value` is an ISO 8601 date (`2027-02-28`) or date-time (`2027-02-28T10:00:00Z`) that
 * exists on the calendar and lies in SharePoint's range: no 30 February, no 25 o'clock, no
 * minute 60, no offset past ±14:00. `Date.parse` alone would roll `2027-02-30` over to 2 March.
 */
export function isCalendarValid(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < DATE_RANGE.minYear || year > DATE_RANGE.maxYear || month < 1 || month > 12) return false;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59 || (Number(m[8]) === 14 && Number(m[9]) > 0))) return false;
  return true;
}

/**
 * A date-only value as SharePoint Online stores it: midnight of the day in the site's time zone
 * (`siteZone`, IANA), as a UTC instant. `2024-07-01` (or a date-time without an offset) is that
 * day; an instant with `Z` or an offset is first read on the site's calendar, so writing back what
 * was read keeps the day (London: `2024-06-30T23:00:00Z` → 1 July → `2024-06-30T23:00:00Z`).
 */
export function toDateOnly(value: string, siteZone = 'UTC'): string | undefined {
  if (!isCalendarValid(value)) return undefined;
  const m = ISO_DATE_TIME.exec(value.trim()) as RegExpExecArray;
  const day = m[7] ? siteDateOf(new Date(Date.parse(value.trim())).toISOString(), siteZone) : `${m[1]}-${m[2]}-${m[3]}`;
  return dateOnlyInstant(day, siteZone);
}

/** Any parseable ISO date-time → `2024-07-26T09:30:00Z` (Graph returns whole seconds in UTC). */
export function toDateTime(value: string): string | undefined {
  if (!isCalendarValid(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fail(list: StoredList, column: string, expected: string, value: unknown): never {
  throw badRequest(`Field '${column}' in '${list.displayName}': expected ${expected}, got ${JSON.stringify(value)}.`);
}

function toLookupId(list: StoredList, def: ColumnDefinition, value: unknown, checks: WriteChecks): number {
  const id = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) fail(list, `${def.name}LookupId`, 'a positive whole-number item id', value);
  if (def.lookup && !checks.lookupExists(def.lookup.listId, id)) {
    throw badRequest(`Field '${def.name}LookupId' in '${list.displayName}': there is no item ${id} in the list it looks up.`);
  }
  if (def.personOrGroup && checks.siteUserExists && !checks.siteUserExists(id)) {
    throw badRequest(`Field '${def.name}LookupId' in '${list.displayName}': ${id} is not a user of this site. Person columns hold site user ids (POST /_api/web/ensureuser gives a person's).`);
  }
  return id;
}

function convert(list: StoredList, def: ColumnDefinition, kind: ColumnKind, value: unknown, checks: WriteChecks): StoredValue {
  switch (kind) {
    case 'text':
    case 'note': {
      if (typeof value !== 'string') fail(list, def.name, 'text', value);
      const max = def.text?.maxLength ?? (kind === 'text' ? 255 : 63999);
      if (value.length > max) throw badRequest(`Field '${def.name}' in '${list.displayName}' is ${value.length} characters long; at most ${max} are allowed.`);
      return value;
    }
    case 'choice': {
      if (typeof value !== 'string') fail(list, def.name, 'one choice as text', value);
      checkChoice(list, def, value);
      return value;
    }
    case 'multiChoice': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(list, def.name, 'an array of choices', value);
      for (const v of value as string[]) checkChoice(list, def, v);
      return value as string[];
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(list, def.name, 'a number', value);
      const { minimum, maximum } = def.number ?? {};
      if (minimum !== undefined && value < minimum) throw badRequest(`Field '${def.name}' in '${list.displayName}': ${value} is below the minimum ${minimum}.`);
      if (maximum !== undefined && value > maximum) throw badRequest(`Field '${def.name}' in '${list.displayName}': ${value} is above the maximum ${maximum}.`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail(list, def.name, 'true or false', value);
      return value;
    case 'dateOnly':
    case 'dateTime': {
      const converted = typeof value === 'string' ? (kind === 'dateOnly' ? toDateOnly(value, checks.siteZone) : toDateTime(value)) : undefined;
      if (!converted) fail(list, def.name, `an ISO 8601 date that exists on the calendar (years ${DATE_RANGE.minYear}–${DATE_RANGE.maxYear}), such as '2024-07-26T09:30:00Z'`, value);
      return converted;
    }
    case 'lookup':
    case 'person':
      return toLookupId(list, def, value, checks);
    case 'multiLookup':
    case 'multiPerson': {
      if (!Array.isArray(value)) fail(list, `${def.name}LookupId`, 'an array of item ids (with @odata.type Collection(Edm.Int32))', value);
      return [...new Set(value.map((v) => toLookupId(list, def, v, checks)))];
    }
  }
}

function checkChoice(list: StoredList, def: ColumnDefinition, value: string): void {
  const choices = def.choice?.choices ?? [];
  if (!def.choice?.allowTextEntry && !choices.includes(value)) {
    throw badRequest(`Field '${def.name}' in '${list.displayName}': '${value}' is not one of the choices (${choices.join(', ')}).`);
  }
}

/** A column's default (`defaultValue.value` is text on the wire) as a stored value. */
function defaultOf(def: ColumnDefinition, kind: ColumnKind): StoredValue | undefined {
  const raw = def.defaultValue?.value;
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (kind) {
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'boolean':
      return raw === true || raw === '1' || raw === 'true' || raw === 'TRUE';
    case 'multiChoice':
      return Array.isArray(raw) ? (raw as string[]) : [String(raw)];
    case 'choice':
    case 'text':
    case 'note':
      return String(raw);
    default:
      return undefined;
  }
}

/**
 * The changes a write makes: stored values, and `null` for cleared fields. On create, defaults
 * are applied and required columns checked; on update, a required column cannot be cleared.
 */
export function prepareWrite(
  list: StoredList,
  input: unknown,
  mode: 'create' | 'update',
  checks: WriteChecks,
  exceptId?: number,
): Record<string, StoredValue | null> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badRequest(mode === 'create' ? 'Send the new item as { "fields": { … } }.' : 'Send the changed fields as a JSON object.');
  }
  const byName = new Map(list.columns.map((c) => [c.name, c]));
  const changes: Record<string, StoredValue | null> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key.includes('@odata.') || IGNORED_WRITE_FIELDS.has(key)) continue;
    if (READ_ONLY.has(key)) throw badRequest(`Field '${key}' is read-only.`);
    let def = byName.get(key);
    if (def && isLookupKind(columnKind(def))) {
      throw badRequest(`Field '${key}' in '${list.displayName}' is a lookup: write '${key}LookupId' with the item id.`);
    }
    if (!def && key.endsWith('LookupId')) {
      const base = byName.get(key.slice(0, -'LookupId'.length));
      if (base && isLookupKind(columnKind(base))) def = base;
    }
    if (!def || def.readOnly) {
      const near = list.columns.find((c) => c.name.toLowerCase() === key.toLowerCase());
      throw badRequest(`Field '${key}' is not recognized${near ? ` (did you mean '${near.name}'?)` : ''} in '${list.displayName}'.`);
    }
    const kind = columnKind(def);
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (def.required) throw badRequest(`Field '${def.name}' in '${list.displayName}' is required and cannot be cleared.`);
      changes[def.name] = null;
      continue;
    }
    changes[def.name] = convert(list, def, kind, value, checks);
  }
  if (mode === 'create') {
    for (const def of list.columns) {
      if (def.readOnly || def.name in changes) continue;
      const fallback = defaultOf(def, columnKind(def));
      if (fallback !== undefined) changes[def.name] = fallback;
      else if (def.required) throw badRequest(`Field '${def.name}' in '${list.displayName}' is required.`);
    }
    for (const def of list.columns) {
      if (def.required && changes[def.name] === null) throw badRequest(`Field '${def.name}' in '${list.displayName}' is required.`);
    }
  }
  for (const def of list.columns) {
    const value = changes[def.name];
    if (def.enforceUniqueValues && value !== undefined && value !== null && checks.valueTaken(def.name, value, exceptId)) {
      throw badRequest(`Field '${def.name}' in '${list.displayName}' must be unique; another item already has ${JSON.stringify(value)}.`);
    }
  }
  return changes;
}

/** A formula's `[Column]` references resolved to internal names (SharePoint formulas may use display names). */
function resolveColumns(list: StoredList, formula: Formula, allowed?: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const ref of formula.columns) {
    const def = list.columns.find((c) => c.name === ref) ?? list.columns.find((c) => (c.displayName ?? c.name).toLowerCase() === ref.toLowerCase());
    if (!def) throw badRequest(`The validation formula refers to [${ref}], which is not a column of '${list.displayName}'.`);
    if (allowed && !allowed.includes(def.name)) throw badRequest(`A column's validation formula may refer only to that column, not to [${ref}]; put rules across columns in the list's validation formula.`);
    names.set(ref, def.name);
  }
  return names;
}

/** Checks a column's validation formula when it is defined: readable, and about that column alone. */
export function checkColumnFormula(list: Pick<StoredList, 'displayName' | 'columns'>, def: ColumnDefinition): void {
  const formula = def.validation?.formula;
  if (formula === undefined || formula === null || formula === '') return;
  if (typeof formula !== 'string') throw badRequest(`Column '${def.name}': validation.formula must be text.`);
  resolveColumns({ ...list, columns: [...list.columns.filter((c) => c.name !== def.name), def] } as StoredList, parseFormula(formula), [def.name]);
}

/** Checks a list validation formula when it is set: readable, and naming only the list's columns. */
export function checkListFormula(list: StoredList, formula: string): void {
  resolveColumns(list, parseFormula(formula));
}

/** Stored formulas, parsed once: every item save evaluates them, and a formula's text is all its parse depends on. */
const parsed = new Map<string, Formula>();
function storedFormula(source: string): Formula {
  let formula = parsed.get(source);
  if (!formula) {
    formula = parseFormula(source);
    parsed.set(source, formula);
  }
  return formula;
}

const test = (list: StoredList, source: string, values: Readonly<Record<string, unknown>>): boolean => {
  const formula = storedFormula(source);
  const names = resolveColumns(list, formula);
  const byRef: Record<string, unknown> = {};
  for (const [ref, name] of names) byRef[ref] = values[name];
  return formula.test(byRef);
};

/**
 * The rules SharePoint applies when an item is saved, after the field checks: each column's
 * validation formula, then the list's (https://support.microsoft.com/office/examples-of-common-formulas-in-lists-d81f5f21-2b4e-45ce-b170-bc3ea2b8c8f3).
 * 400 with the rule's own message when one fails, so nothing is written.
 */
export function checkValidationRules(list: StoredList, values: Readonly<Record<string, StoredValue>>): void {
  for (const def of list.columns) {
    const formula = def.validation?.formula;
    if (!formula || test(list, formula, values)) continue;
    const message = def.validation?.descriptions?.find((d) => d.displayName)?.displayName;
    throw badRequest(`Field '${def.name}' in '${list.displayName}': ${message ?? `the value does not meet the column's validation formula ${formula}`}`);
  }
  if (list.validationFormula && !test(list, list.validationFormula, values)) {
    throw badRequest(`List data validation failed in '${list.displayName}': ${list.validationMessage || `the item does not meet the list's validation formula ${list.validationFormula}`}`);
  }
}
