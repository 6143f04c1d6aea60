/**
 * The records Technician Hub works with, in our users' words. Repositories in `src/data` map
 * SharePoint list items to and from these; nothing outside `src/data` sees Graph's `fields`.
 * Dates are ISO strings: `YYYY-MM-DD` for date-only columns, full UTC ISO for date-times.
 */
import type {
  ActionId,
  ActionUpdateId,
  EventId,
  LeavingDateId,
  PersonId,
  PlanId,
  RatingId,
  RegistrationId,
  SkillId,
  TargetId,
  UnitId,
} from './ids';
import type { ActionUpdateKind, PlanState, RagStatus, RatingSource, RegistrationResponse, StatusSchemeName } from './vocabulary';

/** What every stored record carries besides its own fields. */
export interface Stored<I extends string> {
  readonly id: I;
  /** Opaque version for optimistic concurrency (`If-Match`). */
  readonly eTag: string;
  readonly created: string;
  readonly modified: string;
  /** Sign-in names (UPN/email) of who created and last changed the item, for showing. */
  readonly createdBy?: string;
  readonly modifiedBy?: string;
  /** The Microsoft Entra object id of the item's author (Graph `createdBy.user.id`): who wrote it. */
  readonly createdById?: string;
  /** The Microsoft Entra object id of who last changed the item (Graph `lastModifiedBy.user.id`), which SharePoint sets too. */
  readonly modifiedById?: string;
}

/** A record before it is stored: no id, no eTag. */
export type Draft<T> = Omit<T, keyof Stored<string>>;

export interface Unit extends Stored<UnitId> {
  readonly name: string;
  readonly kind?: string;
  readonly faculty?: string;
  readonly shortName?: string;
}

export interface Person extends Stored<PersonId> {
  readonly name: string;
  readonly email: string;
  readonly unitId?: UnitId;
  readonly jobTitle?: string;
  readonly role?: string;
  readonly networkRole?: string;
  readonly lineManagerId?: PersonId;
  /** The person's Microsoft Entra object id, where known: how items they wrote are recognised. */
  readonly accountId?: string;
  /**
   * Their site user id (the People list's Account, a Person column), where known: what Person
   * columns such as Actions' Owner accounts hold, so SharePoint's [Me] can find them.
   */
  readonly siteUserId?: string;
  /** `YYYY-MM-DD`; only line managers set it. */
  readonly expectedLeavingDate?: string;
}

export interface ActionPlan extends Stored<PlanId> {
  readonly title: string;
  readonly institution: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly stage: '1' | '2' | '3';
  readonly statusScheme: StatusSchemeName;
  readonly state: PlanState;
  /** Themes beyond the four Commitment themes. */
  readonly extraThemes: readonly string[];
  readonly strategyPillars: readonly string[];
  readonly previousPlanId?: PlanId;
  readonly description?: string;
}

export interface Action extends Stored<ActionId> {
  readonly planId: PlanId;
  /** Short title (SharePoint's Title column). */
  readonly title: string;
  readonly reference: string;
  /** Further references the plan gives the same action (Leeds' "Visibility (V5) Sustainability (S1)" → S1). */
  readonly otherReferences?: readonly string[];
  readonly talentRefs: readonly string[];
  readonly themes: readonly string[];
  readonly task: string;
  readonly mainTasks?: string;
  readonly outcome?: string;
  readonly successMeasures?: string;
  readonly timeframe?: string;
  /** `YYYY-MM-DD` */
  readonly targetDate?: string;
  /** The status as the plan's own scheme names it (Blue, In progress…). */
  readonly statusLabel?: string;
  readonly ragStatus: RagStatus;
  readonly redExplanation?: string;
  readonly ownerIds: readonly PersonId[];
  /** The owners' site user ids (Owner accounts), filled in from People on every save: see `ownerAccounts.ts`. */
  readonly ownerAccountIds?: readonly string[];
  readonly ownerRoles?: string;
  readonly projectGroup?: string;
  readonly strategyAlignment: readonly string[];
  readonly evidence?: string;
  readonly originActionId?: ActionId;
  readonly sortOrder?: number;
}

export interface ActionUpdate extends Stored<ActionUpdateId> {
  readonly actionId: ActionId;
  readonly summary: string;
  readonly kind: ActionUpdateKind;
  readonly fromStatus?: RagStatus;
  readonly toStatus?: RagStatus;
  readonly note?: string;
  readonly evidenceLink?: string;
}

export interface HubEvent extends Stored<EventId> {
  readonly title: string;
  readonly type: string;
  /** UTC ISO date-time. */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly onlineMeetingUrl?: string;
  readonly organiserId?: PersonId;
  readonly audienceUnitIds: readonly UnitId[];
  readonly themes: readonly string[];
  readonly relatedActionIds: readonly ActionId[];
  /** Places; undefined = unlimited. */
  readonly capacity?: number;
  readonly registrationDeadline?: string;
  readonly description?: string;
  readonly cancelled: boolean;
}

export interface Registration extends Stored<RegistrationId> {
  readonly eventId: EventId;
  readonly personId: PersonId;
  /** Their reply, or Walk-in: they came without replying (recorded by the organiser). */
  readonly response: RegistrationResponse;
  /** When they replied; for a walk-in, when the organiser recorded them (it orders nobody's place). */
  readonly respondedAt: string;
  readonly attended: boolean;
}

export interface Skill extends Stored<SkillId> {
  readonly name: string;
  readonly category: string;
  readonly unitIds: readonly UnitId[];
  readonly neededByUnitIds: readonly UnitId[];
  readonly description?: string;
  readonly retired: boolean;
  readonly mergedIntoId?: SkillId;
}

export interface SkillRating extends Stored<RatingId> {
  readonly personId: PersonId;
  readonly skillId: SkillId;
  readonly source: RatingSource;
  /** Proficiency 0–4. */
  readonly level: number;
  readonly wantsToDevelop: boolean;
  readonly lastReviewed?: string;
  readonly certificateExpiry?: string;
  readonly note?: string;
}

/**
 * A competency target: a unit and/or role needs `peopleNeeded` people at `minLevel` or above in a
 * skill ("two people at level 3 in Confocal microscopy in Bioimaging"). Neither unit nor role set
 * means the whole network.
 */
/**
 * A line manager's statement of when a team member is expected to leave (the Leaving Dates list).
 * It counts only when its author is the person's line manager in People: see `leavingDates.ts`.
 */
export interface LeavingDateEntry extends Stored<LeavingDateId> {
  readonly personId: PersonId;
  /** `YYYY-MM-DD`; undefined: the manager cleared it (nothing expected). */
  readonly leavingDate?: string;
}

export interface SkillTarget extends Stored<TargetId> {
  readonly skillId: SkillId;
  readonly unitId?: UnitId;
  /** A role as People's Role column names it ("Senior technician"); matched without regard to case. */
  readonly role?: string;
  /** Proficiency 1–4. */
  readonly minLevel: number;
  /** How many people must hold it: 1 or more. */
  readonly peopleNeeded: number;
  readonly note?: string;
}

export interface HubSetting extends Stored<string> {
  readonly key: string;
  /** Parsed JSON value. */
  readonly value: unknown;
}
