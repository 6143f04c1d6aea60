/**
 * The skills feature's data, shared by every skills page (matrix, profiles, gaps…) and the
 * Overview through the lists' stores, so moving between them does not fetch 26,000 ratings again.
 * "Reload" asks for changes only.
 */
import type { Hub } from '../../../../data/hub';
import type { ListKey } from '../../../../data/schema/types';
import { missingListOf } from '../../../../domain/errors';
import type { ListState, ListView } from '../../../../data/store/listStore';
import type { HubSetting, LeavingDateEntry, Person, Skill, SkillRating, SkillTarget, Unit } from '../../../../domain/model';
import { withLeavingDates } from '../../../../domain/skills/leavingDates';
import { importersFrom, RATING_IMPORTERS_SETTING } from '../../../../domain/skills/importers';
import { PROFICIENCY_LABELS_SETTING, proficiencyLabelsFrom, type ProficiencyLabels } from '../../../../domain/skills/proficiency';

export interface SkillsData {
  readonly units: readonly Unit[];
  /** Everyone in People, each expected leaving date as their line manager last recorded it (`withLeavingDates`). */
  readonly people: readonly Person[];
  /** The Leaving Dates list as stored (a line manager's own entries are updated, not added again). */
  readonly leavingDates: readonly LeavingDateEntry[];
  readonly skills: readonly Skill[];
  readonly ratings: readonly SkillRating[];
  /** Competency targets (Skill Targets list). */
  readonly targets: readonly SkillTarget[];
  readonly labels: ProficiencyLabels;
  readonly labelsSetting?: HubSetting;
  /** Entra object ids of those trusted to import ratings (Hub Settings `ratingImporters`). */
  readonly importers: readonly string[];
  readonly importersSetting?: HubSetting;
  /**
   * Lists newer releases added that this site does not have (Skill Targets, Leaving Dates): read as
   * having no entries — so leaving dates are People's own — and what needs them says so.
   */
  readonly absent: readonly ListKey[];
}

export type SkillsState =
  | { readonly status: 'loading'; readonly ratingsLoaded: number; readonly data?: SkillsData }
  | { readonly status: 'ready'; readonly data: SkillsData }
  | { readonly status: 'error'; readonly error: unknown; readonly data?: SkillsData };

type Listener = () => void;

/**
 * One Hub's skills data with subscribe/snapshot for `useSyncExternalStore`: a view over the
 * Units, People, Skills, Skill Ratings, Hub Settings and Skill Targets stores (src/data/store),
 * which the Overview reads too — so the ratings are loaded once for both, kept in IndexedDB and
 * brought up to date by delta. While a first load streams in the ratings, the data is there with
 * the ratings so far (`status: 'loading'`, `ratingsLoaded`).
 */
export class SkillsStore {
  private cached?: { readonly states: readonly ListState<unknown>[]; readonly value: SkillsState };

  constructor(private readonly hub: Hub) {}

  private lists() {
    const { units, people, skills, ratings, settings, targets, leavingDates } = this.hub;
    return [units, people, skills, ratings, settings, targets, leavingDates] as const;
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    const stops = this.lists().map((l) => l.store.subscribe(listener));
    return () => stops.forEach((stop) => stop());
  };

  readonly snapshot = (): SkillsState => {
    const states = this.lists().map((l) => l.store.snapshot() as ListState<unknown>);
    if (this.cached && states.every((s, i) => s === this.cached?.states[i])) return this.cached.value;
    const value = this.compute();
    this.cached = { states, value };
    return value;
  };

