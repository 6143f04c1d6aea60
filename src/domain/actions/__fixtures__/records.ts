/** Records for the actions domain's unit tests: a De Montfort-like plan and its actions. */
import { asId, type ActionId, type Clock, type PlanId } from '../../ids';
import type { Action, ActionPlan, ActionUpdate } from '../../model';

export const fixedClock: Clock = () => new Date('2026-11-23T14:30:00Z');

export function aPlan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: asId<PlanId>('1'),
    eTag: '"p,1"',
    created: '2021-06-01T09:00:00Z',
    modified: '2021-06-01T09:00:00Z',
    title: 'De Montfort Technician Commitment Action Plan 2021-24',
    institution: 'De Montfort University',
    periodStart: '2021-09-01',
    periodEnd: '2024-08-31',
    stage: '3',
    statusScheme: 'Red/Amber/Green/Blue',
    state: 'Active',
    extraThemes: [],
    strategyPillars: ['Empowering People', 'Learning for Life'],
    ...overrides,
  };
}

let next = 100;
export function anAction(overrides: Partial<Action> = {}): Action {
  next += 1;
  return {
    id: asId<ActionId>(String(next)),
    eTag: `"a${next},1"`,
    created: '2021-06-01T09:00:00Z',
    modified: '2021-06-01T09:00:00Z',
    planId: asId<PlanId>('1'),
    title: 'Workforce planning',
    reference: '1.1',
    talentRefs: ['R1'],
    themes: ['Sustainability'],
    task: 'Align strategy with the skillset of technicians through workforce planning.',
    statusLabel: 'Amber',
    ragStatus: 'Amber',
    ownerIds: [],
    strategyAlignment: ['Empowering People'],
    ...overrides,
  };
}

export function anUpdate(action: Action, overrides: Partial<ActionUpdate> = {}): ActionUpdate {
  next += 1;
  return {
    id: asId(String(next)),
    eTag: `"u${next},1"`,
    created: '2022-01-10T10:00:00Z',
    modified: '2022-01-10T10:00:00Z',
    actionId: action.id,
    summary: 'update',
    kind: 'Evidence',
    ...overrides,
  };
}
