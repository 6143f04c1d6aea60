/**
 * What the local server stores. Column definitions are kept in Graph's own `columnDefinition`
 * shape (https://learn.microsoft.com/en-us/graph/api/resources/columndefinition), exactly as
 * provisioning posted them, so the server derives everything from what came over the wire.
 */

import type { RoleAssignment } from './roles';

/** A person as Graph's `identity` facet names them in `createdBy.user`. */
export interface UserRef {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
}

export interface ColumnDefinition {
  id: string;
  name: string;
  displayName: string;
  description?: string;
  required?: boolean;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  hidden?: boolean;
  readOnly?: boolean;
  columnGroup?: string;
  defaultValue?: { value: unknown };
  text?: { allowMultipleLines?: boolean; maxLength?: number; linesForEditing?: number; textType?: string; appendChangesToExistingText?: boolean };
  choice?: { allowTextEntry?: boolean; choices?: string[]; displayAs?: 'dropDownMenu' | 'checkBoxes' | 'radioButtons' };
  dateTime?: { format?: 'dateOnly' | 'dateTime'; displayAs?: string };
  number?: { decimalPlaces?: string | number; minimum?: number; maximum?: number; displayAs?: string };
  boolean?: Record<string, never>;
  personOrGroup?: { allowMultipleSelection?: boolean; chooseFromType?: string; displayAs?: string };
  lookup?: { listId: string; columnName?: string; allowMultipleValues?: boolean; allowUnlimitedLength?: boolean; primaryLookupColumnId?: string };
  /** The column's own rule (https://learn.microsoft.com/en-us/graph/api/resources/columnvalidation). */
  validation?: { formula?: string; descriptions?: { languageTag?: string; displayName?: string }[]; defaultLanguage?: string };
}

/** A stored value: text/choice/date → string, number, boolean, lookups/persons → ids, multi → arrays. */
export type StoredValue = string | number | boolean | readonly string[] | readonly number[];

export interface StoredItem {
  readonly id: number;
  /** SharePoint's item unique id: the first half of the eTag. */
  readonly guid: string;
  version: number;
  readonly created: string;
  modified: string;
  readonly createdBy: UserRef;
  modifiedBy: UserRef;
  values: Record<string, StoredValue>;
  /** Earlier versions, oldest first, kept while the list has versioning on (`items/{id}/versions`). */
  history?: ItemVersion[];
}

/** One earlier version of an item, as it was before a change. */
export interface ItemVersion {
  readonly version: number;
  readonly modified: string;
  readonly modifiedBy: UserRef;
  readonly values: Record<string, StoredValue>;
}

/** A SharePoint view, as `/_api/web/lists(guid'…')/views` makes it. */
export interface StoredView {
  Id: string;
  Title: string;
  ViewQuery: string;
  RowLimit: number;
  DefaultView: boolean;
  PersonalView: boolean;
  ViewFields: string[];
}

export interface StoredList {
  readonly id: string;
  readonly name: string;
  displayName: string;
  description: string;
  readonly created: string;
  modified: string;
  readonly createdBy: UserRef;
  columns: ColumnDefinition[];
  /** SharePoint `WriteSecurity`: 1 = edit all items, 2 = edit only items you created, 4 = none. */
  writeSecurity: 1 | 2 | 4;
  /** SharePoint `ReadSecurity`: 1 = read all items, 2 = read only items you created (absent = 1). */
  readSecurity?: 1 | 2;
  /** The list's own role assignments once inheritance is broken; absent = inherits the site's. */
  roleAssignments?: RoleAssignment[];
  /** SharePoint `EnableVersioning` and `MajorVersionLimit` (absent = off, 50). */
  enableVersioning?: boolean;
  majorVersionLimit?: number;
  views: StoredView[];
  nextItemId: number;
  /** SharePoint's list validation (`ValidationFormula`/`ValidationMessage`, set through SharePoint REST): a rule across columns. */
  validationFormula?: string;
  validationMessage?: string;
  /** Each field's column formatting (SharePoint REST `SP.Field.CustomFormatter`, JSON text), by internal name. */
  customFormatters?: Record<string, string>;
}

/** A posted chatMessage, kept exactly as posted plus the properties Graph adds. */
export type StoredMessage = Record<string, unknown> & { id: string; createdDateTime: string };
