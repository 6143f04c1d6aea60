/**
 * The skills feature's data, loaded once per Hub and shared by every skills page (matrix, profiles,
 * gaps…), so moving between them does not fetch 26,000 ratings again. Writes made through the
 * feature update it in place; "Reload" fetches everything again.
 */
import type { Hub } from '../../../../data/hub';
import type { HubSetting, Person, Skill, SkillRating, SkillTarget, Unit } from '../../../../domain/model';
import { importersFrom, RATING_IMPORTERS_SETTING } from '../../../../domain/skills/importers';
import { PROFICIENCY_LABELS_SETTING, proficiencyLabelsFrom, type ProficiencyLabels } from '../../../../domain/skills/proficiency';

export interface SkillsData {
  readonly units: readonly Unit[];
  readonly people: readonly Person[];
  readonly skills: readonly Skill[];
  readonly ratings: readonly SkillRating[];
  /** Competency targets (Skill Targets list). */
  readonly targets: readonly SkillTarget[];
  readonly labels: ProficiencyLabels;
  readonly labelsSetting?: HubSetting;
  /** Entra object ids of those trusted to import ratings (Hub Settings `ratingImporters`). */
  readonly importers: readonly string[];
  readonly importersSetting?: HubSetting;
}

export type SkillsState =
  | { readonly status: 'loading'; readonly ratingsLoaded: number; readonly data?: SkillsData }
  | { readonly status: 'ready'; readonly data: SkillsData }
  | { readonly status: 'error'; readonly error: unknown; readonly data?: SkillsData };

type Listener = () => void;

/** One Hub's skills data with subscribe/snapshot for `useSyncExternalStore`. */
export class SkillsStore {
  private state: SkillsState = { status: 'loading', ratingsLoaded: 0 };
  private readonly listeners = new Set<Listener>();
  private loading?: AbortController;

  constructor(private readonly hub: Hub) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): SkillsState => this.state;

  private set(state: SkillsState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }

  /** Loads everything (ratings with progress); a second call while loading does nothing. */
  load(): void {
    if (this.loading) return;
    const controller = new AbortController();
    this.loading = controller;
    const previous = this.state.data;
    this.set({ status: 'loading', ratingsLoaded: 0, data: previous });
    const { signal } = controller;
    const onProgress = (n: number): void => {
      if (this.state.status === 'loading') this.set({ ...this.state, ratingsLoaded: n });
    };
    Promise.all([
      this.hub.units.all({ signal }),
      this.hub.people.all({ signal }),
      this.hub.skills.all({ signal }),
      this.hub.ratings.all({ signal, onProgress }),
      this.hub.settings.all({ signal }),
      this.hub.targets.all({ signal }),
    ]).then(
      ([units, people, skills, ratings, settings, targets]) => {
        const labelsSetting = settings.find((s) => s.key === PROFICIENCY_LABELS_SETTING);
        const importersSetting = settings.find((s) => s.key === RATING_IMPORTERS_SETTING);
        this.loading = undefined;
        this.set({ status: 'ready', data: { units, people, skills, ratings, targets, labels: proficiencyLabelsFrom(labelsSetting?.value), labelsSetting, importers: importersFrom(importersSetting?.value), importersSetting } });
      },
      (error: unknown) => {
        this.loading = undefined;
        this.set({ status: 'error', error, data: previous });
      },
    );
  }

  /** Loads again from SharePoint (after someone else's changes, or a failed write). */
  reload(): void {
    this.loading?.abort();
    this.loading = undefined;
    this.load();
  }

  private update(change: (data: SkillsData) => SkillsData): void {
    if (this.state.status === 'ready') this.set({ status: 'ready', data: change(this.state.data) });
  }

  /** Puts saved ratings (new or changed) into the loaded data. */
  putRatings(saved: readonly SkillRating[]): void {
    const byId = new Map(saved.map((r) => [r.id as string, r]));
    this.update((d) => {
      const kept = d.ratings.map((r) => byId.get(r.id) ?? r);
      const known = new Set(d.ratings.map((r) => r.id as string));
      return { ...d, ratings: [...kept, ...saved.filter((r) => !known.has(r.id))] };
    });
  }

  putSkills(saved: readonly Skill[]): void {
    const byId = new Map(saved.map((s) => [s.id as string, s]));
    this.update((d) => {
      const known = new Set(d.skills.map((s) => s.id as string));
      return { ...d, skills: [...d.skills.map((s) => byId.get(s.id) ?? s), ...saved.filter((s) => !known.has(s.id))] };
    });
  }

  /** Puts the saved `proficiencyLabels` setting into the loaded data. */
  putLabels(saved: HubSetting): void {
    this.update((d) => ({ ...d, labels: proficiencyLabelsFrom(saved.value), labelsSetting: saved }));
  }

  /** Puts the saved `ratingImporters` setting into the loaded data. */
  putImporters(saved: HubSetting): void {
    this.update((d) => ({ ...d, importers: importersFrom(saved.value), importersSetting: saved }));
  }

  /** Puts saved targets (new or changed) into the loaded data. */
  putTargets(saved: readonly SkillTarget[]): void {
    const byId = new Map(saved.map((t) => [t.id as string, t]));
    this.update((d) => {
      const known = new Set(d.targets.map((t) => t.id as string));
      return { ...d, targets: [...d.targets.map((t) => byId.get(t.id) ?? t), ...saved.filter((t) => !known.has(t.id))] };
    });
  }

  /** Takes a deleted target out of the loaded data. */
  dropTarget(id: SkillTarget['id']): void {
    this.update((d) => ({ ...d, targets: d.targets.filter((t) => t.id !== id) }));
  }

  putPerson(saved: Person): void {
    this.update((d) => ({ ...d, people: d.people.map((p) => (p.id === saved.id ? saved : p)) }));
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
