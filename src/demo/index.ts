/** Demo data: the directory and the dataset the seeding programme loads. Pure: no I/O. */
export * from './seeds';
export * from './directory';
export { demoRoster, emailFor, OWNER_EMAIL, MEMBER_EMAIL, VISITOR_EMAIL, DEMO_DOMAIN, LIVERPOOL_PEOPLE } from './roster';
export type { RosterPerson } from './roster';
export { SeededRandom, stableGuid, hashString } from './random';
