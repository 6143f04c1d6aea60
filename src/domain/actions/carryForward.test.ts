import { asId, type PlanId } from '../ids';
import { aPlan, anAction, fixedClock } from './__fixtures__/records';
import { carryForward, defaultCarrySelection, suggestNextPlan } from './carryForward';

const oldPlan = aPlan();
const actions = [
  anAction({ reference: '1.1', ragStatus: 'Green', statusLabel: 'Green', evidence: 'Shadowing', targetDate: '2023-06-30' }),
  anAction({ reference: '5.1', ragStatus: 'Complete', statusLabel: 'Blue' }),
  anAction({ reference: '4.1', ragStatus: 'Red', statusLabel: 'Red', redExplanation: 'Data not analysed', targetDate: '2025-03-31' }),
];
const next = {
  title: 'De Montfort Technician Commitment Action Plan 2024-27',
  institution: 'De Montfort University',
  periodStart: '2024-09-01',
  periodEnd: '2027-08-31',
  stage: '3' as const,
  statusScheme: 'Delayed/In progress/Completed' as const,
  extraThemes: [],
  strategyPillars: [],
};
const newPlanId = asId<PlanId>('9');

describe('carry forward', () => {
  it('chooses everything not complete by default', () => {
    expect([...defaultCarrySelection(actions)]).toEqual([actions[0]!.id, actions[2]!.id]);
  });

  it('keeps the reference and links the new action to its origin', () => {
    const plan = carryForward(oldPlan, actions, undefined, next, fixedClock);
    const drafts = plan.actionsFor(newPlanId);
    expect(drafts.map((d) => [d.reference, d.originActionId, d.planId])).toEqual([
      ['1.1', actions[0]!.id, newPlanId],
      ['4.1', actions[2]!.id, newPlanId],
    ]);
    expect(plan.count).toBe(2);
  });

  it('speaks the new plan’s status words and keeps the Red explanation', () => {
    const [green, red] = carryForward(oldPlan, actions, undefined, next, fixedClock).actionsFor(newPlanId);
    expect(green).toMatchObject({ statusLabel: 'In progress', ragStatus: 'Green' });
    expect(red).toMatchObject({ statusLabel: 'Delayed', ragStatus: 'Red', redExplanation: 'Data not analysed' });
  });

  it('starts evidence afresh and drops target dates the old period already passed', () => {
    const [green, red] = carryForward(oldPlan, actions, undefined, next, fixedClock).actionsFor(newPlanId);
    expect(green?.evidence).toBeUndefined();
    expect(green?.targetDate).toBeUndefined();
    expect(red?.targetDate).toBe('2025-03-31');
  });

  it('links the new plan to the old one and closes the old plan', () => {
    const plan = carryForward(oldPlan, actions, undefined, next, fixedClock);
    expect(plan.plan).toMatchObject({ state: 'Active', previousPlanId: oldPlan.id, title: next.title });
    expect(plan.closeOldPlan).toEqual({ state: 'Closed' });
  });

  it('carries only the chosen actions when the person chooses', () => {
    const plan = carryForward(oldPlan, actions, new Set([actions[1]!.id]), next, fixedClock);
    expect(plan.actionsFor(newPlanId).map((d) => d.reference)).toEqual(['5.1']);
  });

  it('records a Carried forward update with the old evidence for each created action', () => {
    const plan = carryForward(oldPlan, actions, undefined, next, fixedClock);
    const created = plan.actionsFor(newPlanId).map((d, i) => ({ ...d, id: asId(`50${i}`), eTag: 'e', created: '', modified: '' }));
    const updates = plan.updatesFor(created as never);
    expect(updates[0]).toMatchObject({ kind: 'Carried forward', note: 'Shadowing', summary: expect.stringContaining('1.1 carried forward from "De Montfort') });
  });

  it('refuses to carry forward from a plan that is already closed, or actions of another plan', () => {
    expect(() => carryForward(aPlan({ state: 'Closed' }), actions, undefined, next, fixedClock)).toThrow(/closed/);
    const foreign = anAction({ planId: asId<PlanId>('77') });
    expect(() => carryForward(oldPlan, [...actions, foreign], new Set([foreign.id]), next, fixedClock)).toThrow(/not in/);
  });
});

describe('the next plan suggested', () => {
  it('starts the day after, runs as long, moves the title on and goes up a stage', () => {
    expect(suggestNextPlan(oldPlan)).toMatchObject({
      title: 'De Montfort Technician Commitment Action Plan 2024-27',
      periodStart: '2024-09-01',
      periodEnd: '2027-08-31',
      stage: '3',
      statusScheme: 'Red/Amber/Green/Blue',
    });
    expect(suggestNextPlan(aPlan({ title: 'Hertfordshire 2018-2021', periodStart: '2018-06-01', periodEnd: '2020-05-31', stage: '1' }))).toMatchObject({
      title: 'Hertfordshire 2020-2023',
      periodStart: '2020-06-01',
      periodEnd: '2022-05-31',
      stage: '2',
    });
  });
});
