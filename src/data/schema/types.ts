/**
 * The vocabulary of the list schema. One `ListSpec` per SharePoint list drives provisioning
 * (Graph `columnDefinition`s and SharePoint views), item mapping, validation and — through
 * provisioning over the wire — the local server. Nothing else restates a list's columns.
 */

/** Keys the code uses for lists; display names are what SharePoint users see. */
export type ListKey =
  | 'units'
  | 'people'
  | 'actionPlans'
  | 'actions'
  | 'actionUpdates'
  | 'events'
  | 'eventRegistrations'
  | 'skills'
  | 'skillRatings'
  | 'skillTargets'
  | 'leavingDates'
  | 'hubSettings'
  | 'announcements'
  | 'announcementReads'
  | 'sentCards';

/**
 * Column kinds, each mapping onto one Graph `columnDefinition` facet:
 * text / note → `text` (note = `allowMultipleLines`), choice / multiChoice → `choice`
 * (multi = `displayAs: checkBoxes`), dateOnly / dateTime → `dateTime`, number, boolean,
 * person / multiPerson → `personOrGroup` (users only), lookup / multiLookup → `lookup`.
 * No hyperlink kind: Graph cannot write Hyperlink columns ("invalidRequest", microsoft-graph-docs#12638),
 * so links are text columns with `format: 'url'`, validated as absolute http(s) URLs.
 */
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

export interface ColumnSpec {
  /** Internal name: the key in Graph's `fields` object (no spaces; never changes once provisioned). */
  readonly name: string;
  /** What a person sees as the column header in SharePoint. */
  readonly displayName: string;
  readonly kind: ColumnKind;
  readonly description?: string;
  readonly required?: boolean;
  /** Indexed so that `$filter` on it works past the 5,000-item list view threshold. */
  readonly indexed?: boolean;
  readonly unique?: boolean;
  /** choice / multiChoice: the offered values. */
  readonly choices?: readonly string[];
  /** choice / multiChoice: whether other values may be typed ("fill-in" choices). */
  readonly allowFillIn?: boolean;
  readonly defaultValue?: string | number | boolean;
  /** lookup / multiLookup: the list looked up (always its Title column). */
  readonly lookupList?: ListKey;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly maxLength?: number;
  /** text: what the text must look like (validated before any write). */
  readonly format?: 'url' | 'email';
}

/** A SharePoint list view; Graph has no views API, so these are made through SharePoint REST. */
export interface ViewSpec {
  readonly name: string;
  /** Internal column names shown, in order ('LinkTitle' for the linked Title). */
  readonly fields: readonly string[];
  /** CAML `<Where>`/`<OrderBy>`/`<GroupBy>` inner XML, as SharePoint's view `Query`. */
  readonly query?: string;
  readonly rowLimit?: number;
  readonly makeDefault?: boolean;
}

export interface ListSpec {
  readonly key: ListKey;
  /** The list's display name: fixed by ../shared/CONTRACTS.md for the core lists. */
  readonly displayName: string;
  readonly description: string;
  /** The built-in Title column, renamed to what it holds (e.g. "Action"). */
  readonly titleDisplayName: string;
  readonly columns: readonly ColumnSpec[];
  /**
   * SharePoint's item-level write setting ("Create items and edit items that were created by
   * the user", `WriteSecurity = 2`). Owners still edit everything.
   */
  readonly itemLevelWrite?: 'own';
  /**
   * What the site's Members may do, given by provisioning on the list's own permissions (it breaks
   * inheritance so that Members no longer have Edit, whose Manage Lists would let them delete the
   * list or turn item-level write off): `read` for owner-written lists, `contribute` (the default)
   * for lists members write. Owners keep Full Control, Visitors Read. See docs/rights.md.
   */
  readonly memberAccess?: 'read' | 'contribute';
  readonly views: readonly ViewSpec[];
  /**
   * A rule across columns that SharePoint checks on every save: the list's validation formula
   * (`ValidationFormula`/`ValidationMessage`, set through SharePoint REST — Graph has no API
   * for it). Columns are named as SharePoint formulas name them, by display name: `=[End]>=[Start]`.
   */
  readonly validation?: { readonly formula: string; readonly message: string };
  /**
   * One of the lists the hub's first release set up (plans, events, skills and their settings):
   * the tab cannot open without them, so a site lacking any is shown the set-up screen. A list added
   * in a later release leaves this unset: a site set up before it may not have it, and the tab still
   * opens — only what needs that list says so (`needsSetUp` in ./lists.ts).
   */
  readonly core?: true;
}
