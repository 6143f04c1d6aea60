/**
 * The rules an event must keep before it is stored. The UI shows each issue beside its field; the
 * data layer's schema checks column kinds, these check what only makes sense together (end after
 * start, a deadline before the event).
 */
import { validationError, type FieldIssue } from '../errors';
import type { Draft, HubEvent } from '../model';

/** What a create/edit form hands over: an event draft, perhaps partly filled. */
export type EventInput = Partial<Draft<HubEvent>>;

const isInstant = (value: string | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

const isWebLink = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Every broken rule of an event, field by field (empty when it is fine). */
export function eventIssues(input: EventInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const title = input.title?.trim() ?? '';
  if (!title) issues.push({ field: 'title', message: 'Give the event a title.' });
  else if (title.length > 255) issues.push({ field: 'title', message: 'Keep the title to 255 characters or fewer.' });
  if (!input.type?.trim()) issues.push({ field: 'type', message: 'Choose what kind of event it is.' });

  const startOk = isInstant(input.start);
  const endOk = isInstant(input.end);
  if (!startOk) issues.push({ field: 'start', message: 'Say when the event starts (date and time).' });
  if (!endOk) issues.push({ field: 'end', message: 'Say when the event ends (date and time).' });
  if (startOk && endOk && Date.parse(input.end as string) <= Date.parse(input.start as string)) {
    issues.push({ field: 'end', message: 'The end must be after the start.' });
  }

  if (input.capacity !== undefined && input.capacity !== null) {
    if (!Number.isInteger(input.capacity) || input.capacity < 0) {
      issues.push({ field: 'capacity', message: 'Capacity is a whole number of places, 0 or more (leave it empty for no limit).' });
    }
  }

  if (input.registrationDeadline !== undefined && input.registrationDeadline !== '') {
    if (!isInstant(input.registrationDeadline)) {
      issues.push({ field: 'registrationDeadline', message: 'The registration deadline must be a date and time.' });
    } else if (startOk && Date.parse(input.registrationDeadline) > Date.parse(input.start as string)) {
      issues.push({ field: 'registrationDeadline', message: 'Registration must close before the event starts.' });
    }
  }

  if (input.onlineMeetingUrl && !isWebLink(input.onlineMeetingUrl)) {
    issues.push({ field: 'onlineMeetingUrl', message: 'The online meeting link must start with https://.' });
  }
  if (input.location && input.location.length > 255) {
    issues.push({ field: 'location', message: 'Keep the location to 255 characters or fewer.' });
  }
  return issues;
}

/** Throws a `validation` HubError naming every broken rule; returns the input when it is fine. */
export function assertValidEvent<T extends EventInput>(input: T): T {
  const issues = eventIssues(input);
  if (issues.length > 0) {
    throw validationError(`The event "${input.title?.trim() || 'untitled'}" cannot be saved: ${issues.map((i) => i.message).join(' ')}`, issues);
  }
  return input;
}
