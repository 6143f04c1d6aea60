import { missingListError } from '../../domain/errors';
import { graphPath } from '../graph/odata';
import { readAllPages } from '../graph/paging';
import type { GraphPipeline } from '../graph/pipeline';
import { LISTS, listSpec } from '../schema/lists';
import type { ListKey } from '../schema/types';

/** A list as `GET /sites/{site}/lists` returns it (only what we use). */
export interface GraphList {
  readonly id: string;
  readonly displayName: string;
  readonly name?: string;
  readonly webUrl?: string;
}

/**
 * Finds the schema's lists on a site by display name, once, and remembers their ids. A list
 * that is missing is looked for again on the next call (it may have been provisioned since).
 */
export class ListDirectory {
  private lists?: Promise<ReadonlyMap<string, GraphList>>;

  constructor(
    private readonly pipeline: GraphPipeline,
    readonly siteId: string,
  ) {}

  /** Every list on the site, by display name (cached). */
  all(): Promise<ReadonlyMap<string, GraphList>> {
    if (!this.lists) {
      const loading = readAllPages<GraphList>(this.pipeline, `${graphPath('sites', this.siteId, 'lists')}?$select=id,displayName,name,webUrl`, { what: 'Finding the lists of this team’s SharePoint site' }).then(
        (lists) => new Map(lists.map((l) => [l.displayName, l])),
      );
      // A failed look-up is not remembered.
      loading.catch(() => (this.lists = undefined));
      this.lists = loading;
    }
    return this.lists;
  }

  /** Takes the site's lists from an answer already at hand (the start-up `$batch`): no look-up needed. */
  prime(lists: readonly GraphList[]): void {
    this.lists = Promise.resolve(new Map(lists.map((l) => [l.displayName, l])));
  }

  /** Forgets what it found (after provisioning). */
  refresh(): void {
    this.lists = undefined;
  }

  /** The id of one schema list; a `notFound` HubError says how to create it if it is missing. */
  async idOf(key: ListKey): Promise<string> {
    const { displayName } = listSpec(key);
    let found = (await this.all()).get(displayName);
    if (!found) {
      this.refresh();
      found = (await this.all()).get(displayName);
    }
    if (!found) {
      throw missingListError(displayName, `The list "${displayName}" does not exist on this team’s SharePoint site yet. A site owner can add it with Set up in the Technician Hub tab or with "npm run provision".`);
    }
    return found.id;
  }

  /** Schema lists not on the site. */
  async missing(): Promise<ListKey[]> {
    this.refresh();
    const lists = await this.all();
    return LISTS.filter((l) => !lists.has(l.displayName)).map((l) => l.key);
  }
}
