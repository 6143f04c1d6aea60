/**
 * One event with its registrations, and the people, units and actions its page names — read
 * from the lists' shared stores.
 */
import { notFoundError } from '../../../domain/errors';
import type { Action, HubEvent, Person, Registration, Unit } from '../../../domain/model';
import { trustRegistrations, type UncountedRegistration } from '../../../domain/events/registrationTrust';
import { useHub } from '../../services/session';
import type { AsyncState } from '../../services/useAsync';
import { useCombined, useList } from '../../services/useList';

export interface EventDetail {
  readonly event: HubEvent;
  /** The event's registrations the hub counts (see `trustRegistrations`). */
  readonly registrations: readonly Registration[];
  /** Its registrations changed by someone not entitled to, set aside and shown as such. */
  readonly notCounted: readonly UncountedRegistration[];
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
      if (!event) return undefined;
      const { counted, notCounted } = trustRegistrations(registrations.items.filter((r) => r.eventId === eventId), [event], people.items);
      return { event, registrations: counted, notCounted, people: people.items, units: units.items, actions: actions.items };
    },
    [eventId],
  );
  const missing = !combined.loading && combined.error === undefined && combined.data === undefined;
  return { ...combined, error: missing ? notFoundError(`Event ${eventId} no longer exists or was never there. It may have been deleted; go back to Events.`) : combined.error };
}
