import { isHubError } from '../errors';
import { sampleEvent } from './sampleRecords';
import { assertValidEvent, eventIssues } from './validation';

const fieldsOf = (input: Parameters<typeof eventIssues>[0]) => eventIssues(input).map((i) => i.field);

describe('event validation', () => {
  it('accepts a complete event', () => {
    expect(eventIssues(sampleEvent({ capacity: 30, registrationDeadline: '2026-03-10T17:00:00Z', onlineMeetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' }))).toEqual([]);
  });

  it('needs a title, a type, a start and an end', () => {
    expect(fieldsOf({})).toEqual(['title', 'type', 'start', 'end']);
  });

  it('refuses an end at or before the start', () => {
    expect(fieldsOf(sampleEvent({ end: '2026-03-12T13:00:00.000Z' }))).toEqual(['end']);
    expect(fieldsOf(sampleEvent({ end: '2026-03-12T12:00:00.000Z' }))).toEqual(['end']);
  });

  it('needs a capacity that is a whole number of places, 0 or more', () => {
    expect(fieldsOf(sampleEvent({ capacity: -1 }))).toEqual(['capacity']);
    expect(fieldsOf(sampleEvent({ capacity: 2.5 }))).toEqual(['capacity']);
    expect(fieldsOf(sampleEvent({ capacity: 0 }))).toEqual([]);
  });

  it('closes registration before the event starts', () => {
    expect(fieldsOf(sampleEvent({ registrationDeadline: '2026-03-12T13:30:00Z' }))).toEqual(['registrationDeadline']);
  });

  it('takes only web links for the online meeting', () => {
    expect(fieldsOf(sampleEvent({ onlineMeetingUrl: 'javascript:alert(1)' }))).toEqual(['onlineMeetingUrl']);
  });

  it('throws one validation error naming every broken rule', () => {
    let caught: unknown;
    try {
      assertValidEvent(sampleEvent({ capacity: -3, end: '2026-01-01T00:00:00Z' }));
    } catch (e) {
      caught = e;
    }
    expect(isHubError(caught, 'validation')).toBe(true);
    expect(isHubError(caught) && caught.details.issues?.map((i) => i.field)).toEqual(['end', 'capacity']);
  });
});
