import { useMemo } from 'react';
import { evaluateTargets, targetHeatMap, type TargetEvaluation, type TargetHeatMap } from '../../../../domain/skills/targets';
import type { SkillsData } from '../data/skillsStore';
import type { Derived } from '../data/useSkillsData';
import { useSiteTimeZone } from '../../../services/session';

/** The targets evaluated against the loaded ratings, and their heat map (computed once per data version and horizon). */
export function useTargets(data: SkillsData, derived: Derived, leavingWithinMonths: number): { readonly evaluations: readonly TargetEvaluation[]; readonly map: TargetHeatMap } {
  const timeZone = useSiteTimeZone();
  return useMemo(() => {
    const evaluations = evaluateTargets(
      { targets: data.targets, skills: data.skills, people: data.people, units: data.units, ratings: derived.effective },
      { now: new Date(), labels: data.labels, leavingWithinMonths, timeZone },
    );
    return { evaluations, map: targetHeatMap(evaluations, data.skills, data.units) };
  }, [data, derived.effective, leavingWithinMonths, timeZone]);
}
