/** Demo data: the directory and the dataset the seeding programme loads. Pure: no I/O. */
export type * from './seeds';
export { demoDirectory, type DirectoryUser } from './directory';
export { demoDataset, DEFAULT_SETTINGS } from './dataset';
export { demoRoster, emailFor, OWNER_EMAIL, MEMBER_EMAIL, VISITOR_EMAIL, DEMO_DOMAIN, LIVERPOOL_PEOPLE, type RosterPerson, type SiteRole } from './roster';
export { DEMO_LEAVERS } from './people';
export { DEMO_SOLE_EXPERTS } from './ratings';
export { DEMO_GAPS, type SkillGap } from './skills';
export { LIVERPOOL_SKILLS } from './skillCatalogue';
export { LIVERPOOL_EVENTS, teamsMeetingUrl } from './events';
export { LIVERPOOL_ACTIONS } from './plans/liverpool';
export { DMU_2021_TITLE, DMU_2024_TITLE } from './plans/dmu';
export { LEEDS_TITLE } from './plans/leeds';
export { HERTS_TITLE } from './plans/herts';
export { londonTime, isBritishSummerTime } from './time';
export { SeededRandom, stableGuid, hashString } from './random';
