/**
 * Branded ids: a list item id of one list can never be passed where another list's id is meant.
 * SharePoint item ids are numeric strings ("13"); lookups carry the same number.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UnitId = Brand<string, 'UnitId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type PlanId = Brand<string, 'PlanId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type ActionUpdateId = Brand<string, 'ActionUpdateId'>;
export type EventId = Brand<string, 'EventId'>;
export type RegistrationId = Brand<string, 'RegistrationId'>;
export type SkillId = Brand<string, 'SkillId'>;
export type RatingId = Brand<string, 'RatingId'>;
export type TargetId = Brand<string, 'TargetId'>;
export type LeavingDateId = Brand<string, 'LeavingDateId'>;

/** The only place a plain string becomes a branded id. */
export const asId = <I extends Brand<string, string>>(raw: string | number): I => String(raw) as I;

/** A clock passed into domain functions; the domain never reads the real time itself. */
export type Clock = () => Date;
