import { sampleEvent } from '../../../domain/events/sampleRecords';
import { eventIssues } from '../../../domain/events/validation';
import { emptyForm, formFromEvent, inputFromForm } from './eventFormState';

describe('the event form', () => {
  it('stores UK wall times as UTC, before and after the clocks go back', () => {
    const input = inputFromForm({ ...emptyForm(), title: 'CaféTech', startDate: '2025-10-25', startTime: '10:00', endDate: '2025-10-27', endTime: '10:00' }, 'Europe/London');
    expect(input.start).toBe('2025-10-25T09:00:00.000Z');
    expect(input.end).toBe('2025-10-27T10:00:00.000Z');
  });

  it('reads a stored event back into the same wall times', () => {
    const values = formFromEvent(sampleEvent({ capacity: 2 }), 'Europe/London');
    expect(values).toMatchObject({ startDate: '2026-03-12', startTime: '13:00', endTime: '14:30', capacity: '2' });
    expect(inputFromForm(values, 'Europe/London')).toMatchObject({ start: '2026-03-12T13:00:00.000Z', end: '2026-03-12T14:30:00.000Z', capacity: 2 });
  });

  it('turns a capacity that is not a number into a validation issue', () => {
    const input = inputFromForm({ ...emptyForm(), title: 'x', startDate: '2026-01-01', endDate: '2026-01-01', capacity: 'ten' }, 'Europe/London');
    expect(eventIssues(input).map((i) => i.field)).toEqual(['capacity']);
  });
});
