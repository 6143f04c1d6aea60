import type { Action, ActionPlan, ActionUpdate, Draft, HubEvent, HubSetting, LeavingDateEntry, Person, Registration, Skill, SkillRating, SkillTarget, Unit } from '../../domain/model';
import type { Announcement, AnnouncementRead, SentCard } from '../../domain/notices/records';
import type { ListKey } from '../schema/types';

/** The domain record each list holds. */
export interface ListRecords {
  readonly units: Unit;
  readonly people: Person;
  readonly actionPlans: ActionPlan;
  readonly actions: Action;
  readonly actionUpdates: ActionUpdate;
  readonly events: HubEvent;
  readonly eventRegistrations: Registration;
  readonly skills: Skill;
  readonly skillRatings: SkillRating;
  readonly skillTargets: SkillTarget;
  readonly hubSettings: HubSetting;
  readonly announcements: Announcement;
  readonly announcementReads: AnnouncementRead;
  readonly sentCards: SentCard;
  readonly leavingDates: LeavingDateEntry;
}

/**
 * How one domain property is stored: the internal name of its column (`'Title'` for SharePoint's
 * built-in one), optionally with a conversion where the domain shape differs from the column's
 * (`lines`: a list of strings kept one a line in a note column; `list`: a list of short strings on one line of
 * text, "S1; V6"; `json`: any value as JSON text).
 */
export type Binding = string | { readonly column: string; readonly as: 'lines' | 'list' | 'json' };

/** One binding per property of the record's draft: nothing is left unmapped by accident. */
export type ListMapping<T> = { readonly [K in keyof Draft<T>]-?: Binding };

export interface ListMappingDeclaration<T> {
  readonly properties: ListMapping<T>;
  /** Title for lists whose records have no title of their own (SharePoint requires one). */
  readonly titleOf?: (draft: Partial<Draft<T>>) => string;
}

/** Domain property ↔ column, one small declaration per list. Column kinds come from the schema. */
export const LIST_MAPPINGS: { readonly [K in ListKey]: ListMappingDeclaration<ListRecords[K]> } = {
  units: { properties: { name: 'Title', kind: 'UnitKind', faculty: 'Faculty', shortName: 'ShortName' } },
  people: {
    properties: {
      name: 'Title',
      email: 'Email',
      accountId: 'AccountId',
      siteUserId: 'Account',
      unitId: 'Unit',
      jobTitle: 'JobTitle',
      role: 'PersonRole',
      networkRole: 'NetworkRole',
      lineManagerId: 'LineManager',
      expectedLeavingDate: 'ExpectedLeavingDate',
    },
  },
  actionPlans: {
    properties: {
      title: 'Title',
      institution: 'Institution',
      periodStart: 'PeriodStart',
      periodEnd: 'PeriodEnd',
      stage: 'Stage',
      statusScheme: 'StatusScheme',
      state: 'PlanState',
      extraThemes: { column: 'ExtraThemes', as: 'lines' },
      strategyPillars: { column: 'StrategyPillars', as: 'lines' },
      previousPlanId: 'PreviousPlan',
      description: 'PlanDescription',
    },
  },
  actions: {
    properties: {
      planId: 'Plan',
      title: 'Title',
      reference: 'Reference',
      otherReferences: { column: 'OtherReferences', as: 'list' },
      talentRefs: 'TalentRefs',
      themes: 'Themes',
      task: 'Task',
      mainTasks: 'MainTasks',
      outcome: 'Outcome',
      successMeasures: 'SuccessMeasures',
      timeframe: 'Timeframe',
      targetDate: 'TargetDate',
      statusLabel: 'StatusLabel',
      ragStatus: 'RagStatus',
      redExplanation: 'RedExplanation',
      ownerIds: 'Owners',
      ownerAccountIds: 'OwnerAccounts',
      ownerRoles: 'OwnerRoles',
      projectGroup: 'ProjectGroup',
      strategyAlignment: 'StrategyAlignment',
      evidence: 'Evidence',
      originActionId: 'OriginAction',
      sortOrder: 'SortOrder',
    },
  },
  actionUpdates: {
    properties: { actionId: 'Action', summary: 'Title', kind: 'UpdateKind', fromStatus: 'FromStatus', toStatus: 'ToStatus', note: 'Note', evidenceLink: 'EvidenceLink' },
  },
  events: {
    properties: {
      title: 'Title',
      type: 'EventType',
      start: 'Start',
      end: 'End',
      location: 'Location',
      onlineMeetingUrl: 'OnlineMeetingUrl',
      organiserId: 'Organiser',
      audienceUnitIds: 'AudienceUnits',
      themes: 'Themes',
      relatedActionIds: 'RelatedActions',
      capacity: 'Capacity',
      registrationDeadline: 'RegistrationDeadline',
      description: 'EventDescription',
      cancelled: 'Cancelled',
    },
  },
  eventRegistrations: {
    properties: { eventId: 'Event', personId: 'Person', response: 'Response', respondedAt: 'RespondedAt', attended: 'Attended' },
    titleOf: (d) => `Registration: ${d.response ?? ''}`.trim(),
  },
  skills: {
    properties: { name: 'Title', category: 'Category', unitIds: 'Units', neededByUnitIds: 'NeededBy', description: 'SkillDescription', retired: 'Retired', mergedIntoId: 'MergedInto' },
  },
  skillRatings: {
    properties: {
      personId: 'Person',
      skillId: 'Skill',
      source: 'Source',
      level: 'Level',
      wantsToDevelop: 'WantsToDevelop',
      lastReviewed: 'LastReviewed',
      certificateExpiry: 'CertificateExpiry',
      note: 'RatingNote',
    },
    titleOf: (d) => `${d.source ?? 'Self'} rating`,
  },
  skillTargets: {
    properties: { skillId: 'Skill', unitId: 'Unit', role: 'TargetRole', minLevel: 'MinLevel', peopleNeeded: 'PeopleNeeded', note: 'TargetNote' },
    titleOf: (d) => `${d.peopleNeeded ?? 1} at level ${d.minLevel ?? ''}${d.role ? ` (${d.role})` : ''}`,
  },
  hubSettings: { properties: { key: 'Title', value: { column: 'SettingValue', as: 'json' } } },
  leavingDates: { properties: { personId: 'Person', leavingDate: 'LeavingDate' }, titleOf: () => 'Expected leaving date' },
  announcements: {
    properties: {
      title: 'Title',
      message: 'Message',
      eventId: 'Event',
      dueAt: 'DueAt',
      state: 'PostState',
      target: 'PostTarget',
      claimId: 'ClaimId',
      claimedAt: 'ClaimedAt',
      postedAt: 'PostedAt',
      messageId: 'MessageId',
      attempts: 'Attempts',
      lastError: 'LastError',
      askToAcknowledge: 'AskToAcknowledge',
    },
  },
  announcementReads: {
    properties: { announcementId: 'Announcement', reader: 'Reader', kind: 'ReadKind', readAt: 'ReadAt' },
    titleOf: (d) => `${d.kind ?? 'Opened'}: ${d.reader ?? ''}`.trim(),
  },
  sentCards: {
    properties: {
      summary: 'Title',
      kind: 'CardKind',
      destination: 'Destination',
      target: 'Target',
      sentBy: 'SentBy',
      sentAt: 'SentAt',
      messageId: 'MessageId',
      cardVersion: 'CardVersion',
      card: { column: 'CardJson', as: 'json' },
      noticeKey: 'NoticeKey',
      announcementId: 'Announcement',
    },
  },
};
