/**
 * Hooks over the skills store: the raw data, and the derived effective ratings and matrix,
 * memoised on the data so every page shares one computation per change.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Person } from '../../../../domain/model';
import { countedRatings, type EffectiveRating } from '../../../../domain/skills/effective';
import { buildSkillMatrix, type SkillMatrix } from '../../../../domain/skills/matrix';
import type { Actor } from '../../../../domain/skills/rights';
import { useHub, useSession, useSiteTimeZone } from '../../../services/session';
import { skillsStoreFor, type SkillsData, type SkillsState, type SkillsStore } from './skillsStore';

export function useSkillsStore(): SkillsStore {
  return skillsStoreFor(useHub());
}

export function useSkillsState(): SkillsState {
  const store = useSkillsStore();
  return useSyncExternalStore(store.subscribe, store.snapshot);
}

export interface Derived {
  readonly effective: ReadonlyMap<string, EffectiveRating>;
  readonly matrix: SkillMatrix;
  readonly personById: ReadonlyMap<string, Person>;
}

const derivedCache = new WeakMap<SkillsData, Derived>();

/** Effective ratings and the compact matrix for loaded data (computed once per data version). */
export function derive(data: SkillsData, now: Date, timeZone?: string): Derived {
  let d = derivedCache.get(data);
  if (!d) {
    const effective = countedRatings(data, { now, timeZone });
    d = {
      effective,
      matrix: buildSkillMatrix({ people: data.people, skills: data.skills, units: data.units, ratings: effective }),
      personById: new Map(data.people.map((p) => [p.id as string, p])),
    };
    derivedCache.set(data, d);
  }
  return d;
}

export function useDerived(data: SkillsData | undefined): Derived | undefined {
  const timeZone = useSiteTimeZone();
  return useMemo(() => (data ? derive(data, new Date(), timeZone) : undefined), [data, timeZone]);
}

/** The signed-in person as the rights rules see them. */
export function useActor(): Actor {
  const session = useSession();
  return useMemo(() => ({ upn: session.user.userPrincipalName, id: session.user.id, mail: session.user.mail, role: session.role, person: session.person }), [session]);
}
