/**
 * What the actions pages show, read from the lists' shared stores (src/data/store): plans, a
 * plan's actions, people's names for owners, and an action's history.
 */
import { useMemo } from 'react';
import type { ActionId, PlanId } from '../../../domain/ids';
import type { ActionPlan, Person } from '../../../domain/model';
import { useHub } from '../../services/session';
import { useList, useListData } from '../../services/useList';

/** Every plan, newest period first. */
export function usePlans() {
  const hub = useHub();
  return useListData(hub.plans, (plans) => [...plans].sort((a, b) => b.periodStart.localeCompare(a.periodStart)), []);
}

/** The plan shown when none is chosen: the newest Active plan, else the newest. */
export function defaultPlan(plans: readonly ActionPlan[]): ActionPlan | undefined {
  return plans.find((p) => p.state === 'Active') ?? plans[0];
}

/** The actions of one plan, from the Actions store every page shares. */
export function usePlanActions(planId: PlanId | undefined) {
  const hub = useHub();
  return useListData(hub.actions, (actions) => (planId ? actions.filter((a) => a.planId === planId) : []), [planId]);
}

/** The history of one action, newest first. */
export function useActionHistory(actionId: ActionId) {
  const hub = useHub();
  return useListData(hub.actionUpdates, (updates) => updates.filter((u) => u.actionId === actionId).sort((a, b) => b.created.localeCompare(a.created) || Number(b.id) - Number(a.id)), [actionId]);
}

/** Everyone in the People list (the one People store of the tab), with a name lookup for owners. */
export function usePeople() {
  const hub = useHub();
  const state = useList(hub.people);
  const people = state.items as readonly Person[];
  const byId = useMemo(() => new Map(people.map((p) => [p.id as string, p])), [people]);
  const nameOf = useMemo(() => (id: string) => byId.get(id)?.name ?? `Person ${id}`, [byId]);
  const byEmail = useMemo(() => new Map(people.map((p) => [p.email.toLowerCase(), p.name])), [people]);
  const nameOfUpn = useMemo(() => (upn: string) => byEmail.get(upn.toLowerCase()), [byEmail]);
  return { people: people as Person[], byId, nameOf, nameOfUpn, loading: state.loading, error: state.error };
}
