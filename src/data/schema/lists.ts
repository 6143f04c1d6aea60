import {
  ACTION_UPDATE_KINDS,
  COMMITMENT_THEMES,
  EVENT_TYPES,
  NETWORK_ROLES,
  NOT_ASSESSED,
  PERSON_ROLES,
  PLAN_STAGES,
  PLAN_STATES,
  RAG_STATUSES,
  RATING_SOURCES,
  REGISTRATION_RESPONSES,
  SKILL_CATEGORIES,
  STATUS_SCHEMES,
  TALENT_REFS,
  UNIT_KINDS,
} from '../../domain/vocabulary';
import { ANNOUNCEMENT_STATES, CARD_KINDS, READ_KINDS, SEND_DESTINATIONS } from '../../domain/notices/records';
import type { ListKey, ListSpec } from './types';

/*
 * The one declaration of every list. Order matters: a list appears after the lists it looks up,
 * so provisioning can create them in this order (self-lookups are added once the list exists).
 * Columns the app filters on are indexed (Graph `$filter` needs it past 5,000 items).
 */

const units: ListSpec = {
  key: 'units',
  core: true,
  memberAccess: 'read',
  displayName: 'Units',
  description: 'Faculties, schools, departments and facilities that technicians belong to.',
  titleDisplayName: 'Unit',
  columns: [
    { name: 'UnitKind', displayName: 'Kind', kind: 'choice', choices: UNIT_KINDS, allowFillIn: true },
    { name: 'Faculty', displayName: 'Faculty', kind: 'text', maxLength: 255 },
    { name: 'ShortName', displayName: 'Short name', kind: 'text', maxLength: 32 },
  ],
  views: [{ name: 'By faculty', fields: ['LinkTitle', 'ShortName', 'UnitKind', 'Faculty'], query: '<GroupBy><FieldRef Name="Faculty"/></GroupBy><OrderBy><FieldRef Name="Title"/></OrderBy>', makeDefault: true }],
};

