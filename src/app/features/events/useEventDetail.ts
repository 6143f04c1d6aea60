/**
 * One event with its registrations, and the people, units and actions its page names — read
 * from the lists' shared stores.
 */
import { notFoundError } from '../../../domain/errors';
import type { Action, HubEvent, Person, Registration, Unit } from '../../../domain/model';
import { useHub } from '../../services/session';
import type { AsyncState } from '../../services/useAsync';
import { useCombined, useList } from '../../services/useList';

export interface EventDetail {
  readonly event: HubEvent;
  readonly registrations: readonly Registration[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly actions: readonly Action[];
}

export function useEventDetail(eventId: string): AsyncState<EventDetail> {
  const hub = useHub();
  const events = useList(hub.events);
  const registrations = useList(hub.registrations);
  const people = useList(hub.people);
  const units = useList(hub.units);
  const actions = useList(hub.actions);
  const combined = useCombined(
    [events, registrations, people, units, actions],
    () => {
      const event = events.items.find((e) => e.id === eventId);
      return event ? { event, registrations: registrations.items.filter((r) => r.eventId === eventId), people: people.items, units: units.items, actions: actions.items } : undefined;
    },
    [eventId],
  );
  const missing = !combined.loading && combined.error === undefined && combined.data === undefined;
  return { ...combined, error: missing ? notFoundError(`Event ${eventId} no longer exists or was never there. It may have been deleted; go back to Events.`) : combined.error };
}
