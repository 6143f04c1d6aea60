/**
 * Attendance figures: who came, per event, per type of event and per unit. Networks report these
 * as evidence for their plans ("record numbers attending external events").
 */
import type { EventId, UnitId } from '../ids';
import type { HubEvent, Person, Registration, Unit } from '../model';
import { WALK_IN } from '../vocabulary';
import { waitingListOf } from './waitingList';

export interface EventAttendance {
  readonly eventId: EventId;
  readonly title: string;
  readonly type: string;
  readonly start: string;
  /** People with a confirmed place. */
  readonly confirmed: number;
  /** People the organiser marked as attended (walk-ins included). */
  readonly attended: number;
  /** Of those, how many came without replying (walk-ins). */
  readonly walkIns: number;
  /** attended ÷ confirmed, 0–1; undefined when nobody had a place. */
  readonly turnout?: number;
}

export interface GroupAttendance {
  readonly name: string;
  readonly events: number;
  readonly attended: number;
}

export interface AttendanceFigures {
  readonly perEvent: readonly EventAttendance[];
  readonly perType: readonly GroupAttendance[];
  /** Per unit of the people who attended; people without a unit count under "No unit". */
  readonly perUnit: readonly GroupAttendance[];
  readonly totalAttended: number;
  /** Of `totalAttended`, how many were walk-ins. */
  readonly totalWalkIns: number;
}

/** Attendance of each past event (events still to come have none yet), with totals per type and unit. */
export function attendanceFigures(
  events: readonly HubEvent[],
  registrations: readonly Registration[],
  people: readonly Person[],
  units: readonly Unit[],
  now: Date,
): AttendanceFigures {
  const unitName = new Map<UnitId, string>(units.map((u) => [u.id, u.name]));
  const unitOf = new Map(people.map((p) => [p.id, p.unitId ? (unitName.get(p.unitId) ?? 'No unit') : 'No unit']));
  const past = events.filter((e) => !e.cancelled && Date.parse(e.start) <= now.getTime()).sort((a, b) => b.start.localeCompare(a.start));
  const byEvent = new Map<EventId, Registration[]>();
  for (const r of registrations) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);

  const perType = new Map<string, { events: number; attended: number }>();
  const perUnit = new Map<string, { events: Set<EventId>; attended: number }>();
  const perEvent = past.map((event): EventAttendance => {
    const regs = byEvent.get(event.id) ?? [];
    const came = regs.filter((r) => r.attended);
    const confirmed = waitingListOf(event, regs).confirmed.length;
    const type = perType.get(event.type) ?? { events: 0, attended: 0 };
    perType.set(event.type, { events: type.events + 1, attended: type.attended + came.length });
    for (const r of came) {
      const name = unitOf.get(r.personId) ?? 'No unit';
      const unit = perUnit.get(name) ?? { events: new Set<EventId>(), attended: 0 };
      unit.events.add(event.id);
      perUnit.set(name, { events: unit.events, attended: unit.attended + 1 });
    }
    return {
      eventId: event.id,
      title: event.title,
      type: event.type,
      start: event.start,
      confirmed,
      attended: came.length,
      walkIns: came.filter((r) => r.response === WALK_IN).length,
      turnout: confirmed > 0 ? came.length / confirmed : undefined,
    };
  });
  const byAttendedThenName = (a: GroupAttendance, b: GroupAttendance) => b.attended - a.attended || a.name.localeCompare(b.name);
  return {
    perEvent,
    perType: [...perType].map(([name, v]) => ({ name, ...v })).sort(byAttendedThenName),
    perUnit: [...perUnit].map(([name, v]) => ({ name, events: v.events.size, attended: v.attended })).sort(byAttendedThenName),
    totalAttended: perEvent.reduce((sum, e) => sum + e.attended, 0),
    totalWalkIns: perEvent.reduce((sum, e) => sum + e.walkIns, 0),
  };
}

/** ", 3 of them walk-ins" when some who came had not replied; else nothing. */
export function walkInWords(walkIns: number): string {
  return walkIns > 0 ? `, ${walkIns} of them walk-in${walkIns === 1 ? '' : 's'}` : '';
}

/**
 * "42 attended, 3 of them walk-ins (50 had a place)": people who said maybe and walk-ins count as
 * attended without having had a place, so the numbers are given side by side.
 */
export function attendedInWords(figure: Pick<EventAttendance, 'attended' | 'walkIns' | 'confirmed'>): string {
  const places = figure.confirmed > 0 ? ` (${figure.confirmed} had a place)` : '';
  return `${figure.attended} attended${walkInWords(figure.walkIns)}${places}`;
}

/**
 * The text of an Evidence update linking an event's attendance to an action, e.g.
 * "TechExchange showcase (12 March 2026): 42 attended, 3 of them walk-ins (50 had a place)."
 */
export function attendanceEvidenceSummary(figure: EventAttendance, dateInWords: string): string {
  return `${figure.title} (${dateInWords}): ${attendedInWords(figure)}.`;
}
