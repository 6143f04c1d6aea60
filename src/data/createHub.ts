import type { Hub, ListRepository, SignedInUser } from './hub';
import type { HubSetting } from '../domain/model';
import { siteTimeZone, SITE_TIME_ZONE_SETTING } from '../domain/siteDates';
import { createGraphPipeline, type GraphPipeline } from './graph/pipeline';
import type { RetryOptions } from './graph/middleware/retry';
import { ListDirectory } from './lists/listDirectory';
import { createListRepository } from './lists/listRepository';
import { createMessageService } from './messages';

export interface CreateHubOptions {
  /** e.g. `http://127.0.0.1:53000/graph/v1.0` or `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly getAccessToken: () => Promise<string>;
  /** The Graph id of the team's SharePoint site (`root` on the local server). */
  readonly siteId: string;
  readonly fetchImpl?: typeof fetch;
  readonly retry?: RetryOptions;
}

export interface HubOnPipelineOptions {
  /** The site's time zone (IANA) when the caller knows it; otherwise read from Hub Settings once. */
  readonly timeZone?: string;
}

/**
 * The site's zone as provisioning recorded it in Hub Settings; where it has not (provisioned without
 * SharePoint access), the zone of the device the hub runs on — right for a site in the zone its
 * people work in, which is how Microsoft 365 sets a new team site's zone.
 */
async function recordedTimeZone(settings: ListRepository<HubSetting>): Promise<string> {
  const recorded = (await settings.all()).find((s) => s.key === SITE_TIME_ZONE_SETTING)?.value;
  return typeof recorded === 'string' && siteTimeZone(recorded) ? recorded : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A hub over an existing pipeline (the CLI shares one between provisioning and seeding). */
export function createHubOnPipeline(pipeline: GraphPipeline, siteId: string, options: HubOnPipelineOptions = {}): Hub {
  const lists = new ListDirectory(pipeline, siteId);
  const settings = createListRepository({ pipeline, lists }, 'hubSettings');
  let zone: Promise<string> | undefined;
  const timeZone = (): Promise<string> => {
    zone ??= (options.timeZone ? Promise.resolve(options.timeZone) : recordedTimeZone(settings)).catch((error: unknown) => {
      zone = undefined; // a failed read is asked again next time
      throw error;
    });
    return zone;
  };
  const context = { pipeline, lists, timeZone };
  return {
    siteId,
    units: createListRepository(context, 'units'),
    people: createListRepository(context, 'people'),
    plans: createListRepository(context, 'actionPlans'),
    actions: createListRepository(context, 'actions'),
    actionUpdates: createListRepository(context, 'actionUpdates'),
    events: createListRepository(context, 'events'),
    registrations: createListRepository(context, 'eventRegistrations'),
    skills: createListRepository(context, 'skills'),
    ratings: createListRepository(context, 'skillRatings'),
    targets: createListRepository(context, 'skillTargets'),
    settings,
    announcements: createListRepository(context, 'announcements'),
    announcementReads: createListRepository(context, 'announcementReads'),
    sentCards: createListRepository(context, 'sentCards'),
    messages: createMessageService(pipeline),
    async me(): Promise<SignedInUser> {
      const me = await pipeline.send<SignedInUser & { mail?: string | null }>({ method: 'GET', path: '/me?$select=id,displayName,userPrincipalName,mail', what: 'Reading who you are' });
      return { id: me.id, displayName: me.displayName, userPrincipalName: me.userPrincipalName, ...(me.mail ? { mail: me.mail } : {}) };
    },
    missingLists: () => lists.missing(),
  };
}

/**
 * The data seam over Microsoft Graph: typed repositories for every list, Teams messages, `me`.
 * The same code talks to real Graph and to the local server; only the base URL and token differ.
 */
export function createHub(options: CreateHubOptions): Hub {
  const pipeline = createGraphPipeline({ baseUrl: options.graphBaseUrl, getAccessToken: options.getAccessToken, fetchImpl: options.fetchImpl, retry: options.retry });
  return createHubOnPipeline(pipeline, options.siteId);
}
