import { HubError, validationError, type FieldIssue } from '../../domain/errors';
import type { Draft } from '../../domain/model';
import type { IndexedFilter, ListRepository, LoadOptions, WriteManyOptions } from '../hub';
import { allOf, fieldEquals, graphPath, itemQueryString, type ODataValue } from '../graph/odata';
import { inFlight, readAllPages } from '../graph/paging';
import { MAX_BATCH, batchFailure, isSuccess, type BatchRequest, type GraphPipeline } from '../graph/pipeline';
import { boundProperties, boundProperty, dateOnlyToWire, readName, selectedFields, toDomain, toFields, type GraphListItem } from '../mapping/fields';
import type { ListRecords } from '../mapping/listMappings';
import { validate } from '../mapping/validate';
import { listSpec } from '../schema/lists';
import type { ListKey } from '../schema/types';
import type { ListDirectory } from './listDirectory';

/** Graph pages list items at up to 5,000 (community-confirmed; the default is 200). */
export const PAGE_SIZE = 5000;
/** `$batch` requests in flight at once during `createMany`: enough to hide latency, few enough not to be throttled. */
export const BATCHES_IN_FLIGHT = 4;

/**
 * The listItem properties each list's reads ask for: what `toDomain` maps, and who created or
 * changed an item only where a page shows or checks it. Everything else Graph would send
 * (`webUrl`, `parentReference`, `contentType`…) is most of each item's bytes.
 */
const BASE_ITEM_SELECT = ['id', 'eTag', 'createdDateTime', 'lastModifiedDateTime'] as const;
const IDENTITIES_READ: Partial<Record<ListKey, readonly string[]>> = {
  actions: ['lastModifiedBy'],
  actionUpdates: ['createdBy'],
  // A registration counts only if its last editor is the registrant or the event's organiser or
  // author (src/domain/events/registrationTrust.ts), so both lists say who wrote them.
  events: ['createdBy'],
  eventRegistrations: ['createdBy', 'lastModifiedBy'],
  skillRatings: ['createdBy'],
  leavingDates: ['createdBy'],
};

/** Item-level `$select` for reads of a list. */
export function itemSelect(listKey: ListKey): string[] {
  return [...BASE_ITEM_SELECT, ...(IDENTITIES_READ[listKey] ?? [])];
}

/** `…/items/delta` with the list's `$select`, `fields($select=…)` and large pages: the first request of a full enumeration. */
export function deltaPath(siteId: string, listId: string, listKey: ListKey): string {
  return graphPath('sites', siteId, 'lists', listId, 'items', 'delta') + itemQueryString({ itemSelect: itemSelect(listKey), select: selectedFields(listKey), top: PAGE_SIZE });
}

/**
 * The in-memory equivalent of `where`, for records already in a store: the same rule (indexed
 * columns only, so a page never relies on a filter SharePoint would refuse) and SharePoint's
 * comparison (text without regard to case; a multi-value column matches if any value does).
 */
export function recordMatcher<T>(listKey: ListKey, filter: IndexedFilter<T>): (record: T) => boolean {
  const entries = Object.entries(filter as Record<string, string | number | boolean | undefined>).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);
  for (const [property, value] of entries) filterColumn(listKey, property, value);
  const same = (a: unknown, b: string | number | boolean): boolean => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : String(a) === String(b));
  return (record) =>
    entries.every(([property, value]) => {
      const held = (record as Record<string, unknown>)[property];
      return Array.isArray(held) ? held.some((h) => same(h, value)) : same(held, value);
    });
}

function filterColumn(listKey: ListKey, property: string, value: string | number | boolean, timeZone = 'UTC'): { column: string; literal: ODataValue } {
  const listName = listSpec(listKey).displayName;
  const bound = boundProperty(listKey, property);
  if (!bound) throw new HubError('badRequest', `${listName} has no property "${property}" to filter on.`);
  const { column } = bound;
  if (!column.indexed) {
    throw new HubError('badRequest', `Cannot filter ${listName} by ${column.displayName}: the column is not indexed, and SharePoint refuses such filters past 5,000 items. Filter on an indexed column and narrow down in the app.`);
  }
  switch (column.kind) {
    case 'lookup':
    case 'person':
      return { column: readName(column), literal: Number(value) };
    case 'dateOnly':
      return { column: column.name, literal: dateOnlyToWire(String(value), timeZone) };
    default:
      return { column: column.name, literal: value };
  }
}

