/**
 * What the events pages show — events, registrations, people, units and actions (for related
 * actions and evidence) — read from the lists' shared stores.
 */
import type { Action, HubEvent, Person, Registration, Unit } from '../../../domain/model';
import { trustRegistrations, type UncountedRegistration } from '../../../domain/events/registrationTrust';
import { useHub } from '../../services/session';
import type { AsyncState } from '../../services/useAsync';
import { useCombined, useList } from '../../services/useList';

export interface EventsData {
  readonly events: readonly HubEvent[];
  /** The registrations the hub counts (see `trustRegistrations`). */
  readonly registrations: readonly Registration[];
  /** Registrations changed by someone not entitled to, set aside and shown as such. */
  readonly notCounted: readonly UncountedRegistration[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly actions: readonly Action[];
}

export function useEventsData(): AsyncState<EventsData> {
  const hub = useHub();
  const events = useList(hub.events);
  const registrations = useList(hub.registrations);
  const people = useList(hub.people);
  const units = useList(hub.units);
  const actions = useList(hub.actions);
  return useCombined(
    [events, registrations, people, units, actions],
    () => {
      const { counted, notCounted } = trustRegistrations(registrations.items, events.items, people.items);
      return { events: events.items, registrations: counted, notCounted, people: people.items, units: units.items, actions: actions.items };
    },
    [],
  );
}
