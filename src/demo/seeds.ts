/**
 * Seed records: the shapes of `src/domain/model.ts` with natural keys (names, emails, titles,
 * references) in place of list item ids, so a seeding programme can resolve them in dependency order.
 */
import type { ActionUpdateKind, PlanState, RagStatus, RatingSource, RsvpResponse, StatusSchemeName } from '../domain/vocabulary';

/** Which demo world to build: a small realistic network, or Liverpool scale for load and benchmarks. */
export type DemoScale = 'demo' | 'liverpool';

/** A unit, keyed by `name`. `faculty` names the parent faculty unit (also a unit) where there is one. */
export interface UnitSeed {
  readonly name: string;
  readonly kind?: string;
  readonly faculty?: string;
  readonly shortName?: string;
}

/** A person, keyed by `email`; `unit` is a unit name, `lineManager` another person's email. */
export interface PersonSeed {
  readonly name: string;
  readonly email: string;
  readonly unit?: string;
  readonly jobTitle?: string;
  readonly role?: string;
  readonly networkRole?: string;
  readonly lineManager?: string;
  /** Their Microsoft Entra object id in the demo directory (the same GUID `createdBy.user.id` carries). */
  readonly accountId?: string;
  /** `YYYY-MM-DD`; set for a few experts so succession planning has something to show. */
  readonly expectedLeavingDate?: string;
}

/** One entry in an action's history. */
export interface ActionUpdateSeed {
  /** Email of the person who wrote it. */
  readonly author: string;
  /** UTC ISO date-time. */
  readonly when: string;
  readonly kind: ActionUpdateKind;
  readonly summary: string;
  readonly fromStatus?: RagStatus;
  readonly toStatus?: RagStatus;
  readonly note?: string;
  readonly evidenceLink?: string;
}

/** An action, keyed by `reference` within its plan. */
export interface ActionSeed {
  readonly title: string;
  readonly reference: string;
  readonly talentRefs: readonly string[];
  readonly themes: readonly string[];
  readonly task: string;
  readonly mainTasks?: string;
  readonly outcome?: string;
  readonly successMeasures?: string;
  readonly timeframe?: string;
  /** `YYYY-MM-DD` */
  readonly targetDate?: string;
  /** The status in the plan's own scheme (Blue, In progress…). */
  readonly statusLabel?: string;
  readonly ragStatus: RagStatus;
  readonly redExplanation?: string;
  /** Emails of owning people. */
  readonly owners: readonly string[];
  readonly ownerRoles?: string;
  readonly projectGroup?: string;
  readonly strategyAlignment: readonly string[];
  readonly evidence?: string;
  /** Reference of the action in the plan's `previousPlan` this one carries forward. */
  readonly originReference?: string;
  readonly sortOrder?: number;
  /** Oldest first. */
  readonly updates: readonly ActionUpdateSeed[];
}

/** An action plan, keyed by `title`. */
export interface PlanSeed {
  readonly title: string;
  readonly institution: string;
  /** `YYYY-MM-DD` */
  readonly periodStart: string;
  /** `YYYY-MM-DD` */
  readonly periodEnd: string;
  readonly stage: '1' | '2' | '3';
  readonly statusScheme: StatusSchemeName;
  readonly state: PlanState;
  readonly extraThemes: readonly string[];
  readonly strategyPillars: readonly string[];
  /** Title of the plan this one follows. */
  readonly previousPlan?: string;
  readonly description?: string;
  readonly actions: readonly ActionSeed[];
}

/** A reference to an action by its plan's title and its own reference. */
export interface ActionRef {
  readonly plan: string;
  readonly reference: string;
}

export interface RegistrationSeed {
  /** Email of the person registering. */
  readonly person: string;
  readonly response: RsvpResponse;
  /** UTC ISO date-time. */
  readonly respondedAt: string;
  readonly attended: boolean;
}

/** An event, keyed by `title` + `start`. */
export interface EventSeed {
  readonly title: string;
  readonly type: string;
  /** UTC ISO date-time. */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly onlineMeetingUrl?: string;
  /** Email of the organiser. */
  readonly organiser?: string;
  readonly audienceUnits: readonly string[];
  readonly themes: readonly string[];
  readonly relatedActions: readonly ActionRef[];
  /** Places; undefined = unlimited. */
  readonly capacity?: number;
  /** UTC ISO date-time. */
  readonly registrationDeadline?: string;
  readonly description?: string;
  readonly cancelled: boolean;
  readonly registrations: readonly RegistrationSeed[];
}

/** A skill, keyed by `name`; `units`/`neededBy` are unit names. */
export interface SkillSeed {
  readonly name: string;
  readonly category: string;
  readonly units: readonly string[];
  readonly neededBy: readonly string[];
  readonly description?: string;
  readonly retired: boolean;
  /** Name of the skill this one was merged into. */
  readonly mergedInto?: string;
}

/** A proficiency rating of one person in one skill, from one source. */
export interface RatingSeed {
  /** Email of the person rated. */
  readonly person: string;
  /** Skill name. */
  readonly skill: string;
  readonly source: RatingSource;
  /** Email of who made the rating: the person (Self) or their line manager (Manager). */
  readonly author: string;
  /** Proficiency 0–4. */
  readonly level: number;
  readonly wantsToDevelop: boolean;
  /** `YYYY-MM-DD` */
  readonly lastReviewed?: string;
  /** `YYYY-MM-DD` */
  readonly certificateExpiry?: string;
  readonly note?: string;
}

/** A Hub Settings entry; `value` is stored as JSON. */
export interface SettingSeed {
  readonly key: string;
  readonly value: unknown;
}

/** A competency target: `unit` a unit name (none: every unit), `skill` a skill name. */
export interface TargetSeed {
  readonly skill: string;
  readonly unit?: string;
  readonly role?: string;
  readonly minLevel: number;
  readonly peopleNeeded: number;
}

/** Everything a seeding programme loads, in natural keys. */
export interface DemoDataset {
  readonly scale: DemoScale;
  readonly units: readonly UnitSeed[];
  readonly people: readonly PersonSeed[];
  readonly plans: readonly PlanSeed[];
  readonly events: readonly EventSeed[];
  readonly skills: readonly SkillSeed[];
  readonly ratings: readonly RatingSeed[];
  readonly settings: readonly SettingSeed[];
  readonly targets: readonly TargetSeed[];
}