export interface RepositoryContext {
  readonly pipeline: GraphPipeline;
  readonly lists: ListDirectory;
  /** The site's time zone (IANA), asked for only by lists with date-only columns. Default UTC. */
  readonly timeZone?: () => Promise<string>;
}

/** The site's zone as one list's reads and writes need it: shared by its repository and its store. */
export interface SiteReading {
  /** Whether the list has date-only columns (values that are midnights in the site's zone). */
  readonly hasDates: boolean;
  /** Learns the site's zone before a read or write; lists without date-only columns never ask for it. */
  learn(): Promise<void>;
  /** The zone learnt so far (UTC until then, and always for lists without date-only columns). */
  zone(): string;
}

/** The `SiteReading` of one list of the hub whose zone `context.timeZone` gives. */
export function siteReading(context: Pick<RepositoryContext, 'timeZone'>, listKey: ListKey): SiteReading {
  const hasDates = listSpec(listKey).columns.some((c) => c.kind === 'dateOnly');
  let known = 'UTC';
  return {
    hasDates,
    async learn() {
      if (hasDates && context.timeZone) known = await context.timeZone();
    },
    zone: () => known,
  };
}

/**
 * Typed access to one SharePoint list through Graph: reads with `$expand=fields($select=…)` and
 * large pages, filters only on indexed columns, validates before writing, `If-Match` on updates,
 * `$batch` for many creates.
 */
