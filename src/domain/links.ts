/**
 * Links to one thing in the tab (an action, event, skill, person or plan's report), usable inside
 * the tab (hash routes), from a browser (local mode) and from Adaptive Cards posted in Teams
 * (Teams entity deep links, whose `context.subEntityId` the tab reads back as `page.subPageId`).
 * Pure: no I/O, no globals; callers pass the base URL and Teams ids they know.
 */

export type EntityKind = 'action' | 'event' | 'skill' | 'person' | 'plan' | 'announcement' | 'gotit';

/** One thing a link points at. `id` is the SharePoint list item id ("12"). */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly id: string;
}

export interface DeepLinkOptions {
  /** Where the tab is served, e.g. `https://hub.example.ac.uk/` or the local server's URL. */
  readonly appBaseUrl?: string;
  /** The Teams app id from the manifest; with `entityId` the link opens the tab inside Teams. */
  readonly teamsAppId?: string;
  /** The tab's entity id (static tab `entityId`, or the one a configurable tab saved). */
  readonly entityId?: string;
  /** Teams channel id (`19:…@thread.tacv2`); only configurable tabs in a team have one. */
  readonly channelId?: string;
  /** What Teams shows for the link, e.g. the action's title. */
  readonly label?: string;
}

const ROUTE_PREFIX: Record<Exclude<EntityKind, 'plan' | 'gotit'>, string> = {
  action: 'actions',
  event: 'events',
  skill: 'skills',
  person: 'people',
  announcement: 'announcements',
};

const KINDS: readonly EntityKind[] = ['action', 'event', 'skill', 'person', 'plan', 'announcement', 'gotit'];

/**
 * The router path for a thing, without the hash: `/actions/12`, `/actions/plans/3/report`;
 * `gotit` is an announcement's "Got it" link (`/announcements/7/got-it`), which records the acknowledgement.
 */
export function routePath(target: EntityRef): string {
  const id = encodeURIComponent(target.id);
  if (target.kind === 'plan') return `/actions/plans/${id}/report`;
  if (target.kind === 'gotit') return `/announcements/${id}/got-it`;
  return `/${ROUTE_PREFIX[target.kind]}/${id}`;
}

/** The in-tab link for a thing: `#/actions/12`. */
export function tabPath(target: EntityRef): string {
  return `#${routePath(target)}`;
}

/** The sub-entity id a Teams deep link carries and the tab gets back as `subPageId`: `action:12`. */
export function subEntityId(target: EntityRef): string {
  return `${target.kind}:${target.id}`;
}

/**
 * Reads a `subPageId` back into the thing it names; `undefined` when it is not one of ours
 * (Teams passes whatever the link carried, so anything else is ignored rather than trusted).
 */
export function parseSubEntityId(value: string | undefined): EntityRef | undefined {
  if (!value) return undefined;
  const match = /^([a-z]+):([A-Za-z0-9_-]+)$/.exec(value.trim());
  if (!match) return undefined;
  const kind = KINDS.find((k) => k === match[1]);
  return kind ? { kind, id: match[2] } : undefined;
}

/**
 * A link that opens the tab on a thing.
 * - With `teamsAppId` and `entityId`: a Teams entity deep link,
 *   `https://teams.microsoft.com/l/entity/{appId}/{entityId}?webUrl=…&label=…&context={"subEntityId":"action:12","channelId":"…"}`
 *   (each query value URI-encoded, as Teams' "Deep link to an application" page shows); `webUrl` is
 *   the browser fallback when `appBaseUrl` is known.
 * - With only `appBaseUrl`: the tab's own URL, `https://host/#/actions/12` (local mode, browsers).
 * - With neither: the in-tab hash path.
 */
export function deepLink(target: EntityRef, options: DeepLinkOptions = {}): string {
  const webUrl = options.appBaseUrl ? `${withoutHash(options.appBaseUrl)}${tabPath(target)}` : undefined;
  if (options.teamsAppId && options.entityId) {
    const context: Record<string, string> = { subEntityId: subEntityId(target) };
    if (options.channelId) context.channelId = options.channelId;
    const query = [
      webUrl ? `webUrl=${encodeURIComponent(webUrl)}` : undefined,
      options.label ? `label=${encodeURIComponent(options.label)}` : undefined,
      `context=${encodeURIComponent(JSON.stringify(context))}`,
    ].filter((part): part is string => part !== undefined);
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.teamsAppId)}/${encodeURIComponent(options.entityId)}?${query.join('&')}`;
  }
  return webUrl ?? tabPath(target);
}

/** `https://host/app/#/x` → `https://host/app/`: a base URL may be copied from the address bar. */
function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The address, when it is a web link (`http:` or `https:`), else undefined. Only these are ever
 * rendered as links or opened: a stored `javascript:`, `data:` or `vbscript:` address stays text.
 */
export function safeWebLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
