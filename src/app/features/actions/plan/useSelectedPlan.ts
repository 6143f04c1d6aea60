import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ActionPlan } from '../../../../domain/model';
import { defaultPlan, usePlans } from '../usePlanData';

/** The plan the page shows, kept in the address (`?plan=3`) so links and reloads keep it. */
export function useSelectedPlan() {
  const plans = usePlans();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('plan');
  const plan = useMemo(() => {
    const all = plans.data ?? [];
    return all.find((p) => p.id === wanted) ?? defaultPlan(all);
  }, [plans.data, wanted]);
  const select = useCallback(
    (p: ActionPlan) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('plan', p.id);
        return next;
      }),
    [setParams],
  );
  return { plans, plan, select };
}
