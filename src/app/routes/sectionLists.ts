/**
 * The lists each section reads as it opens, so that start-up asks for them together with People
 * and Hub Settings — one `$batch` — instead of one more round trip once the section's code has
 * loaded and its hooks run. Lists load on their first reader anyway (src/data/createHub.ts): one
 * missed here costs a second `$batch` when the page reads it; one listed but not read costs its
 * load, so only what the section's first screen shows is listed.
 */
import type { Hub } from '../../data/hub';
import type { ListView } from '../../data/store/listStore';

type Lists = (hub: Hub) => readonly { readonly store: ListView<unknown> }[];

const skills: Lists = (h) => [h.units, h.skills, h.ratings, h.targets, h.leavingDates];

/** By the first segment of the route (`''` is the Overview). People and Hub Settings always load. */
const SECTION_LISTS: Readonly<Record<string, Lists>> = {
  '': (h) => [h.plans, h.actions, h.events, h.skills, h.ratings, h.units],
  actions: (h) => [h.plans, h.actions],
  events: (h) => [h.events, h.registrations, h.units, h.actions],
  skills,
  people: skills,
  cards: (h) => [h.sentCards],
  announcements: (h) => [h.announcements, h.announcementReads],
};

/** The stores the page at `pathname` (a HashRouter path such as `/events/12`) reads first. */
export function listsOpenedBy(hub: Hub, pathname: string): readonly ListView<unknown>[] {
  const section = pathname.split('/').filter(Boolean)[0] ?? '';
  return (SECTION_LISTS[section]?.(hub) ?? []).map((list) => list.store);
}
