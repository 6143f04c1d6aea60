/**
 * The whole demo world a seeding programme loads: units, people, plans with actions and history,
 * events with registrations, skills, ratings and settings — in natural keys, deterministic for a
 * given scale and `now`.
 */
import { PROFICIENCY_LABELS_SETTING } from '../domain/skills/proficiency';
import { DEFAULT_PROFICIENCY_LABELS } from '../domain/vocabulary';
import { peopleSeeds } from './people';
import { dmuPlans } from './plans/dmu';
import { hertsPlan } from './plans/herts';
import { leedsPlan } from './plans/leeds';
import { liverpoolPlans } from './plans/liverpool';
import { DEMO_SOLE_EXPERTS, ratingSeeds } from './ratings';
import { demoRoster } from './roster';
import type { ActionRef, DemoDataset, DemoScale, PlanSeed, SettingSeed } from './seeds';
import { eventSeeds } from './events';
import { skillSeeds } from './skills';
import { unitSeeds } from './units';

export type * from './seeds';

/** Hub Settings every new hub starts with. */
export const DEFAULT_SETTINGS: readonly SettingSeed[] = [
  { key: PROFICIENCY_LABELS_SETTING, value: [...DEFAULT_PROFICIENCY_LABELS] },
];

function plansFor(scale: DemoScale, now: Date): PlanSeed[] {
  return scale === 'demo' ? [hertsPlan(now), leedsPlan(now), ...dmuPlans(now)] : liverpoolPlans(now);
}

/**
 * Builds a demo world. 'demo': De Montfort-like network of 43 people with the De Montfort 2021-24
 * and 2024-27, Leeds 2021-24 and Hertfordshire 2018-21 plans, a year of events and a ~70-skill
 * matrix. 'liverpool': 650 people, 300 skills, ≈26,000 ratings, 300 actions, 200 events.
 * Pure: the same `scale` and `now` always give the same data.
 */
export function demoDataset(scale: DemoScale, now: Date): DemoDataset {
  if (Number.isNaN(now.getTime())) throw new RangeError('demoDataset: "now" is not a valid date');
  const plans = plansFor(scale, now);
  const actionRefs: ActionRef[] = plans.flatMap((plan) => plan.actions.map((a) => ({ plan: plan.title, reference: a.reference })));
  const soleExpertUnits = new Map<string, string>();
  if (scale === 'demo') {
    const units = new Map(demoRoster('demo').map((p) => [p.email, p.unit]));
    for (const [skill, expert] of DEMO_SOLE_EXPERTS) soleExpertUnits.set(skill, units.get(expert) ?? '');
  }
  return {
    scale,
    units: unitSeeds(scale),
    people: peopleSeeds(scale, now),
    plans,
    events: eventSeeds(scale, now, actionRefs),
    skills: skillSeeds(scale, soleExpertUnits),
    ratings: ratingSeeds(scale, now),
    settings: DEFAULT_SETTINGS,
  };
}