export function createListRepository<K extends ListKey>(context: RepositoryContext, listKey: K, reading: SiteReading = siteReading(context, listKey)): ListRepository<ListRecords[K]> {
  type T = ListRecords[K];
  const { pipeline, lists } = context;
  const spec = listSpec(listKey);
  const listName = spec.displayName;
  const select = selectedFields(listKey);

  const itemsPath = async () => graphPath('sites', lists.siteId, 'lists', await lists.idOf(listKey), 'items');
  const itemPath = async (id: string) => graphPath('sites', lists.siteId, 'lists', await lists.idOf(listKey), 'items', id);
  const ready = reading.learn;
  const read = (item: GraphListItem) => toDomain(listKey, item, { timeZone: reading.zone() });
  const fieldsOf = (draft: Partial<Draft<T>>, mode: 'create' | 'update' = 'create') => toFields(listKey, draft, { mode, timeZone: reading.zone() });

  async function load(filter: string | undefined, what: string, options: LoadOptions = {}): Promise<T[]> {
    await ready();
    const path = (await itemsPath()) + itemQueryString({ itemSelect: itemSelect(listKey), select, filter, top: PAGE_SIZE });
    const items = await readAllPages<GraphListItem>(pipeline, path, { what, signal: options.signal, onPage: (loaded) => options.onProgress?.(loaded.length) });
    return items.map(read);
  }

  function assertValid(issues: readonly FieldIssue[], what: string): void {
    if (issues.length === 0) return;
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw validationError(`${what}: ${first.row !== undefined ? `row ${first.row}: ` : ''}${first.message}${more}`, issues);
  }

  /** A 400 from Graph naming one of our columns gets that property as a field issue. */
  function explained(error: unknown): unknown {
    if (!(error instanceof HubError) || error.code !== 'badRequest') return error;
    const bound = boundProperties(listKey).find((b) => error.message.includes(`'${b.column.name}`) || error.message.includes(`"${b.column.name}`));
    if (!bound) return error;
    return new HubError('badRequest', error.message, { ...error.details, issues: [{ field: bound.property, message: `${bound.column.displayName}: ${error.message}` }] });
  }

  async function deleteCreated(ids: readonly string[]): Promise<void> {
    const base = await itemsPath();
    const chunks = chunk(ids, MAX_BATCH);
    await inFlight(chunks, BATCHES_IN_FLIGHT, async (part) => {
      const answers = await pipeline.batch(part.map((id, i) => ({ id: String(i + 1), method: 'DELETE', url: `${base}/${encodeURIComponent(id)}` })), `Undoing the items just added to ${listName}`);
      const failed = answers.find((a) => !isSuccess(a) && a.status !== 404);
      if (failed) throw batchFailure(failed, `Undoing the items just added to ${listName}`);
    });
  }

  return {
    listKey,

    all(options) {
      return load(undefined, `Loading ${listName}`, options);
    },

    async where(filter: IndexedFilter<T>, options) {
      await ready();
      const entries = Object.entries(filter as Record<string, string | number | boolean | undefined>).filter((e): e is [string, string | number | boolean] => e[1] !== undefined);
      if (entries.length === 0) return load(undefined, `Loading ${listName}`, options);
      const conditions = entries.map(([property, value]) => {
        const { column, literal } = filterColumn(listKey, property, value, reading.zone());
        return fieldEquals(column, literal);
      });
      return load(allOf(conditions), `Finding items in ${listName}`, options);
    },

    async get(id) {
      await ready();
      const item = await pipeline.send<GraphListItem>({ method: 'GET', path: (await itemPath(id)) + itemQueryString({ select }), what: `Reading item ${id} of ${listName}` });
      return read(item);
    },

    async create(draft: Draft<T>) {
      const what = `Adding to ${listName}`;
      assertValid(validate(listKey, draft), what);
      await ready();
      try {
        const item = await pipeline.send<GraphListItem>({ method: 'POST', path: await itemsPath(), body: { fields: fieldsOf(draft) }, what });
        return read(item);
      } catch (error) {
        throw explained(error);
      }
    },

    async update(id, changes: Partial<Draft<T>>, eTag: string) {
      const what = `Saving item ${id} of ${listName}`;
      assertValid(validate(listKey, changes, { partial: true }), what);
      await ready();
      const fields = fieldsOf(changes, 'update');
      if (Object.keys(fields).length > 0) {
        try {
          await pipeline.send({ method: 'PATCH', path: `${await itemPath(id)}/fields`, body: fields, ifMatch: eTag, what });
        } catch (error) {
          throw explained(error);
        }
      }
      // PATCH …/fields answers with the fields only; read the item back for its eTag and who changed it.
      const item = await pipeline.send<GraphListItem>({ method: 'GET', path: (await itemPath(id)) + itemQueryString({ select }), what: `Reading item ${id} of ${listName}` });
      return read(item);
    },

    async remove(id, eTag) {
      await pipeline.send({ method: 'DELETE', path: await itemPath(id), ifMatch: eTag, what: `Deleting item ${id} of ${listName}` });
    },

    async createMany(drafts: readonly Draft<T>[], options: WriteManyOptions = {}) {
      const what = `Adding ${drafts.length} items to ${listName}`;
      assertValid(
        drafts.flatMap((d, i) => validate(listKey, d, { row: i + 1 })),
        what,
      );
      await ready();
      const base = await itemsPath();
      const chunks = chunk(
        drafts.map((d, i) => ({ draft: d, index: i })),
        MAX_BATCH,
      );
      const created: (T | undefined)[] = new Array(drafts.length);
      let written = 0;
      let firstError: unknown;
      try {
        await inFlight(chunks, BATCHES_IN_FLIGHT, async (part) => {
          options.signal?.throwIfAborted();
          const requests: BatchRequest[] = part.map(({ draft }, i) => ({
            id: String(i + 1),
            method: 'POST',
            url: base,
            headers: { 'Content-Type': 'application/json' },
            body: { fields: fieldsOf(draft) },
          }));
          const answers = await pipeline.batch(requests, what);
          let failure: unknown;
          answers.forEach((answer, i) => {
            const { index } = part[i];
            if (isSuccess(answer)) created[index] = read(answer.body as GraphListItem);
            else failure = failure ?? explained(batchFailure(answer, `${what}: row ${index + 1}`));
          });
          written += answers.filter(isSuccess).length;
          options.onProgress?.(written, drafts.length);
          if (failure) throw failure;
        });
      } catch (error) {
        firstError = error;
      }
      if (firstError === undefined) return created as T[];
      const made = created.filter((c): c is T => c !== undefined);
      if (options.atomic && made.length > 0) {
        await deleteCreated(made.map((c) => c.id));
        throw firstError;
      }
      if (firstError instanceof HubError && made.length > 0) {
        throw new HubError(firstError.code, `${firstError.message} ${made.length} of ${drafts.length} items were added before this failure.`, firstError.details);
      }
      throw firstError;
    },
  };
}

function chunk<I>(items: readonly I[], size: number): I[][] {
  const parts: I[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
