/**
 * The ways people look at a plan's actions: filtered by theme, status, owner, TALENT reference, year or
 * words, and grouped for the table, the board and the timeline. Pure, so the tab and exports agree.
 */
import type { PersonId } from '../ids';
import type { Action } from '../model';
import { RAG_STATUSES, type RagStatus } from '../vocabulary';
import { compareReferences } from './references';
import { NO_THEME } from './selfAssessment';

export interface ActionFilter {
  readonly themes?: readonly string[];
  readonly statuses?: readonly RagStatus[];
  readonly ownerId?: PersonId;
  readonly talentRef?: string;
  /** A year bucket as `actionYear` gives it ("2023", "Phase 2", "Year 1-2"). */
  readonly year?: string;
  /** Words to find in reference (or other references), title, task, owner roles or evidence. */
  readonly text?: string;
}

export type GroupBy = 'none' | 'theme' | 'status' | 'owner' | 'talentRef' | 'year' | 'phase';

export interface ActionGroup {
  readonly key: string;
  readonly label: string;
  readonly actions: readonly Action[];
}

/** When an action falls due, as a bucket: its target date's year, else its timeframe, else "No date". */
export function actionYear(action: Pick<Action, 'targetDate' | 'timeframe'>): string {
  if (action.targetDate) return action.targetDate.slice(0, 4);
  return action.timeframe?.trim() || 'No date';
}

/**
 * When an action is due in the plan's own words: the first phase or year its timeframe names
 * ("Phase 2 (Jun 2018 - May 2019), Phase 3 (…)" → "Phase 2", "Year 1-2" → "Year 1"), else the timeframe as
 * written ("Continuing action"), else its target year. Phased plans (Hertfordshire) read along this.
 */
export function actionPhase(action: Pick<Action, 'targetDate' | 'timeframe'>): string {
  const timeframe = action.timeframe?.trim();
  const numbered = timeframe ? /\b(phase|year|stage)\s*(\d+)/i.exec(timeframe) : null;
  if (numbered) return `${numbered[1]![0]!.toUpperCase()}${numbered[1]!.slice(1).toLowerCase()} ${numbered[2]}`;
  if (timeframe) return timeframe;
  return action.targetDate ? action.targetDate.slice(0, 4) : 'No date';
}

/** Actions matching every part of the filter, in reference order. */
export function filterActions(actions: readonly Action[], filter: ActionFilter): Action[] {
  const words = filter.text?.trim().toLowerCase();
  return actions
    .filter((a) => !filter.themes?.length || a.themes.some((t) => filter.themes!.includes(t)) || (filter.themes.includes(NO_THEME) && a.themes.length === 0))
    .filter((a) => !filter.statuses?.length || filter.statuses.includes(a.ragStatus))
    .filter((a) => !filter.ownerId || a.ownerIds.includes(filter.ownerId))
    .filter((a) => !filter.talentRef || a.talentRefs.includes(filter.talentRef))
    .filter((a) => !filter.year || actionYear(a) === filter.year)
    .filter((a) => !words || [a.reference, ...(a.otherReferences ?? []), a.title, a.task, a.ownerRoles ?? '', a.evidence ?? ''].some((s) => s.toLowerCase().includes(words)))
    .sort(byOrder);
}

/** Plan order: the plan's own order when set, else reference order. */
export function byOrder(a: Action, b: Action): number {
  if (a.sortOrder !== undefined && b.sortOrder !== undefined && a.sortOrder !== b.sortOrder) return a.sortOrder - b.sortOrder;
  return compareReferences(a.reference, b.reference);
}

/**
 * Groups actions for display. An action with two themes, owners or TALENT references appears in each of
 * their groups; statuses always show in Red → Complete order, other groups in a natural order.
 */
export function groupActions(actions: readonly Action[], by: GroupBy, ownerName: (id: PersonId) => string = String): ActionGroup[] {
  if (by === 'none') return [{ key: 'all', label: 'All actions', actions: [...actions].sort(byOrder) }];
  const groups = new Map<string, { label: string; actions: Action[] }>();
  const add = (key: string, label: string, action: Action) => {
    const group = groups.get(key) ?? { label, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  };
  for (const a of actions) {
    if (by === 'status') add(a.ragStatus, a.ragStatus, a);
    if (by === 'year') add(actionYear(a), actionYear(a), a);
    if (by === 'phase') add(actionPhase(a), actionPhase(a), a);
    if (by === 'theme') (a.themes.length ? a.themes : [NO_THEME]).forEach((t) => add(t, t, a));
    if (by === 'talentRef') (a.talentRefs.length ? a.talentRefs : ['None']).forEach((r) => add(r, r === 'None' ? 'No TALENT reference' : r, a));
    if (by === 'owner') (a.ownerIds.length ? a.ownerIds : [undefined]).forEach((id) => add(id ?? '', id ? ownerName(id) : 'No named owner', a));
  }
  const order = (key: string, label: string): [number, string] => {
    if (by === 'status') return [RAG_STATUSES.indexOf(key as RagStatus), ''];
    const last = key === '' || key === NO_THEME || key === 'None' || key === 'No date';
    return [last ? 1 : 0, label];
  };
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, actions: g.actions.sort(byOrder) }))
    .sort((x, y) => {
      const [ox, lx] = order(x.key, x.label);
      const [oy, ly] = order(y.key, y.label);
      if (ox !== oy) return ox - oy;
      return by === 'talentRef' ? compareReferences(lx, ly) : lx.localeCompare(ly, 'en', { numeric: true });
    });
}

/** The distinct values of a plan's actions, for the filter pickers. */
export function filterChoices(actions: readonly Action[]): { themes: string[]; talentRefs: string[]; years: string[]; ownerIds: PersonId[] } {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    themes: uniq(actions.flatMap((a) => a.themes)).sort(),
    talentRefs: uniq(actions.flatMap((a) => a.talentRefs)).sort(compareReferences),
    years: uniq(actions.map(actionYear)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    ownerIds: uniq(actions.flatMap((a) => a.ownerIds)),
  };
}
