import type { DemoDataset, PersonSeed, PlanSeed, SkillSeed } from '../../demo/seeds';
import { validationError } from '../../domain/errors';
import type { ActionId, EventId, PersonId, PlanId, SkillId, UnitId } from '../../domain/ids';
import type { Draft, Stored } from '../../domain/model';
import type { Hub, ListRepository } from '../hub';
import { inFlight } from '../graph/paging';
import { listSpec } from '../schema/lists';
import type { ListKey } from '../schema/types';

/** Where seeding is: one line per list as it goes. */
export interface SeedProgress {
  readonly list: string;
  readonly done: number;
  readonly total: number;
  /** The list already had items, so it was left alone. */
  readonly skipped?: boolean;
}

export interface SeedReport {
  /** Items created per list display name (0 for a skipped list). */
  readonly created: Readonly<Record<string, number>>;
  /** Lists left alone because they already had items. */
  readonly skipped: readonly string[];
}

export interface SeedOptions {
  /** Who creates the shared records (units, people, plans, events, skills, settings). */
  readonly ownerUpn?: string;
  /** People writing their own items (ratings, registrations, updates) at once. */
  readonly peopleInFlight?: number;
  /**
   * Each sign-in name's site user id (SharePoint REST `ensureuser`, which Graph lacks), recorded
   * as the People entry's Account so actions' Owner accounts — and "My actions" — work from the
   * start. Without it People get no Account until `provision` runs again.
   */
  readonly siteUserOf?: (signInName: string) => Promise<number | undefined>;
}

/** Natural key → id, with a message naming what was not found. */
class KeyMap<I extends string> {
  private readonly ids = new Map<string, I>();

  constructor(private readonly what: string) {}

  set(key: string, id: I): void {
    this.ids.set(key.toLowerCase(), id);
  }

  has(key: string): boolean {
    return this.ids.has(key.toLowerCase());
  }

  get(key: string, usedBy: string): I {
    const id = this.ids.get(key.toLowerCase());
    if (!id) throw validationError(`${usedBy} names ${this.what} "${key}", which is not in the data set.`, [{ field: this.what, message: `Unknown ${this.what} "${key}" (${usedBy})` }]);
    return id;
  }

  optional(key: string | undefined, usedBy: string): I | undefined {
    return key === undefined ? undefined : this.get(key, usedBy);
  }
}

/**
 * Orders records so that each comes after the one it refers to (a person after their line
 * manager, a plan after its previous plan, a skill after the one it merged into), as waves that
 * can each be created in one go.
 */
export function waves<R>(records: readonly R[], keyOf: (r: R) => string, refOf: (r: R) => string | undefined): R[][] {
  const keys = new Set(records.map((r) => keyOf(r).toLowerCase()));
  const placed = new Set<string>();
  let left = [...records];
  const out: R[][] = [];
  while (left.length > 0) {
    const ready = left.filter((r) => {
      const ref = refOf(r)?.toLowerCase();
      return ref === undefined || !keys.has(ref) || placed.has(ref) || ref === keyOf(r).toLowerCase();
    });
    if (ready.length === 0) throw new RangeError(`A reference cycle among ${left.map(keyOf).slice(0, 3).join(', ')}…`);
    for (const r of ready) placed.add(keyOf(r).toLowerCase());
    out.push(ready);
    left = left.filter((r) => !ready.includes(r));
  }
  return out;
}

/**
 * Loads a demo dataset into the site's lists through the data layer, resolving natural keys
 * (names, emails, titles, references) into item ids. Shared records are created as the site
 * owner; each rating, registration and action update is created acting as its author, so
 * `createdBy` is real and item-level write works afterwards. A list that already has items is
 * left alone (its items still resolve keys), so running it again creates nothing.
 */
