/**
 * The create/edit form's values as a person types them (dates and times in their zone) and the
 * conversion to and from a stored event (UTC).
 */
import { fromWallTime, toWallTime } from '../../../domain/events/timeZone';
import type { EventInput } from '../../../domain/events/validation';
import { asId, type ActionId, type PersonId, type UnitId } from '../../../domain/ids';
import type { HubEvent } from '../../../domain/model';

export interface EventFormValues {
  readonly title: string;
  readonly type: string;
  readonly startDate: string;
  readonly startTime: string;
  readonly endDate: string;
  readonly endTime: string;
  readonly location: string;
  readonly onlineMeetingUrl: string;
  readonly organiserId: string;
  readonly audienceUnitIds: readonly string[];
  readonly themes: readonly string[];
  readonly relatedActionIds: readonly string[];
  readonly capacity: string;
  readonly deadlineDate: string;
  readonly deadlineTime: string;
  readonly description: string;
  readonly cancelled: boolean;
}

export function emptyForm(organiserId?: string): EventFormValues {
  return {
    title: '', type: 'Network meeting', startDate: '', startTime: '12:00', endDate: '', endTime: '13:00', location: '',
    onlineMeetingUrl: '', organiserId: organiserId ?? '', audienceUnitIds: [], themes: [], relatedActionIds: [], capacity: '',
    deadlineDate: '', deadlineTime: '17:00', description: '', cancelled: false,
  };
}

export function formFromEvent(event: HubEvent, timeZone: string): EventFormValues {
  const start = toWallTime(event.start, timeZone);
  const end = toWallTime(event.end, timeZone);
  const deadline = event.registrationDeadline ? toWallTime(event.registrationDeadline, timeZone) : undefined;
  return {
    title: event.title, type: event.type, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time,
    location: event.location ?? '', onlineMeetingUrl: event.onlineMeetingUrl ?? '', organiserId: event.organiserId ?? '',
    audienceUnitIds: event.audienceUnitIds, themes: event.themes, relatedActionIds: event.relatedActionIds,
    capacity: event.capacity === undefined ? '' : String(event.capacity), deadlineDate: deadline?.date ?? '', deadlineTime: deadline?.time ?? '17:00',
    description: event.description ?? '', cancelled: event.cancelled,
  };
}

const instant = (date: string, time: string, zone: string) => (date && time ? fromWallTime({ date, time }, zone) : '');

/** The event the form describes; blank optional fields are left out (cleared on edit). */
export function inputFromForm(values: EventFormValues, timeZone: string): EventInput {
  const capacity = values.capacity.trim() === '' ? undefined : Number(values.capacity);
  return {
    title: values.title.trim(),
    type: values.type.trim(),
    start: instant(values.startDate, values.startTime, timeZone),
    end: instant(values.endDate || values.startDate, values.endTime, timeZone),
    location: values.location.trim() || undefined,
    onlineMeetingUrl: values.onlineMeetingUrl.trim() || undefined,
    organiserId: values.organiserId ? asId<PersonId>(values.organiserId) : undefined,
    audienceUnitIds: values.audienceUnitIds.map((id) => asId<UnitId>(id)),
    themes: values.themes,
    relatedActionIds: values.relatedActionIds.map((id) => asId<ActionId>(id)),
    capacity: capacity !== undefined && Number.isNaN(capacity) ? -1 : capacity,
    registrationDeadline: values.deadlineDate ? instant(values.deadlineDate, values.deadlineTime, timeZone) : undefined,
    description: values.description.trim() || undefined,
    cancelled: values.cancelled,
  };
}