const people: ListSpec = {
  key: 'people',
  core: true,
  memberAccess: 'read',
  displayName: 'People',
  description: 'Technicians and colleagues in the network: unit, role, line manager.',
  titleDisplayName: 'Name',
  columns: [
    { name: 'Email', displayName: 'Email', kind: 'text', format: 'email', required: true, indexed: true, unique: true, maxLength: 255, description: 'Sign-in name (UPN); how the app finds the signed-in person.' },
    { name: 'Account', displayName: 'Account', kind: 'person', description: 'The person’s Microsoft 365 account, where known.' },
    { name: 'AccountId', displayName: 'Account id', kind: 'text', indexed: true, maxLength: 36, description: 'Microsoft Entra object id: how the hub recognises what this person wrote (an email can differ from the sign-in name).' },
    { name: 'Unit', displayName: 'Unit', kind: 'lookup', lookupList: 'units', indexed: true },
    { name: 'JobTitle', displayName: 'Job title', kind: 'text', maxLength: 255 },
    { name: 'PersonRole', displayName: 'Role', kind: 'choice', choices: PERSON_ROLES, allowFillIn: true, defaultValue: 'Technician' },
    { name: 'NetworkRole', displayName: 'Network role', kind: 'choice', choices: NETWORK_ROLES, defaultValue: 'Member' },
    { name: 'LineManager', displayName: 'Line manager', kind: 'lookup', lookupList: 'people', indexed: true },
    { name: 'ExpectedLeavingDate', displayName: 'Expected leaving date', kind: 'dateOnly', description: 'Set by line managers only, for succession planning.' },
  ],
  views: [
    { name: 'By unit', fields: ['LinkTitle', 'JobTitle', 'PersonRole', 'Unit', 'LineManager', 'Email'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Unit"/></GroupBy><OrderBy><FieldRef Name="Title"/></OrderBy>', makeDefault: true },
    { name: 'Steering group', fields: ['LinkTitle', 'NetworkRole', 'Unit', 'Email'], query: '<Where><Neq><FieldRef Name="NetworkRole"/><Value Type="Choice">Member</Value></Neq></Where>' },
  ],
};

const actionPlans: ListSpec = {
  key: 'actionPlans',
  core: true,
  displayName: 'Action Plans',
  description: 'Technician Commitment action plans (24- or 36-month), one item a plan.',
  titleDisplayName: 'Plan',
  columns: [
    { name: 'Institution', displayName: 'Institution', kind: 'text', required: true, maxLength: 255 },
    { name: 'PeriodStart', displayName: 'Period start', kind: 'dateOnly', required: true },
    { name: 'PeriodEnd', displayName: 'Period end', kind: 'dateOnly', required: true },
    { name: 'Stage', displayName: 'Stage', kind: 'choice', choices: PLAN_STAGES, required: true, description: 'Self-assessment stage: 1 (24-month plan), 2 or 3 (36-month plans).' },
    { name: 'StatusScheme', displayName: 'Status scheme', kind: 'choice', choices: STATUS_SCHEMES, required: true, defaultValue: 'Red/Amber/Green/Blue' },
    { name: 'PlanState', displayName: 'State', kind: 'choice', choices: PLAN_STATES, required: true, indexed: true, defaultValue: 'Active' },
    { name: 'ExtraThemes', displayName: 'Plan themes', kind: 'note', description: 'Themes beyond the four Commitment themes, one a line.' },
    { name: 'StrategyPillars', displayName: 'Strategy pillars', kind: 'note', description: 'Institutional strategy pillars actions align to, one a line.' },
    { name: 'PreviousPlan', displayName: 'Previous plan', kind: 'lookup', lookupList: 'actionPlans' },
    { name: 'PlanDescription', displayName: 'Description', kind: 'note' },
  ],
  views: [{ name: 'All plans', fields: ['LinkTitle', 'Institution', 'Stage', 'PeriodStart', 'PeriodEnd', 'PlanState'], query: '<OrderBy><FieldRef Name="PeriodStart" Ascending="FALSE"/></OrderBy>', makeDefault: true }],
};

const actions: ListSpec = {
  key: 'actions',
  core: true,
  displayName: 'Actions',
  description: 'Actions of the Technician Commitment plans, with RAG status, owners and evidence.',
  titleDisplayName: 'Action',
  columns: [
    { name: 'Plan', displayName: 'Plan', kind: 'lookup', lookupList: 'actionPlans', required: true, indexed: true },
    { name: 'Reference', displayName: 'Reference', kind: 'text', required: true, indexed: true, maxLength: 32, description: 'The plan’s own reference: 1.1, 15.3, V5, CD7, A2…' },
    // Further references of the same action ("Visibility (V5) Sustainability (S1)" → S1), written "S1; V6": one
    // line of text reads as the plan wrote it in a list view, can be indexed (multi-value columns cannot) and
    // filtered — CAML <Contains> in a view, `startswith` through Graph — and the tab searches it with Reference.
    { name: 'OtherReferences', displayName: 'Other references', kind: 'text', maxLength: 255, indexed: true, description: 'Further references of this action in the plan (S1; V6), separated by semicolons.' },
    { name: 'TalentRefs', displayName: 'TALENT recommendations', kind: 'multiChoice', choices: TALENT_REFS },
    { name: 'Themes', displayName: 'Themes', kind: 'multiChoice', choices: COMMITMENT_THEMES, allowFillIn: true },
    { name: 'Task', displayName: 'Task', kind: 'note', required: true },
    { name: 'MainTasks', displayName: 'Main tasks', kind: 'note' },
    { name: 'Outcome', displayName: 'Outcome / impact / benefit', kind: 'note' },
    { name: 'SuccessMeasures', displayName: 'Success measures', kind: 'note' },
    { name: 'Timeframe', displayName: 'Year / timeframe', kind: 'text', maxLength: 255, description: 'Year 1-2, Phase 2, 2025/26, Ongoing…' },
    { name: 'TargetDate', displayName: 'Target date', kind: 'dateOnly', indexed: true },
    { name: 'StatusLabel', displayName: 'Status', kind: 'choice', choices: ['Red', 'Amber', 'Green', 'Blue', 'Delayed', 'In progress', 'Completed', 'Not started', NOT_ASSESSED], allowFillIn: true, description: 'The status in the plan’s own scheme.' },
    { name: 'RagStatus', displayName: 'RAG status', kind: 'choice', choices: RAG_STATUSES, required: true, indexed: true, defaultValue: NOT_ASSESSED, description: 'Canonical status, comparable across plans; "Not yet assessed" until someone judges it.' },
    { name: 'RedExplanation', displayName: 'Why Red', kind: 'note', description: 'Required while the action is Red: the self-assessment asks for it.' },
    { name: 'Owners', displayName: 'Owners', kind: 'multiLookup', lookupList: 'people' },
    // The owners' Microsoft 365 accounts (site users), which the hub fills from each owner's People
    // entry (its Account) whenever it saves an action: SharePoint's [Me] (CAML <UserID/>) compares
    // only a Person column with the viewer, never a lookup to People — so "My actions" filters on this.
    { name: 'OwnerAccounts', displayName: 'Owner accounts', kind: 'multiPerson', description: 'The owners’ Microsoft 365 accounts, filled in by Technician Hub from Owners; what the "My actions" view filters on.' },
    { name: 'OwnerRoles', displayName: 'Owner roles', kind: 'text', maxLength: 255, description: 'Owners named by role: SRO, TCWG, DFO…' },
    { name: 'ProjectGroup', displayName: 'Project group', kind: 'text', maxLength: 255 },
    { name: 'StrategyAlignment', displayName: 'Strategy alignment', kind: 'multiChoice', choices: ['Education', 'Research', 'Knowledge exchange', 'People', 'Sustainability', 'Equality, diversity and inclusion', 'Digital'], allowFillIn: true, description: 'Strategy pillars the action serves; type your institution’s own (fill-in) — a choice column needs at least one offered value.' },
    { name: 'Evidence', displayName: 'Findings / evidence', kind: 'note' },
    { name: 'OriginAction', displayName: 'Carried forward from', kind: 'lookup', lookupList: 'actions' },
    { name: 'SortOrder', displayName: 'Order', kind: 'number', decimals: 0 },
  ],
  views: [
    { name: 'By theme', fields: ['Reference', 'LinkTitle', 'Themes', 'RagStatus', 'Owners', 'Timeframe', 'TargetDate'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Plan"/></GroupBy><OrderBy><FieldRef Name="SortOrder"/></OrderBy>', rowLimit: 100, makeDefault: true },
    // [Me]: <UserID/> is the viewer's site user id (https://learn.microsoft.com/en-us/sharepoint/dev/schema/userid-element-query);
    // on a multi-person column <Eq> matches an item when any of its people is the viewer.
    { name: 'My actions', fields: ['Reference', 'LinkTitle', 'RagStatus', 'TargetDate', 'Owners', 'Plan'], query: '<Where><Eq><FieldRef Name="OwnerAccounts"/><Value Type="Integer"><UserID/></Value></Eq></Where><OrderBy><FieldRef Name="TargetDate"/></OrderBy>' },
    { name: 'Red actions', fields: ['Reference', 'LinkTitle', 'RagStatus', 'RedExplanation', 'Owners', 'Plan'], query: '<Where><Eq><FieldRef Name="RagStatus"/><Value Type="Choice">Red</Value></Eq></Where>' },
    { name: 'Due soon', fields: ['Reference', 'LinkTitle', 'TargetDate', 'RagStatus', 'Owners'], query: '<Where><And><Neq><FieldRef Name="RagStatus"/><Value Type="Choice">Complete</Value></Neq><Leq><FieldRef Name="TargetDate"/><Value Type="DateTime"><Today OffsetDays="30"/></Value></Leq></And></Where><OrderBy><FieldRef Name="TargetDate"/></OrderBy>' },
  ],
};

const actionUpdates: ListSpec = {
  key: 'actionUpdates',
  core: true,
  displayName: 'Action Updates',
  description: 'History of each action: status changes (from → to) and evidence, who and when.',
  titleDisplayName: 'Summary',
  columns: [
    { name: 'Action', displayName: 'Action', kind: 'lookup', lookupList: 'actions', required: true, indexed: true },
    { name: 'UpdateKind', displayName: 'Kind', kind: 'choice', choices: ACTION_UPDATE_KINDS, required: true },
    { name: 'FromStatus', displayName: 'From', kind: 'choice', choices: RAG_STATUSES },
    { name: 'ToStatus', displayName: 'To', kind: 'choice', choices: RAG_STATUSES },
    { name: 'Note', displayName: 'Note', kind: 'note' },
    { name: 'EvidenceLink', displayName: 'Evidence link', kind: 'text', format: 'url', maxLength: 255 },
  ],
  views: [{ name: 'Latest first', fields: ['LinkTitle', 'Action', 'UpdateKind', 'FromStatus', 'ToStatus', 'Author', 'Created'], query: '<OrderBy><FieldRef Name="Created" Ascending="FALSE"/></OrderBy>', makeDefault: true }],
};

const events: ListSpec = {
  key: 'events',
  core: true,
  displayName: 'Events',
  description: 'Network meetings, showcases, CaféTech, CPD, conferences, outreach and induction stalls.',
  titleDisplayName: 'Event',
  // The organiser an event names may record attendance that counts (registrationTrust.ts), so only
  // whoever created the event — and site owners — may change it: otherwise any member could name
  // themselves organiser. SharePoint enforces it (item-level write), not the tab.
  itemLevelWrite: 'own',
  columns: [
    { name: 'EventType', displayName: 'Type', kind: 'choice', choices: EVENT_TYPES, allowFillIn: true, required: true, indexed: true },
    { name: 'Start', displayName: 'Start', kind: 'dateTime', required: true, indexed: true },
    { name: 'End', displayName: 'End', kind: 'dateTime', required: true },
    { name: 'Location', displayName: 'Location', kind: 'text', maxLength: 255 },
    { name: 'OnlineMeetingUrl', displayName: 'Online meeting', kind: 'text', format: 'url', maxLength: 255 },
    { name: 'Organiser', displayName: 'Organiser', kind: 'lookup', lookupList: 'people' },
    { name: 'AudienceUnits', displayName: 'Audience units', kind: 'multiLookup', lookupList: 'units' },
    { name: 'Themes', displayName: 'Themes', kind: 'multiChoice', choices: COMMITMENT_THEMES, allowFillIn: true },
    { name: 'RelatedActions', displayName: 'Related actions', kind: 'multiLookup', lookupList: 'actions' },
    { name: 'Capacity', displayName: 'Capacity', kind: 'number', min: 0, decimals: 0, description: 'Places; empty means unlimited.' },
    { name: 'RegistrationDeadline', displayName: 'Registration deadline', kind: 'dateTime' },
    { name: 'EventDescription', displayName: 'Description', kind: 'note' },
    { name: 'Cancelled', displayName: 'Cancelled', kind: 'boolean', defaultValue: false },
  ],
  validation: { formula: '=[End]>=[Start]', message: 'An event must end after it starts (End is before Start).' },
  views: [
    { name: 'Upcoming', fields: ['LinkTitle', 'EventType', 'Start', 'End', 'Location', 'Organiser', 'Capacity'], query: '<Where><Geq><FieldRef Name="Start"/><Value Type="DateTime"><Today/></Value></Geq></Where><OrderBy><FieldRef Name="Start"/></OrderBy>', makeDefault: true },
    { name: 'Past', fields: ['LinkTitle', 'EventType', 'Start', 'Location', 'Organiser'], query: '<Where><Lt><FieldRef Name="Start"/><Value Type="DateTime"><Today/></Value></Lt></Where><OrderBy><FieldRef Name="Start" Ascending="FALSE"/></OrderBy>' },
  ],
};

const eventRegistrations: ListSpec = {
  key: 'eventRegistrations',
  core: true,
  displayName: 'Event Registrations',
  description: 'RSVPs (going / maybe / not going), walk-ins and attendance; the waiting list is the order of replies.',
  titleDisplayName: 'Registration',
  columns: [
    { name: 'Event', displayName: 'Event', kind: 'lookup', lookupList: 'events', required: true, indexed: true },
    { name: 'Person', displayName: 'Person', kind: 'lookup', lookupList: 'people', required: true, indexed: true },
    { name: 'Response', displayName: 'Response', kind: 'choice', choices: REGISTRATION_RESPONSES, required: true, description: 'Going / Maybe / Not going as replied; Walk-in: came without replying (recorded by the organiser).' },
    { name: 'RespondedAt', displayName: 'Responded at', kind: 'dateTime', required: true, description: 'Orders the waiting list: first come, first promoted.' },
    { name: 'Attended', displayName: 'Attended', kind: 'boolean', defaultValue: false },
  ],
  views: [{ name: 'By event', fields: ['LinkTitle', 'Person', 'Response', 'RespondedAt', 'Attended'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Event"/></GroupBy><OrderBy><FieldRef Name="RespondedAt"/></OrderBy>', makeDefault: true }],
};

const skills: ListSpec = {
  key: 'skills',
  core: true,
  memberAccess: 'read',
  displayName: 'Skills',
  description: 'The skills catalogue: techniques, equipment, software, safety/compliance, teaching, leadership.',
  titleDisplayName: 'Skill',
  columns: [
    { name: 'Category', displayName: 'Category', kind: 'choice', choices: SKILL_CATEGORIES, allowFillIn: true, required: true, indexed: true },
    { name: 'Units', displayName: 'Units', kind: 'multiLookup', lookupList: 'units', description: 'Units where the skill is relevant.' },
    { name: 'NeededBy', displayName: 'Needed by', kind: 'multiLookup', lookupList: 'units', description: 'Units that rate this skill as needed.' },
    { name: 'SkillDescription', displayName: 'Description', kind: 'note' },
    { name: 'Retired', displayName: 'Retired', kind: 'boolean', defaultValue: false },
    { name: 'MergedInto', displayName: 'Merged into', kind: 'lookup', lookupList: 'skills' },
  ],
  views: [{ name: 'By category', fields: ['LinkTitle', 'Category', 'Units', 'Retired'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Category"/></GroupBy><OrderBy><FieldRef Name="Title"/></OrderBy>', makeDefault: true }],
};

const skillRatings: ListSpec = {
  key: 'skillRatings',
  core: true,
  displayName: 'Skill Ratings',
  description: 'Proficiency 0–4 per person and skill: the technician’s own rating and their manager’s validation.',
  titleDisplayName: 'Rating',
  itemLevelWrite: 'own',
  columns: [
    { name: 'Person', displayName: 'Person', kind: 'lookup', lookupList: 'people', required: true, indexed: true },
    { name: 'Skill', displayName: 'Skill', kind: 'lookup', lookupList: 'skills', required: true, indexed: true },
    { name: 'Source', displayName: 'Source', kind: 'choice', choices: RATING_SOURCES, required: true, indexed: true, defaultValue: 'Self', description: 'Self = the technician’s assessment; Manager = their line manager’s validation.' },
    { name: 'Level', displayName: 'Proficiency', kind: 'number', required: true, min: 0, max: 4, decimals: 0 },
    { name: 'WantsToDevelop', displayName: 'Wants to develop', kind: 'boolean', defaultValue: false },
    { name: 'LastReviewed', displayName: 'Last reviewed', kind: 'dateOnly' },
    { name: 'CertificateExpiry', displayName: 'Certificate expiry', kind: 'dateOnly' },
    { name: 'RatingNote', displayName: 'Note', kind: 'note' },
  ],
  views: [{ name: 'By person', fields: ['Person', 'Skill', 'Source', 'Level', 'WantsToDevelop', 'LastReviewed'], query: '<GroupBy Collapse="TRUE"><FieldRef Name="Person"/></GroupBy>', rowLimit: 100, makeDefault: true }],
};

const skillTargets: ListSpec = {
  key: 'skillTargets',
  displayName: 'Skill Targets',
  description: 'Competency targets: how many people a unit and/or role needs at a minimum level in a skill.',
  titleDisplayName: 'Target',
  // Targets are the network's staffing decisions: owners set them (canSetTargets), members read.
  memberAccess: 'read',
  columns: [
    { name: 'Skill', displayName: 'Skill', kind: 'lookup', lookupList: 'skills', required: true, indexed: true },
    { name: 'Unit', displayName: 'Unit', kind: 'lookup', lookupList: 'units', indexed: true, description: 'Empty: every unit.' },
    { name: 'TargetRole', displayName: 'Role', kind: 'choice', choices: PERSON_ROLES, allowFillIn: true, description: 'Empty: every role.' },
    { name: 'MinLevel', displayName: 'Minimum level', kind: 'number', required: true, min: 1, max: 4, decimals: 0 },
    { name: 'PeopleNeeded', displayName: 'People needed', kind: 'number', required: true, min: 1, decimals: 0, defaultValue: 1 },
    { name: 'TargetNote', displayName: 'Note', kind: 'note' },
  ],
  views: [{ name: 'By unit', fields: ['LinkTitle', 'Skill', 'TargetRole', 'MinLevel', 'PeopleNeeded'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Unit"/></GroupBy>', makeDefault: true }],
};

const hubSettings: ListSpec = {
  key: 'hubSettings',
  core: true,
  memberAccess: 'read',
  displayName: 'Hub Settings',
  description: 'Settings of this team’s Technician Hub (proficiency labels, digest channel…), one item a setting.',
  titleDisplayName: 'Setting',
  columns: [{ name: 'SettingValue', displayName: 'Value', kind: 'note', description: 'JSON value.' }],
  views: [{ name: 'All settings', fields: ['LinkTitle', 'SettingValue'], makeDefault: true }],
};

const announcements: ListSpec = {
  key: 'announcements',
  displayName: 'Announcements',
  description: 'Announcements composed in the tab and posted when due by the scheduled run (notify due).',
  titleDisplayName: 'Announcement',
  columns: [
    { name: 'Message', displayName: 'Message', kind: 'note' },
    { name: 'Event', displayName: 'Event', kind: 'lookup', lookupList: 'events' },
    { name: 'DueAt', displayName: 'Post at', kind: 'dateTime', required: true, indexed: true },
    { name: 'PostState', displayName: 'State', kind: 'choice', choices: ANNOUNCEMENT_STATES, required: true, indexed: true, defaultValue: 'Scheduled' },
    { name: 'PostTarget', displayName: 'Post to', kind: 'text', maxLength: 255, description: 'teamId/channelId; empty: the scheduled run’s Workflows webhook.' },
    { name: 'ClaimId', displayName: 'Claimed by run', kind: 'text', maxLength: 64, description: 'Set by the run posting it, with If-Match, so two runs never post it twice.' },
    { name: 'ClaimedAt', displayName: 'Claimed at', kind: 'dateTime' },
    { name: 'PostedAt', displayName: 'Posted at', kind: 'dateTime' },
    { name: 'MessageId', displayName: 'Message id', kind: 'text', maxLength: 64 },
    { name: 'Attempts', displayName: 'Attempts', kind: 'number', min: 0, decimals: 0, defaultValue: 0 },
    { name: 'LastError', displayName: 'Last error', kind: 'note' },
    { name: 'AskToAcknowledge', displayName: 'Ask for Got it', kind: 'boolean', defaultValue: false },
  ],
  views: [{ name: 'By time', fields: ['LinkTitle', 'DueAt', 'PostState', 'PostTarget', 'Author'], query: '<OrderBy><FieldRef Name="DueAt" Ascending="FALSE"/></OrderBy>', makeDefault: true }],
};

const announcementReads: ListSpec = {
  key: 'announcementReads',
  displayName: 'Announcement Reads',
  description: 'Who opened an announcement from its card, or said “Got it”.',
  titleDisplayName: 'Read',
  itemLevelWrite: 'own',
  columns: [
    { name: 'Announcement', displayName: 'Announcement', kind: 'lookup', lookupList: 'announcements', required: true, indexed: true },
    { name: 'Reader', displayName: 'Reader', kind: 'text', format: 'email', required: true, indexed: true, maxLength: 255, description: 'Sign-in name (UPN).' },
    { name: 'ReadKind', displayName: 'Kind', kind: 'choice', choices: READ_KINDS, required: true },
    { name: 'ReadAt', displayName: 'At', kind: 'dateTime', required: true },
  ],
  views: [{ name: 'By announcement', fields: ['Announcement', 'Reader', 'ReadKind', 'ReadAt'], query: '<GroupBy Collapse="FALSE"><FieldRef Name="Announcement"/></GroupBy>', makeDefault: true }],
};

const sentCards: ListSpec = {
  key: 'sentCards',
  displayName: 'Sent Cards',
  description: 'Every card and notice Technician Hub sent: what, where, who, when and the message id.',
  titleDisplayName: 'Summary',
  columns: [
    { name: 'CardKind', displayName: 'Kind', kind: 'choice', choices: CARD_KINDS, required: true, indexed: true },
    { name: 'Destination', displayName: 'Destination', kind: 'choice', choices: SEND_DESTINATIONS, required: true },
    { name: 'Target', displayName: 'Sent to', kind: 'text', required: true, maxLength: 255 },
    { name: 'SentBy', displayName: 'Sent by', kind: 'text', required: true, maxLength: 255 },
    { name: 'SentAt', displayName: 'Sent at', kind: 'dateTime', required: true, indexed: true },
    { name: 'MessageId', displayName: 'Message id', kind: 'text', maxLength: 64 },
    { name: 'CardVersion', displayName: 'Card version', kind: 'text', maxLength: 8 },
    { name: 'CardJson', displayName: 'Card', kind: 'note', description: 'The Adaptive Card as sent (JSON).' },
    { name: 'NoticeKey', displayName: 'Notice key', kind: 'text', maxLength: 255, indexed: true, description: 'Keeps once-only notices once-only (certificate:person:skill:expiry:days).' },
    { name: 'Announcement', displayName: 'Announcement', kind: 'lookup', lookupList: 'announcements', indexed: true },
  ],
  views: [{ name: 'Latest first', fields: ['LinkTitle', 'CardKind', 'Destination', 'Target', 'SentBy', 'SentAt'], query: '<OrderBy><FieldRef Name="SentAt" Ascending="FALSE"/></OrderBy>', makeDefault: true }],
};

/*
 * Expected leaving dates line managers record. People is owner-written (a member must not change
 * anyone's line manager), so a manager who is not a site owner writes here instead: anyone may add an
 * entry about anyone, but one counts only if its author is the person's line manager in People
 * (src/domain/skills/leavingDates.ts); item-level write keeps each entry its author's.
 */
const leavingDates: ListSpec = {
  key: 'leavingDates',
  displayName: 'Leaving Dates',
  description: 'Expected leaving dates line managers record for their team members, for succession planning.',
  titleDisplayName: 'Entry',
  itemLevelWrite: 'own',
  columns: [
    { name: 'Person', displayName: 'Person', kind: 'lookup', lookupList: 'people', required: true, indexed: true },
    { name: 'LeavingDate', displayName: 'Expected leaving date', kind: 'dateOnly', description: 'Empty: the line manager cleared it.' },
  ],
  views: [{ name: 'Latest first', fields: ['Person', 'LeavingDate', 'Author', 'Modified'], query: '<OrderBy><FieldRef Name="Modified" Ascending="FALSE"/></OrderBy>', makeDefault: true }],
};

/** Every list, in provisioning order. */
export const LISTS: readonly ListSpec[] = [units, people, actionPlans, actions, actionUpdates, events, eventRegistrations, skills, skillRatings, skillTargets, hubSettings, announcements, announcementReads, sentCards, leavingDates];

export const LIST_BY_KEY: Readonly<Record<ListKey, ListSpec>> = Object.fromEntries(LISTS.map((l) => [l.key, l])) as Record<ListKey, ListSpec>;

/** Look up a list by key. */
export function listSpec(key: ListKey): ListSpec {
  return LIST_BY_KEY[key];
}

/**
 * Whether the tab must show the set-up screen rather than the hub: the site lacks a core list (a
 * first run, or a set-up that stopped part-way). Lists added by later releases never block it —
 * an upgrade must not lock members out until an owner runs Set up.
 */
export function needsSetUp(missing: readonly ListKey[]): boolean {
  return missing.some((key) => listSpec(key).core === true);
}
