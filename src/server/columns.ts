/**
 * Column kinds read off a Graph `columnDefinition`, and SharePoint's built-in columns every
 * generic list has (their GUIDs are SharePoint's fixed field ids).
 */
import type { ColumnDefinition } from './model';

export type ColumnKind =
  | 'text'
  | 'note'
  | 'choice'
  | 'multiChoice'
  | 'dateOnly'
  | 'dateTime'
  | 'number'
  | 'boolean'
  | 'person'
  | 'multiPerson'
  | 'lookup'
  | 'multiLookup';

const FACETS = ['text', 'choice', 'dateTime', 'number', 'boolean', 'personOrGroup', 'lookup'] as const;

/** The facet names a definition carries (exactly one is valid). */
export function facetsOf(def: Partial<ColumnDefinition>): string[] {
  return FACETS.filter((f) => def[f] !== undefined && def[f] !== null);
}

export function columnKind(def: ColumnDefinition): ColumnKind {
  if (def.text) return def.text.allowMultipleLines ? 'note' : 'text';
  if (def.choice) return def.choice.displayAs === 'checkBoxes' ? 'multiChoice' : 'choice';
  if (def.dateTime) return def.dateTime.format === 'dateOnly' ? 'dateOnly' : 'dateTime';
  if (def.number) return 'number';
  if (def.boolean) return 'boolean';
  if (def.personOrGroup) return def.personOrGroup.allowMultipleSelection ? 'multiPerson' : 'person';
  if (def.lookup) return def.lookup.allowMultipleValues ? 'multiLookup' : 'lookup';
  return 'text';
}

export const isLookupKind = (kind: ColumnKind): boolean => kind === 'lookup' || kind === 'multiLookup' || kind === 'person' || kind === 'multiPerson';
export const isMultiKind = (kind: ColumnKind): boolean => kind === 'multiChoice' || kind === 'multiLookup' || kind === 'multiPerson';

/** SharePoint's Title field id (the same on every list). */
export const TITLE_COLUMN_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

export function titleColumn(): ColumnDefinition {
  return { id: TITLE_COLUMN_ID, name: 'Title', displayName: 'Title', required: false, indexed: false, enforceUniqueValues: false, hidden: false, readOnly: false, columnGroup: 'Custom Columns', text: { allowMultipleLines: false, maxLength: 255 } };
}

/** Read-only columns Graph lists on every generic list; items carry them as built-in fields. */
export const BUILT_IN_COLUMNS: readonly ColumnDefinition[] = ([
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', displayName: 'ID', readOnly: true, indexed: true, number: {} },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', displayName: 'Modified', readOnly: true, indexed: true, dateTime: { format: 'dateTime' } },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', displayName: 'Created', readOnly: true, indexed: true, dateTime: { format: 'dateTime' } },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', displayName: 'Created By', readOnly: true, indexed: false, personOrGroup: {} },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', displayName: 'Modified By', readOnly: true, indexed: false, personOrGroup: {} },
] as ColumnDefinition[]).map((c) => ({ ...c, hidden: false, required: false, columnGroup: '_Hidden' }));

/** Field names a write may carry but that are not columns (ignored, as Graph does with annotations). */
export const IGNORED_WRITE_FIELDS = new Set(['id', '@odata.etag', 'ContentType', 'Attachments']);
