/**
 * Finding an event by words and type, as people look for "that CaféTech on microscopy".
 */
import type { HubEvent } from '../model';

export interface EventSearch {
  /** Words, each of which must appear in the title, type, place, description or themes. */
  readonly words?: string;
  /** One event type ("CaféTech"); compared without regard to case. */
  readonly type?: string;
}

const fold = (s: string): string => s.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** The events matching every word and the type, in the order given. */
export function searchEvents<E extends Pick<HubEvent, 'title' | 'type' | 'location' | 'description' | 'themes'>>(events: readonly E[], search: EventSearch): E[] {
  const words = fold(search.words ?? '').split(/\s+/).filter(Boolean);
  const type = search.type ? fold(search.type) : undefined;
  return events.filter((e) => {
    if (type && fold(e.type) !== type) return false;
    if (words.length === 0) return true;
    const text = fold([e.title, e.type, e.location ?? '', e.description ?? '', ...e.themes].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** The types in use, by name, for the type filter (a network may have typed its own). */
export function eventTypesOf(events: readonly Pick<HubEvent, 'type'>[]): string[] {
  const seen = new Map<string, string>();
  for (const e of events) if (e.type && !seen.has(fold(e.type))) seen.set(fold(e.type), e.type);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
