import type { FieldIssue } from '../../domain/errors';
import type { Draft } from '../../domain/model';
import type { ColumnSpec, ListKey } from '../schema/types';
import { TEXT_MAX_LENGTH } from './columnDefinitions';
import { boundProperties, type BoundProperty } from './fields';
import type { ListRecords } from './listMappings';

export interface ValidateOptions {
  /** An update: only the properties present are checked, and required ones may not be cleared. */
  readonly partial?: boolean;
  /** 1-based row, for bulk input (imports, seeding): copied onto each issue. */
  readonly row?: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ITEM_ID = /^[1-9]\d*$/;

/**
 * Checks a record (or the changed part of one) against the schema before anything is sent: required
 * values, choices (unless fill-in is allowed), number ranges and whole numbers, text length, web
 * address and email formats, dates, and lookups naming an item id. Each issue names the property and
 * says, in the column's own words, what was expected.
 */
export function validate<K extends ListKey>(listKey: K, draft: Partial<Draft<ListRecords[K]>>, options: ValidateOptions = {}): FieldIssue[] {
  const values = draft as Readonly<Record<string, unknown>>;
  const issues: FieldIssue[] = [];
  for (const bound of boundProperties(listKey)) {
    const present = Object.prototype.hasOwnProperty.call(values, bound.property);
    if (options.partial && !present) continue;
    const message = checkValue(bound, values[bound.property]);
    if (message) issues.push({ field: bound.property, message, ...(options.row !== undefined ? { row: options.row } : {}) });
  }
  return issues;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function checkValue(bound: BoundProperty, value: unknown): string | undefined {
  const { column } = bound;
  const label = column.displayName;
  if (isEmpty(value)) return column.required ? `${label} is required.` : undefined;
  if (bound.as === 'lines') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `${label} must be a list of text lines.`;
    return value.some((v: string) => /[\r\n]/.test(v)) ? `${label}: each entry must be a single line.` : undefined;
  }
  if (bound.as === 'list') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || /[;\r\n]/.test(v))) return `${label} must be a list of short texts without semicolons.`;
    const joined = value.join('; ');
    return column.maxLength !== undefined && joined.length > column.maxLength ? `${label} is ${joined.length} characters long; at most ${column.maxLength} fit.` : undefined;
  }
  if (bound.as === 'json') {
    try {
      JSON.stringify(value);
      return undefined;
    } catch {
      return `${label} cannot be stored (it is not plain data).`;
    }
  }
  switch (column.kind) {
    case 'text':
    case 'note':
      return checkText(column, value);
    case 'choice':
      if (typeof value !== 'string') return `${label} must be one of: ${(column.choices ?? []).join(', ')}.`;
      return checkChoice(column, value);
    case 'multiChoice':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `${label} must be a list of choices.`;
      return value.map((v: string) => checkChoice(column, v)).find(Boolean);
    case 'number':
      return checkNumber(column, value);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${label} must be yes or no.`;
    case 'dateOnly':
      return typeof value === 'string' && isRealDate(value) ? undefined : `${label} must be a date written YYYY-MM-DD (got ${JSON.stringify(value)}).`;
    case 'dateTime':
      return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : `${label} must be a date and time in ISO form, e.g. 2025-03-14T09:30:00Z (got ${JSON.stringify(value)}).`;
    case 'lookup':
    case 'person':
      return isItemId(value) ? undefined : `${label} must name one item by its id (got ${JSON.stringify(value)}).`;
    case 'multiLookup':
    case 'multiPerson':
      return Array.isArray(value) && value.every(isItemId) ? undefined : `${label} must be a list of item ids.`;
  }
}

function checkText(column: ColumnSpec, value: unknown): string | undefined {
  const label = column.displayName;
  if (typeof value !== 'string') return `${label} must be text.`;
  const max = column.kind === 'text' ? column.maxLength ?? TEXT_MAX_LENGTH : column.maxLength;
  if (max !== undefined && value.length > max) return `${label} is ${value.length} characters long; at most ${max} fit.`;
  if (column.kind === 'text' && /[\r\n]/.test(value)) return `${label} must be a single line.`;
  if (column.format === 'url' && !isWebAddress(value)) return `${label} must be a web address starting with https:// or http:// (got "${value}").`;
  if (column.format === 'email' && !EMAIL.test(value)) return `${label} must be an email address like name@university.ac.uk (got "${value}").`;
  return undefined;
}

function checkChoice(column: ColumnSpec, value: string): string | undefined {
  const choices = column.choices ?? [];
  if (column.allowFillIn) return value.length > TEXT_MAX_LENGTH ? `${column.displayName} is too long (at most ${TEXT_MAX_LENGTH} characters).` : undefined;
  return choices.includes(value) ? undefined : `${column.displayName} must be one of: ${choices.join(', ')} (got "${value}").`;
}

function checkNumber(column: ColumnSpec, value: unknown): string | undefined {
  const label = column.displayName;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number.`;
  if (column.decimals === 0 && !Number.isInteger(value)) return `${label} must be a whole number.`;
  const { min, max } = column;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    if (min !== undefined && max !== undefined) return `${label} must be between ${min} and ${max} (got ${value}).`;
    return min !== undefined ? `${label} must be at least ${min} (got ${value}).` : `${label} must be at most ${max} (got ${value}).`;
  }
  return undefined;
}

function isRealDate(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isItemId(value: unknown): boolean {
  return (typeof value === 'string' && ITEM_ID.test(value)) || (typeof value === 'number' && Number.isInteger(value) && value > 0);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
