import type { ColumnSpec, ListKey, ListSpec } from '../schema/types';

/**
 * A Graph `columnDefinition` as sent to `POST /sites/{site}/lists` (`columns`) and
 * `POST /sites/{site}/lists/{list}/columns`.
 * https://learn.microsoft.com/graph/api/resources/columndefinition
 */
export interface ColumnDefinition {
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly defaultValue?: { readonly value: string };
  readonly text?: { readonly allowMultipleLines: boolean; readonly maxLength?: number; readonly textType?: 'plain' };
  readonly choice?: { readonly allowTextEntry: boolean; readonly choices: readonly string[]; readonly displayAs: 'dropDownMenu' | 'checkBoxes' };
  readonly dateTime?: { readonly format: 'dateOnly' | 'dateTime'; readonly displayAs?: 'standard' };
  readonly number?: { readonly decimalPlaces: NumberDecimalPlaces; readonly minimum?: number; readonly maximum?: number };
  readonly boolean?: Record<string, never>;
  readonly personOrGroup?: { readonly allowMultipleSelection: boolean; readonly chooseFromType: 'peopleOnly' };
  readonly lookup?: { readonly listId: string; readonly columnName: 'Title'; readonly allowMultipleValues: boolean };
  /** https://learn.microsoft.com/en-us/graph/api/resources/columnvalidation */
  readonly validation?: { readonly formula: string; readonly descriptions: readonly { readonly languageTag: string; readonly displayName: string }[]; readonly defaultLanguage: string };
}

/** Graph's `numberColumn.decimalPlaces` is a word, not a number. */
export type NumberDecimalPlaces = 'automatic' | 'none' | 'one' | 'two' | 'three' | 'four' | 'five';
const DECIMAL_WORDS: readonly NumberDecimalPlaces[] = ['none', 'one', 'two', 'three', 'four', 'five'];

/** SharePoint's single-line text limit. */
export const TEXT_MAX_LENGTH = 255;

/** Whether a column needs another list's id (so it can only be created once that list exists). */
export function isLookup(column: ColumnSpec): boolean {
  return column.kind === 'lookup' || column.kind === 'multiLookup';
}

/**
 * The Graph `columnDefinition` of one schema column: each kind becomes its one facet.
 * @param listIds - ids of the lists lookups point at (needed for lookup columns only).
 */
export function columnDefinition(column: ColumnSpec, listIds: Partial<Record<ListKey, string>> = {}): ColumnDefinition {
  const common = {
    name: column.name,
    displayName: column.displayName,
    ...(column.description ? { description: column.description } : {}),
    ...(column.required ? { required: true } : {}),
    ...(column.indexed ? { indexed: true } : {}),
    ...(column.unique ? { enforceUniqueValues: true } : {}),
    ...(column.defaultValue !== undefined ? { defaultValue: { value: defaultText(column.defaultValue) } } : {}),
  };
  switch (column.kind) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: column.maxLength ?? TEXT_MAX_LENGTH } };
    case 'note':
      return { ...common, text: { allowMultipleLines: true, textType: 'plain' } };
    case 'choice':
    case 'multiChoice':
      return { ...common, choice: { allowTextEntry: column.allowFillIn === true, choices: column.choices ?? [], displayAs: column.kind === 'multiChoice' ? 'checkBoxes' : 'dropDownMenu' } };
    case 'dateOnly':
    case 'dateTime':
      return { ...common, dateTime: { format: column.kind } };
    case 'number':
      return {
        ...common,
        // `decimalPlaces` only changes how SharePoint shows a number, not what it stores
        // (https://learn.microsoft.com/en-us/graph/api/resources/numbercolumn): a whole-number
        // column also needs a validation formula for SharePoint to refuse 2.5.
        ...(column.decimals === 0 ? { validation: wholeNumberRule(column) } : {}),
        number: {
          decimalPlaces: column.decimals === undefined ? 'automatic' : DECIMAL_WORDS[Math.min(column.decimals, 5)],
          ...(column.min !== undefined ? { minimum: column.min } : {}),
          ...(column.max !== undefined ? { maximum: column.max } : {}),
        },
      };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'person':
      return { ...common, personOrGroup: { allowMultipleSelection: false, chooseFromType: 'peopleOnly' } };
    case 'multiPerson':
      return { ...common, personOrGroup: { allowMultipleSelection: true, chooseFromType: 'peopleOnly' } };
    case 'lookup':
    case 'multiLookup': {
      const target = column.lookupList;
      const listId = target ? listIds[target] : undefined;
      if (!target || !listId) throw new RangeError(`Column ${column.name} looks up ${target ?? 'no list'}, whose id is not known yet`);
      return { ...common, lookup: { listId, columnName: 'Title', allowMultipleValues: column.kind === 'multiLookup' } };
    }
  }
}

/** The columns that can go into the list-create body (every column that is not a lookup). */
export function createListColumns(list: ListSpec): ColumnDefinition[] {
  return list.columns.filter((c) => !isLookup(c)).map((c) => columnDefinition(c));
}

/** The column validation that keeps a number whole (and lets it stay empty). */
function wholeNumberRule(column: ColumnSpec): NonNullable<ColumnDefinition['validation']> {
  return {
    // SharePoint formulas name columns by their display names.
    formula: `=OR(ISBLANK([${column.displayName}]),INT([${column.displayName}])=[${column.displayName}])`,
    descriptions: [{ languageTag: 'en-US', displayName: `${column.displayName} must be a whole number.` }],
    defaultLanguage: 'en-US',
  };
}

/** SharePoint stores defaults as text; booleans are "1"/"0" as in its own column XML. */
function defaultText(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}
