/**
 * Words and fixed sets from the Technician Commitment and our users' own documents.
 * Pure data: the schema's choices and the domain's rules both read from here.
 */

/** The four Commitment themes; every plan has them, a plan may add its own. */
export const COMMITMENT_THEMES = ['Visibility', 'Recognition', 'Career Development', 'Sustainability'] as const;
export type CommitmentTheme = (typeof COMMITMENT_THEMES)[number];

/**
 * Canonical status every plan's own labels map onto, so reports compare across plans.
 * Red = major delay or problem; Amber = not yet started or some delays; Green = on track;
 * Complete = done (De Montfort's Blue, Hertfordshire's Completed); Not yet assessed = nobody has judged it
 * yet (a blank RAG cell, a plan with no status column). It is last so that it is counted apart from the
 * four judgements, and shown grey — an import never invents a judgement (issue 11).
 */
export const RAG_STATUSES = ['Red', 'Amber', 'Green', 'Complete', 'Not yet assessed'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

/** The status of an action nobody has assessed yet: what a blank or missing status means. */
export const NOT_ASSESSED = 'Not yet assessed' satisfies RagStatus;

/** The four judgements, without "Not yet assessed" (for percentages of what has been assessed). */
export const ASSESSED_STATUSES = ['Red', 'Amber', 'Green', 'Complete'] as const satisfies readonly RagStatus[];

/** TALENT Commission recommendations R1–R16. */
export const TALENT_REFS = Array.from({ length: 16 }, (_, i) => `R${i + 1}`) as readonly string[];

export const PLAN_STAGES = ['1', '2', '3'] as const;
export const PLAN_STATES = ['Draft', 'Active', 'Closed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** Status schemes seen in real plans; each label maps to one canonical status (see domain/actions). */
export const STATUS_SCHEMES = ['Red/Amber/Green/Blue', 'Red/Amber/Green', 'Delayed/In progress/Completed'] as const;
export type StatusSchemeName = (typeof STATUS_SCHEMES)[number];

export const ACTION_UPDATE_KINDS = ['Created', 'Status', 'Evidence', 'Edit', 'Carried forward', 'Imported'] as const;
export type ActionUpdateKind = (typeof ACTION_UPDATE_KINDS)[number];

export const EVENT_TYPES = [
  'Network meeting',
  'Showcase',
  'Training/CPD',
  'Conference',
  'Outreach',
  'Induction',
  'Social',
] as const;

/** The replies a person can give before an event. */
export const RSVP_RESPONSES = ['Going', 'Maybe', 'Not going'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/**
 * A walk-in came without replying: the organiser records them after the event with this response,
 * never as "Going" — that would invent a reply they did not give (and a place they never held).
 */
export const WALK_IN = 'Walk-in';
/** What a registration's Response can be: a person's reply, or Walk-in (recorded by the organiser). */
export const REGISTRATION_RESPONSES = [...RSVP_RESPONSES, WALK_IN] as const;
export type RegistrationResponse = (typeof REGISTRATION_RESPONSES)[number];

export const SKILL_CATEGORIES = [
  'Technique',
  'Equipment',
  'Software',
  'Safety/compliance',
  'Teaching',
  'Leadership',
] as const;

/** Proficiency 0–4; a plan may rename the labels (Hub Settings), never the numbers. */
export const DEFAULT_PROFICIENCY_LABELS = ['None', 'Aware', 'Practitioner', 'Expert', 'Can train others'] as const;
export const EXPERT_LEVEL = 3;

/** Who made a rating: the technician's self-assessment, or their line manager's validation. */
export const RATING_SOURCES = ['Self', 'Manager'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

export const PERSON_ROLES = [
  'Technician',
  'Senior technician',
  'Technical specialist',
  'Technical manager',
  'Apprentice',
  'Academic',
  'Professional services',
] as const;

export const NETWORK_ROLES = ['Steering group', 'Working group', 'Faculty champion', 'Member'] as const;

export const UNIT_KINDS = ['Faculty', 'School', 'Department', 'Core facility', 'Professional service'] as const;
