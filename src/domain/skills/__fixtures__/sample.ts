/** Small, readable records for the skills unit tests. */
import { asId, type PersonId, type RatingId, type SkillId, type UnitId } from '../../ids';
import type { Person, Skill, SkillRating, Unit } from '../../model';

const stored = { eTag: '"1"', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };

export const unit = (id: string, name: string): Unit => ({ ...stored, id: asId<UnitId>(id), name });

export const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  ...stored,
  id: asId<PersonId>(id),
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@uni.example`,
  ...extra,
});

export const skill = (id: string, name: string, extra: Partial<Skill> = {}): Skill => ({
  ...stored,
  id: asId<SkillId>(id),
  name,
  category: 'Technique',
  unitIds: [],
  neededByUnitIds: [],
  retired: false,
  ...extra,
});

let nextRating = 1;
export const rating = (personId: string, skillId: string, level: number, extra: Partial<SkillRating> = {}): SkillRating => ({
  ...stored,
  id: asId<RatingId>(nextRating++),
  personId: asId<PersonId>(personId),
  skillId: asId<SkillId>(skillId),
  source: 'Self',
  level,
  wantsToDevelop: false,
  ...extra,
});

export const NOW = new Date('2026-11-23T12:00:00Z');

/** A line manager (Sam) with two technicians (Alex, Kim): the cast of the rights rules. */
export function managerWithTwoTechnicians(): { sam: Person; alex: Person; kim: Person; people: Person[] } {
  const sam = person('1', 'Sam Jones');
  const alex = person('2', 'Alex Smith', { lineManagerId: sam.id });
  const kim = person('3', 'Kim Lee', { lineManagerId: sam.id });
  return { sam, alex, kim, people: [sam, alex, kim] };
}

/** What `fn` throws (undefined when it returns), for asserting on the error a rule raises. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}
