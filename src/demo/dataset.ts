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
import type { ActionRef, DemoDataset, DemoScale, PersonSeed, PlanSeed, RatingSeed, SettingSeed, TargetSeed } from './seeds';
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
 * Targets a steering group might set: in each unit of three or more people, two people at Expert
 * (3) in the two skills its people rate most, so some are met, some at risk and some not.
 */
export function targetSeeds(people: readonly PersonSeed[], ratings: readonly RatingSeed[]): TargetSeed[] {
  const unitOf = new Map(people.map((p) => [p.email.toLowerCase(), p.unit]));
  const headcount = new Map<string, number>();
  for (const p of people) if (p.unit) headcount.set(p.unit, (headcount.get(p.unit) ?? 0) + 1);
  const rated = new Map<string, Map<string, number>>();
  for (const r of ratings) {
    const unit = unitOf.get(r.person.toLowerCase());
    if (!unit || r.source !== 'Self') continue;
    const counts = rated.get(unit) ?? new Map<string, number>();
    counts.set(r.skill, (counts.get(r.skill) ?? 0) + 1);
    rated.set(unit, counts);
  }
  const out: TargetSeed[] = [];
  for (const [unit, counts] of [...rated.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if ((headcount.get(unit) ?? 0) < 3) continue;
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
    for (const [skill] of top) out.push({ skill, unit, minLevel: 3, peopleNeeded: 2 });
  }
  return out;
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
  const people = peopleSeeds(scale, now);
  const ratings = ratingSeeds(scale, now);
  return {
    scale,
    units: unitSeeds(scale),
    people,
    plans,
    events: eventSeeds(scale, now, actionRefs),
    skills: skillSeeds(scale, soleExpertUnits),
    ratings,
    settings: DEFAULT_SETTINGS,
    targets: targetSeeds(people, ratings),
  };
}
