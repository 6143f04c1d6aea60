/**
 * Loading what the actions pages show, always through `useHub()`: plans, a plan's actions, people's
 * names for owners, and an action's history.
 */
import { useMemo } from 'react';
import type { Hub } from '../../../data/hub';
import type { ActionId, PlanId } from '../../../domain/ids';
import type { ActionPlan, Person } from '../../../domain/model';
import { useHub } from '../../services/session';
import { useAsync } from '../../services/useAsync';

/** Every plan, newest period first. */
export function usePlans() {
  const hub = useHub();
  return useAsync(async (signal) => (await hub.plans.all({ signal })).sort((a, b) => b.periodStart.localeCompare(a.periodStart)), [hub]);
}

/** The plan shown when none is chosen: the newest Active plan, else the newest. */
export function defaultPlan(plans: readonly ActionPlan[]): ActionPlan | undefined {
  return plans.find((p) => p.state === 'Active') ?? plans[0];
}

/** The actions of one plan (the Plan lookup is indexed, so this is one filtered read). */
export function usePlanActions(planId: PlanId | undefined) {
  const hub = useHub();
  return useAsync(async (signal) => (planId ? hub.actions.where({ planId }, { signal }) : []), [hub, planId]);
}

/** The history of one action, newest first. */
export function useActionHistory(actionId: ActionId) {
  const hub = useHub();
  return useAsync(async (signal) => (await hub.actionUpdates.where({ actionId }, { signal })).sort((a, b) => b.created.localeCompare(a.created) || Number(b.id) - Number(a.id)), [hub, actionId]);
}

// People change rarely while a page is open; one read per hub serves every actions page.
const peopleByHub = new WeakMap<Hub, Promise<Person[]>>();

/** Everyone in the People list, read once per session, with a name lookup for owners. */
export function usePeople() {
  const hub = useHub();
  const state = useAsync(() => {
    let people = peopleByHub.get(hub);
    if (!people) {
      people = hub.people.all();
      people.catch(() => peopleByHub.delete(hub));
      peopleByHub.set(hub, people);
    }
    return people;
  }, [hub]);
  const byId = useMemo(() => new Map((state.data ?? []).map((p) => [p.id as string, p])), [state.data]);
  const nameOf = useMemo(() => (id: string) => byId.get(id)?.name ?? `Person ${id}`, [byId]);
  const byEmail = useMemo(() => new Map((state.data ?? []).map((p) => [p.email.toLowerCase(), p.name])), [state.data]);
  const nameOfUpn = useMemo(() => (upn: string) => byEmail.get(upn.toLowerCase()), [byEmail]);
  return { people: state.data ?? [], byId, nameOf, nameOfUpn, loading: state.loading, error: state.error };
}