  private compute(): SkillsState {
    const [units, people, skills, ratings, settings, stored, leavingStored] = this.lists().map((l) => l.store.snapshot());
    // A site an earlier release set up may lack the lists later ones added: none there, not a failure.
    const absent: ListKey[] = [];
    const unlessAbsent = (state: ListState<unknown>, key: ListKey): ListState<unknown> => {
      if (state.status !== 'error' || missingListOf(state.error) === undefined) return state;
      absent.push(key);
      return { ...state, status: 'ready', items: [], error: undefined } as ListState<unknown>;
    };
    const targets = unlessAbsent(stored, 'skillTargets');
    const leaving = unlessAbsent(leavingStored, 'leavingDates');
    const others = [units, people, skills, settings, targets, leaving];
    const shown = (s: ListState<unknown>) => s.status === 'ready' || (s.status === 'error' && s.items.length > 0);
    const failed = [units, people, skills, ratings, settings, targets, leaving].find((s) => s.status === 'error');
    const ratingsShown = shown(ratings) || (ratings.status === 'loading' && ratings.items.length > 0);
    let data: SkillsData | undefined;
    if (others.every(shown) && ratingsShown) {
      const labelsSetting = (settings.items as readonly HubSetting[]).find((s) => s.key === PROFICIENCY_LABELS_SETTING);
      const importersSetting = (settings.items as readonly HubSetting[]).find((s) => s.key === RATING_IMPORTERS_SETTING);
      data = {
        units: units.items as readonly Unit[],
        people: withLeavingDates(people.items as readonly Person[], leaving.items as readonly LeavingDateEntry[]),
        leavingDates: leaving.items as readonly LeavingDateEntry[],
        skills: skills.items as readonly Skill[],
        ratings: ratings.items as readonly SkillRating[],
        targets: targets.items as readonly SkillTarget[],
        labels: proficiencyLabelsFrom(labelsSetting?.value),
        labelsSetting,
        importers: importersFrom(importersSetting?.value),
        importersSetting,
        absent,
      };
    }
    if (failed) return { status: 'error', error: failed.error, data };
    if (data && ratings.status === 'ready') return { status: 'ready', data };
    return { status: 'loading', ratingsLoaded: ratings.loaded, data };
  }

  /** Starts loading whatever is not loaded yet (from IndexedDB, else Graph). */
  load(): void {
    for (const list of this.lists()) void list.store.ready().catch(() => undefined);
  }

  /** Asks Graph for every skills list's changes (one `$batch`). */
  reload(): void {
    void this.hub.sync(this.lists().map((l) => l.store as ListView<unknown>)).catch(() => undefined);
  }

  /** Puts saved ratings (new or changed) into the Skill Ratings store (writes through the hub already do). */
  putRatings(saved: readonly SkillRating[]): void {
    this.hub.ratings.store.put(saved);
  }

  putSkills(saved: readonly Skill[]): void {
    this.hub.skills.store.put(saved);
  }

  /** Puts the saved `proficiencyLabels` setting into the Hub Settings store. */
  putLabels(saved: HubSetting): void {
    this.hub.settings.store.put([saved]);
  }

  /** Puts the saved `ratingImporters` setting into the Hub Settings store. */
  putImporters(saved: HubSetting): void {
    this.hub.settings.store.put([saved]);
  }

  /** Puts saved targets (new or changed) into the Skill Targets store. */
  putTargets(saved: readonly SkillTarget[]): void {
    this.hub.targets.store.put(saved);
  }

  /** A deleted target: the hub's `remove` has taken it out of the store already; this asks delta to confirm. */
  dropTarget(id: SkillTarget['id']): void {
    if (this.hub.targets.store.snapshot().items.some((t) => t.id === id)) void this.hub.targets.store.sync().catch(() => undefined);
  }

  putPerson(saved: Person): void {
    this.hub.people.store.put([saved]);
  }

  /** Puts a saved leaving-date entry into the Leaving Dates store (writes through the hub already do). */
  putLeavingDate(saved: LeavingDateEntry): void {
    this.hub.leavingDates.store.put([saved]);
  }
}

const stores = new WeakMap<Hub, SkillsStore>();

/** The store for a Hub (one per signed-in person's Hub); starts loading on first use. */
export function skillsStoreFor(hub: Hub): SkillsStore {
  let store = stores.get(hub);
  if (!store) {
    store = new SkillsStore(hub);
    stores.set(hub, store);
    store.load();
  }
  return store;
}
