/**
 * SharePoint's resource-unit budget, as "Avoid getting throttled or blocked in SharePoint Online"
 * describes it (https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
 * each app has a budget of resource units (RU) per tenant per minute, shared by all its users,
 * set by the tenant's licence count; Graph calls cost 1 RU for a single item or a delta with a
 * token, 2 RU for a multi-item query, a delta without a token or any write, 5 RU for permission
 * operations; `$batch` sub-requests count one by one. Past the budget, requests are answered
 * 429 with `Retry-After` until the minute is over.
 */
import { badRequest, GraphError } from './errors';

/** RU per minute by licence count: 0–1k, 1k–5k, 5k–15k, 15k–50k, 50k+. */
export const RU_TIERS: readonly { readonly upToLicences: number; readonly perMinute: number }[] = [
  { upToLicences: 1_000, perMinute: 1_200 },
  { upToLicences: 5_000, perMinute: 2_400 },
  { upToLicences: 15_000, perMinute: 3_600 },
  { upToLicences: 50_000, perMinute: 4_800 },
  { upToLicences: Infinity, perMinute: 6_000 },
];

/** The per-minute budget of a tenant with `licences` licences. */
export function budgetForLicences(licences: number): number {
  return (RU_TIERS.find((t) => licences <= t.upToLicences) ?? RU_TIERS[RU_TIERS.length - 1]).perMinute;
}

/** Collections: sites/{s}/lists, …/items, …/columns; single resources: a site, a list, an item, its fields. */
const COLLECTIONS: ReadonlySet<string> = new Set(['lists', 'items', 'columns', 'contenttypes', 'versions']);

/** What a Graph request costs (requests outside SharePoint — `/me`, Teams — cost no RU). */
export function graphRequestCost(method: string, path: string, query: URLSearchParams): number {
  const segments = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s).toLowerCase());
  if (segments[0] !== 'sites') return 0;
  if (method !== 'GET') return 2;
  const last = segments[segments.length - 1];
  if (last === 'delta') return query.has('token') && query.get('token') !== '' ? 1 : 2;
  return COLLECTIONS.has(last) ? 2 : 1;
}

/** What a SharePoint REST request costs: permission operations 5, writes 2, reads 1. */
export function spRestCost(method: string, path: string): number {
  if (/roleassignments|breakroleinheritance|resetroleinheritance|roledefinitions/i.test(path)) return 5;
  return method === 'GET' ? 1 : 2;
}

export interface BudgetSettings {
  /** RU per minute; `Infinity` counts without ever refusing (the default). */
  perMinute: number;
}

export interface BudgetUsage {
  readonly perMinute: number | null;
  /** RU spent in the current minute. */
  readonly used: number;
  /** RU spent since the server started (or the last reset), for benchmarks. */
  readonly total: number;
  /** Requests refused with 429 since the start. */
  readonly refused: number;
}

export interface ResourceBudget {
  /** Spends `units`, or throws the 429 SharePoint answers when the minute's budget is spent. */
  charge(units: number): void;
  usage(): BudgetUsage;
  /** `{ "licences": n }` or `{ "perMinute": n | null }`, and `{ "reset": true }` to zero the counters. */
  update(patch: unknown): BudgetUsage;
}

export function createBudget(initial: BudgetSettings, now: () => number = Date.now): ResourceBudget {
  let perMinute = initial.perMinute;
  let windowStart = now();
  let used = 0;
  let total = 0;
  let refused = 0;
  const usage = (): BudgetUsage => ({ perMinute: Number.isFinite(perMinute) ? perMinute : null, used, total, refused });
  return {
    charge(units) {
      if (units <= 0) return;
      const at = now();
      if (at - windowStart >= 60_000) {
        windowStart = at;
        used = 0;
      }
      if (used + units > perMinute) {
        refused++;
        const seconds = Math.max(1, Math.ceil((windowStart + 60_000 - at) / 1000));
        throw new GraphError(429, 'activityLimitReached', `The app's resource-unit budget for this tenant (${perMinute} per minute) is spent; try again in ${seconds} s.`, {
          'Retry-After': String(seconds),
          'RateLimit-Limit': String(perMinute),
          'RateLimit-Remaining': String(Math.max(0, perMinute - used)),
          'RateLimit-Reset': String(seconds),
        });
      }
      used += units;
      total += units;
    },
    usage,
    update(patch) {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw badRequest('Send { "licences": number } or { "perMinute": number | null }, and/or { "reset": true }.');
      const { licences, perMinute: asked, reset } = patch as Record<string, unknown>;
      if (licences !== undefined) {
        if (typeof licences !== 'number' || !Number.isInteger(licences) || licences < 0) throw badRequest('licences must be a whole number, 0 or more.');
        perMinute = budgetForLicences(licences);
      }
      if (asked !== undefined) {
        if (asked !== null && (typeof asked !== 'number' || !Number.isInteger(asked) || asked < 1)) throw badRequest('perMinute must be a whole number of RU, 1 or more, or null for no limit.');
        perMinute = asked === null ? Infinity : asked;
      }
      if (reset === true) {
        used = 0;
        total = 0;
        refused = 0;
        windowStart = now();
      }
      return usage();
    },
  };
}