export async function seedDemo(hubFor: (upn: string) => Hub, dataset: DemoDataset, onProgress?: (progress: SeedProgress) => void, options: SeedOptions = {}): Promise<SeedReport> {
  const owner = hubFor(options.ownerUpn ?? 'owner@demo.local');
  const peopleInFlight = options.peopleInFlight ?? 6;
  const created: Record<string, number> = {};
  const skipped: string[] = [];

  /** Existing items of a list, or undefined when it is empty and should be seeded. */
  async function existing<T extends Stored<string>>(repo: ListRepository<T>): Promise<T[] | undefined> {
    const items = await repo.all();
    if (items.length === 0) return undefined;
    const name = listSpec(repo.listKey).displayName;
    skipped.push(name);
    created[name] = 0;
    onProgress?.({ list: name, done: items.length, total: items.length, skipped: true });
    return items;
  }

  /** Creates drafts (in waves if given) as one author, reporting progress across waves. */
  async function createAll<T extends Stored<string>>(listKey: ListKey, total: number, write: (report: (n: number) => void) => Promise<T[]>): Promise<T[]> {
    const name = listSpec(listKey).displayName;
    let done = 0;
    onProgress?.({ list: name, done, total });
    const made = await write((n) => {
      done += n;
      onProgress?.({ list: name, done, total });
    });
    created[name] = (created[name] ?? 0) + made.length;
    return made;
  }

  /** createMany with progress that adds up across calls. */
  const many = <T extends Stored<string>>(repo: ListRepository<T>, drafts: readonly Draft<T>[], report: (n: number) => void) => {
    let last = 0;
    return repo.createMany(drafts, {
      atomic: true,
      onProgress: (written) => {
        report(written - last);
        last = written;
      },
    });
  };

  // Units
  const units = new KeyMap<UnitId>('unit');
  const unitItems =
    (await existing(owner.units)) ??
    (await createAll('units', dataset.units.length, (report) => many(owner.units, dataset.units.map((u) => ({ name: u.name, kind: u.kind, faculty: u.faculty, shortName: u.shortName })), report)));
  for (const u of unitItems) units.set(u.name, u.id);

  // People, line managers first
  const people = new KeyMap<PersonId>('person');
  const personItems = await existing(owner.people);
  if (personItems) for (const p of personItems) people.set(p.email, p.id);
  else {
    const siteUserOf = options.siteUserOf;
    const accounts = new Map<string, string>();
    if (siteUserOf) {
      await inFlight(dataset.people, 8, async (p) => {
        const id = await siteUserOf(p.email);
        if (id !== undefined) accounts.set(p.email.toLowerCase(), String(id));
      });
    }
    await createAll('people', dataset.people.length, async (report) => {
      const all = [];
      for (const wave of waves<PersonSeed>(dataset.people, (p) => p.email, (p) => p.lineManager)) {
        const made = await many(
          owner.people,
          wave.map((p) => ({
            name: p.name,
            email: p.email,
            accountId: p.accountId,
            siteUserId: accounts.get(p.email.toLowerCase()),
            unitId: units.optional(p.unit, `Person ${p.email}`),
            jobTitle: p.jobTitle,
            role: p.role,
            networkRole: p.networkRole,
            lineManagerId: people.optional(p.lineManager, `Person ${p.email}`),
            expectedLeavingDate: p.expectedLeavingDate,
          })),
          report,
        );
        made.forEach((m) => people.set(m.email, m.id));
        all.push(...made);
      }
      return all;
    });
  }

  // Plans (previous plan first), then their actions
  const plans = new KeyMap<PlanId>('plan');
  const planItems = await existing(owner.plans);
  if (planItems) for (const p of planItems) plans.set(p.title, p.id);
  else {
    await createAll('actionPlans', dataset.plans.length, async (report) => {
      const all = [];
      for (const wave of waves<PlanSeed>(dataset.plans, (p) => p.title, (p) => p.previousPlan)) {
        const made = await many(
          owner.plans,
          wave.map((p) => ({
            title: p.title,
            institution: p.institution,
            periodStart: p.periodStart,
            periodEnd: p.periodEnd,
            stage: p.stage,
            statusScheme: p.statusScheme,
            state: p.state,
            extraThemes: p.extraThemes,
            strategyPillars: p.strategyPillars,
            previousPlanId: plans.optional(p.previousPlan, `Plan "${p.title}"`),
            description: p.description,
          })),
          report,
        );
        made.forEach((m) => plans.set(m.title, m.id));
        all.push(...made);
      }
      return all;
    });
  }

  const actionKey = (plan: string, reference: string) => `${plan}\u0000${reference}`;
  const actions = new KeyMap<ActionId>('action');
  const actionItems = await existing(owner.actions);
  if (actionItems) {
    const titleOfPlan = new Map((await owner.plans.all()).map((p) => [p.id, p.title]));
    for (const a of actionItems) actions.set(actionKey(titleOfPlan.get(a.planId) ?? '', a.reference), a.id);
  } else {
    const total = dataset.plans.reduce((n, p) => n + p.actions.length, 0);
    await createAll('actions', total, async (report) => {
      const all = [];
      for (const wave of waves<PlanSeed>(dataset.plans, (p) => p.title, (p) => p.previousPlan)) {
        for (const plan of wave) {
          const made = await many(
            owner.actions,
            plan.actions.map((a) => ({
              planId: plans.get(plan.title, `Actions of "${plan.title}"`),
              title: a.title,
              reference: a.reference,
              talentRefs: a.talentRefs,
              themes: a.themes,
              task: a.task,
              mainTasks: a.mainTasks,
              outcome: a.outcome,
              successMeasures: a.successMeasures,
              timeframe: a.timeframe,
              targetDate: a.targetDate,
              statusLabel: a.statusLabel,
              ragStatus: a.ragStatus,
              redExplanation: a.redExplanation,
              ownerIds: a.owners.map((o) => people.get(o, `Action ${a.reference} of "${plan.title}"`)),
              ownerRoles: a.ownerRoles,
              projectGroup: a.projectGroup,
              strategyAlignment: a.strategyAlignment,
              evidence: a.evidence,
              originActionId: a.originReference && plan.previousPlan ? actions.get(actionKey(plan.previousPlan, a.originReference), `Action ${a.reference} of "${plan.title}"`) : undefined,
              sortOrder: a.sortOrder,
            })),
            report,
          );
          made.forEach((m) => actions.set(actionKey(plan.title, m.reference), m.id));
          all.push(...made);
        }
      }
      return all;
    });
  }

  // Action updates, each written by its author
  if (!(await existing(owner.actionUpdates))) {
    const drafts = dataset.plans.flatMap((plan) =>
      plan.actions.flatMap((a) =>
        a.updates.map((u) => ({
          author: u.author,
          draft: {
            actionId: actions.get(actionKey(plan.title, a.reference), `An update of action ${a.reference}`),
            summary: u.summary,
            kind: u.kind,
            fromStatus: u.fromStatus,
            toStatus: u.toStatus,
            note: u.note,
            evidenceLink: u.evidenceLink,
          },
        })),
      ),
    );
    await createAll('actionUpdates', drafts.length, (report) => asAuthors(drafts, (upn, mine) => many(hubFor(upn).actionUpdates, mine, report)));
  }

  // Events, then registrations made by each person
  const events = new KeyMap<EventId>('event');
  const eventKey = (title: string, start: string) => `${title}\u0000${new Date(start).toISOString()}`;
  const eventItems =
    (await existing(owner.events)) ??
    (await createAll('events', dataset.events.length, (report) =>
      many(
        owner.events,
        dataset.events.map((e) => ({
          title: e.title,
          type: e.type,
          start: e.start,
          end: e.end,
          location: e.location,
          onlineMeetingUrl: e.onlineMeetingUrl,
          organiserId: people.optional(e.organiser, `Event "${e.title}"`),
          audienceUnitIds: e.audienceUnits.map((u) => units.get(u, `Event "${e.title}"`)),
          themes: e.themes,
          relatedActionIds: e.relatedActions.map((r) => actions.get(actionKey(r.plan, r.reference), `Event "${e.title}"`)),
          capacity: e.capacity,
          registrationDeadline: e.registrationDeadline,
          description: e.description,
          cancelled: e.cancelled,
        })),
        report,
      ),
    ));
  for (const e of eventItems) events.set(eventKey(e.title, e.start), e.id);

  if (!(await existing(owner.registrations))) {
    const drafts = dataset.events.flatMap((e) =>
      e.registrations.map((r) => ({
        author: r.person,
        draft: { eventId: events.get(eventKey(e.title, e.start), `A registration for "${e.title}"`), personId: people.get(r.person, `A registration for "${e.title}"`), response: r.response, respondedAt: r.respondedAt, attended: r.attended },
      })),
    );
    await createAll('eventRegistrations', drafts.length, (report) => asAuthors(drafts, (upn, mine) => many(hubFor(upn).registrations, mine, report)));
  }

  // Skills (merged-into first), then ratings made by the technician or their manager
  const skills = new KeyMap<SkillId>('skill');
  const skillItems = await existing(owner.skills);
  if (skillItems) for (const s of skillItems) skills.set(s.name, s.id);
  else {
    await createAll('skills', dataset.skills.length, async (report) => {
      const all = [];
      for (const wave of waves<SkillSeed>(dataset.skills, (s) => s.name, (s) => s.mergedInto)) {
        const made = await many(
          owner.skills,
          wave.map((s) => ({
            name: s.name,
            category: s.category,
            unitIds: s.units.map((u) => units.get(u, `Skill "${s.name}"`)),
            neededByUnitIds: s.neededBy.map((u) => units.get(u, `Skill "${s.name}"`)),
            description: s.description,
            retired: s.retired,
            mergedIntoId: skills.optional(s.mergedInto, `Skill "${s.name}"`),
          })),
          report,
        );
        made.forEach((m) => skills.set(m.name, m.id));
        all.push(...made);
      }
      return all;
    });
  }

  if (!(await existing(owner.ratings))) {
    const drafts = dataset.ratings.map((r) => ({
      author: r.author,
      draft: {
        personId: people.get(r.person, `A rating of ${r.person}`),
        skillId: skills.get(r.skill, `A rating of ${r.person}`),
        source: r.source,
        level: r.level,
        wantsToDevelop: r.wantsToDevelop,
        lastReviewed: r.lastReviewed,
        certificateExpiry: r.certificateExpiry,
        note: r.note,
      },
    }));
    await createAll('skillRatings', drafts.length, (report) => asAuthors(drafts, (upn, mine) => many(hubFor(upn).ratings, mine, report)));
  }

  // Competency targets, so the Targets page and training needs have something to measure against.
  if (!(await existing(owner.targets))) {
    const drafts = dataset.targets.map((t) => ({
      skillId: skills.get(t.skill, 'A target'),
      unitId: units.optional(t.unit, `A target for ${t.skill}`),
      role: t.role,
      minLevel: t.minLevel,
      peopleNeeded: t.peopleNeeded,
    }));
    await createAll('skillTargets', drafts.length, (report) => many(owner.targets, drafts, report));
  }

  // Settings by key: provisioning may already have recorded some (the site's time zone).
  const storedSettings = await owner.settings.all();
  const storedKeys = new Set(storedSettings.map((s) => s.key));
  const newSettings = dataset.settings.filter((s) => !storedKeys.has(s.key));
  if (newSettings.length === 0) {
    const name = listSpec('hubSettings').displayName;
    skipped.push(name);
    created[name] = 0;
    onProgress?.({ list: name, done: storedSettings.length, total: storedSettings.length, skipped: true });
  } else {
    await createAll('hubSettings', newSettings.length, (report) => many(owner.settings, newSettings.map((s) => ({ key: s.key, value: s.value })), report));
  }

  return { created, skipped };

  /** Groups drafts by author and writes each group as that person, a few people at once. */
  async function asAuthors<D, T>(drafts: readonly { author: string; draft: D }[], write: (upn: string, mine: D[]) => Promise<T[]>): Promise<T[]> {
    const byAuthor = new Map<string, D[]>();
    for (const { author, draft } of drafts) byAuthor.set(author, [...(byAuthor.get(author) ?? []), draft]);
    const results = await inFlight([...byAuthor.entries()], peopleInFlight, ([upn, mine]) => write(upn, mine));
    return results.flat();
  }
}
