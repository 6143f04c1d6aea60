/**
 * Loads what the events pages show: events, registrations, people, units and actions (for
 * related actions and evidence), in parallel through the hub.
 */
import type { Action, HubEvent, Person, Registration, Unit } from '../../../domain/model';
import { useHub } from '../../services/session';
import { useAsync, type AsyncState } from '../../services/useAsync';

export interface EventsData {
  readonly events: readonly HubEvent[];
  readonly registrations: readonly Registration[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly actions: readonly Action[];
}

export function useEventsData(): AsyncState<EventsData> {
  const hub = useHub();
  return useAsync(async (signal) => {
    const [events, registrations, people, units, actions] = await Promise.all([
      hub.events.all({ signal }),
      hub.registrations.all({ signal }),
      hub.people.all({ signal }),
      hub.units.all({ signal }),
      hub.actions.all({ signal }),
    ]);
    return { events, registrations, people, units, actions };
  }, [hub]);
}
