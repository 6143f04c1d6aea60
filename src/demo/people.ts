/**
 * People seeds: the roster plus the expected leaving dates line managers record for succession
 * planning, placed 6–18 months after "now" so the succession view always has something to show.
 */
import { SeededRandom, stableGuid } from './random';
import { demoRoster, emailFor } from './roster';
import type { DemoScale, PersonSeed } from './seeds';
import { addMonths, isoDate } from './time';

/** Experts in 'demo' who are leaving, and in how many months. */
export const DEMO_LEAVERS: ReadonlyMap<string, number> = new Map([
  [emailFor('Gareth Evans'), 8],
  [emailFor('Rosa Martinez'), 11],
  [emailFor('Dave Pritchard'), 14],
]);

/** Every person of a demo world as a People list seed. */
export function peopleSeeds(scale: DemoScale, now: Date): PersonSeed[] {
  const random = new SeededRandom(`${scale}-leavers`);
  return demoRoster(scale).map((person) => {
    const { siteRole: _siteRole, ...rest } = person;
    const seed: PersonSeed = { ...rest, accountId: stableGuid(person.email) };
    let months = scale === 'demo' ? DEMO_LEAVERS.get(person.email) : undefined;
    if (scale === 'liverpool' && (person.role === 'Technical specialist' || person.role === 'Senior technician') && random.chance(0.06)) {
      months = random.int(6, 18);
    }
    return months === undefined ? seed : { ...seed, expectedLeavingDate: isoDate(addMonths(now, months)) };
  });
}
