/**
 * Small record builders for the events tests (and the card tests): a stored event, registration,
 * action and person with sensible defaults, so each test states only what it is about.
 */
import { asId } from '../ids';
import type { Action, HubEvent, Person, Registration } from '../model';

const stored = (id: string) => ({ id, eTag: `"{e},1"`, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' });

export function sampleEvent(overrides: Partial<HubEvent> = {}): HubEvent {
  return {
    ...stored('1'),
    id: asId('1'),
    title: 'TechExchange showcase',
    type: 'Showcase',
    start: '2026-03-12T13:00:00.000Z',
    end: '2026-03-12T14:30:00.000Z',
    location: 'Parkinson Court',
    audienceUnitIds: [],
    themes: ['Visibility'],
    relatedActionIds: [],
    cancelled: false,
    ...overrides,
  };
}

export function sampleRegistration(
  id: number,
  personId: string,
  response: Registration['response'],
  respondedAt: string,
  overrides: Partial<Registration> = {},
): Registration {
  return {
    ...stored(String(id)),
    id: asId(String(id)),
    eventId: asId('1'),
    personId: asId(personId),
    response,
    respondedAt,
    attended: false,
    ...overrides,
  };
}

export function samplePerson(id: string, name: string, unitId?: string): Person {
  return { ...stored(id), id: asId(id), name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@demo.local`, unitId: unitId ? asId(unitId) : undefined };
}

export function sampleAction(id: string, overrides: Partial<Action> = {}): Action {
  return {
    ...stored(id),
    id: asId(id),
    planId: asId('1'),
    title: `Action ${id}`,
    reference: `V${id}`,
    talentRefs: [],
    themes: ['Visibility'],
    task: `Do thing ${id}`,
    ragStatus: 'Green',
    ownerIds: [],
    strategyAlignment: [],
    ...overrides,
  };
}
