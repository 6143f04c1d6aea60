/**
 * Sorting the actions table by a column. Stable over the plan's own order, so equal keys keep the
 * order the plan gives them; missing values (no target date, no owner) always go last, whichever
 * way the column is sorted.
 */
import { compareReferences } from './references';
import type { Action } from '../model';
import { RAG_STATUSES } from '../vocabulary';
import { byOrder } from './actionViews';

export type ActionSortColumn = 'reference' | 'title' | 'owners' | 'when' | 'status';
export type SortDirection = 'ascending' | 'descending';

export interface ActionSort {
  readonly column: ActionSortColumn;
  readonly direction: SortDirection;
}

/** Red first when ascending (the order a steering group reads), statuses it does not know after. */
const statusRank = (a: Action): number => {
  const i = (RAG_STATUSES as readonly string[]).indexOf(a.ragStatus);
  return i < 0 ? RAG_STATUSES.length : i;
};

/**
 * A new array of the actions in the column's order. `owners` compares the first owner's name;
 * `when` compares target dates; actions with only a timeframe follow, by its words.
 */
export function sortActions(actions: readonly Action[], sort: ActionSort, ownerNames: (action: Action) => string = () => ''): Action[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = (a: Action): string | number | undefined => {
    switch (sort.column) {
      case 'reference':
        return undefined; // compared with compareReferences below
      case 'title':
        return a.title.toLocaleLowerCase('en-GB');
      case 'owners':
        return ownerNames(a).toLocaleLowerCase('en-GB') || undefined;
      case 'when':
        return a.targetDate;
      case 'status':
        return statusRank(a);
    }
  };
  return [...actions].sort(byOrder).sort((a, b) => {
    if (sort.column === 'reference') return sign * compareReferences(a.reference, b.reference);
    // A timeframe without a date ("Year 1-2") cannot be put among dates: after them, by its words.
    if (sort.column === 'when' && !a.targetDate && !b.targetDate) {
      if (!a.timeframe || !b.timeframe) return a.timeframe === b.timeframe ? 0 : !a.timeframe ? 1 : -1;
      return a.timeframe.localeCompare(b.timeframe);
    }
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb)));
  });
}
