/**
 * Loads one event with its registrations (an indexed filter on Event), and the people, units
 * and actions its page names.
 */
import { asId, type EventId } from '../../../domain/ids';
import type { Action, HubEvent, Person, Registration, Unit } from '../../../domain/model';
import { useHub } from '../../services/session';
import { useAsync, type AsyncState } from '../../services/useAsync';

export interface EventDetail {
  readonly event: HubEvent;
  readonly registrations: readonly Registration[];
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly actions: readonly Action[];
}

export function useEventDetail(eventId: string): AsyncState<EventDetail> {
  const hub = useHub();
  return useAsync(async (signal) => {
    const id = asId<EventId>(eventId);
    const [event, registrations, people, units, actions] = await Promise.all([
      hub.events.get(id),
      hub.registrations.where({ eventId: id }, { signal }),
      hub.people.all({ signal }),
      hub.units.all({ signal }),
      hub.actions.all({ signal }),
    ]);
    return { event, registrations, people, units, actions };
  }, [hub, eventId]);
}
