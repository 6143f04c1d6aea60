import { asId, type PersonId, type PlanId, type ActionId } from '../ids';
import type { Action } from '../model';
import { sortActions } from './actionSort';

let n = 0;
const action = (reference: string, extra: Partial<Action> = {}): Action => ({
  id: asId<ActionId>(++n),
  eTag: '"1"',
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
  planId: asId<PlanId>('1'),
  title: `Action ${reference}`,
  reference,
  talentRefs: [],
  themes: [],
  task: '',
  ragStatus: 'Amber',
  ownerIds: [] as PersonId[],
  strategyAlignment: [],
  ...extra,
});

const plan = [
  action('1.10', { ragStatus: 'Green', targetDate: '2026-03-31' }),
  action('1.2', { ragStatus: 'Red', timeframe: 'Year 2' }),
  action('1.1', { ragStatus: 'Complete', targetDate: '2025-07-31' }),
  action('2.1', { ragStatus: 'Amber' }),
  action('1.3', { ragStatus: 'Red', targetDate: '2027-01-31' }),
];
const refs = (list: readonly Action[]) => list.map((a) => a.reference);

describe('sorting the actions table', () => {
  it('sorts by status Red → Amber → Green → Complete, keeping plan order among equals, and the other way round', () => {
    expect(refs(sortActions(plan, { column: 'status', direction: 'ascending' }))).toEqual(['1.2', '1.3', '2.1', '1.10', '1.1']);
    expect(refs(sortActions(plan, { column: 'status', direction: 'descending' }))).toEqual(['1.1', '1.10', '2.1', '1.2', '1.3']);
  });

  it('sorts by target date, timeframes without a date after the dates and nothing last, either way', () => {
    expect(refs(sortActions(plan, { column: 'when', direction: 'ascending' }))).toEqual(['1.1', '1.10', '1.3', '1.2', '2.1']);
    expect(refs(sortActions(plan, { column: 'when', direction: 'descending' }))).toEqual(['1.3', '1.10', '1.1', '1.2', '2.1']);
  });

  it('sorts references as the plan numbers them (1.2 before 1.10)', () => {
    expect(refs(sortActions(plan, { column: 'reference', direction: 'ascending' }))).toEqual(['1.1', '1.2', '1.3', '1.10', '2.1']);
  });

  it('sorts by first owner’s name, actions without an owner last', () => {
    const names: Record<string, string> = { '1.1': 'Zoe', '1.3': 'Ann' };
    expect(refs(sortActions(plan, { column: 'owners', direction: 'ascending' }, (a) => names[a.reference] ?? '')).slice(0, 2)).toEqual(['1.3', '1.1']);
  });

  it('leaves the given array as it was', () => {
    const before = refs(plan);
    sortActions(plan, { column: 'status', direction: 'descending' });
    expect(refs(plan)).toEqual(before);
  });
});
