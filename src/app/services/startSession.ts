/**
 * Starting a session: choose the token provider for the host, find the team's site, build the
 * `Hub`, and learn who the person is and whether the site is set up. No React here, so the order
 * of the steps reads top to bottom.
 */
import { createGraphPipeline } from '../../data/graph/pipeline';
import type { Hub } from '../../data/hub';
import { openHub } from '../../data/openHub';
import { needsSetUp } from '../../data/schema/lists';
import { indexedDbSnapshots } from '../../data/store/snapshotStorage';
import type { ListKey } from '../../data/schema/types';
import type { ListView } from '../../data/store/listStore';
import { unsupportedError } from '../../domain/errors';
import { createDevTokenProvider, createNaaTokenProvider, GRAPH_SCOPES, PROVISIONING_SCOPES, type TokenProvider } from '../../auth';
import { getActingUpn, type HostInfo } from '../host';
import { appSettings, CHANNEL_TAB_ENTITY_ID, PERSONAL_TAB_ENTITY_ID } from './appSettings';
import { messageTargetOf, siteRole, type Session } from './session';
import { teamSiteRef } from './teamSite';

/** Where the tab talks to Graph and with which token. */
export interface GraphConnection {
  readonly graphBaseUrl: string;
  readonly tokens: TokenProvider;
  readonly siteId: string;
}

export type SessionStart =
  /** Lists are there: the tab is usable. */
  | { readonly kind: 'ready'; readonly hub: Hub; readonly session: Session; readonly connection: GraphConnection }
  /** First run: core lists are missing (`needsSetUp`); an owner can set the site up from the tab. */
  | { readonly kind: 'setup'; readonly hub: Hub; readonly session: Session; readonly connection: GraphConnection; readonly missing: readonly ListKey[] };

const REAL_GRAPH = 'https://graph.microsoft.com/v1.0';

/** What start-up may do beside opening the hub. */
export interface StartOptions {
  /** The lists the opening page reads, asked for in the same `$batch` as People and Hub Settings. */
  readonly firstLists?: (hub: Hub) => readonly ListView<unknown>[];
}

/** Runs the start-up steps for a detected host. Errors are `HubError`s the shell puts into words. */
export async function startSession(host: HostInfo, signal?: AbortSignal, options: StartOptions = {}): Promise<SessionStart> {
  const { graphBaseUrl, tokens } = await connect(host);
  const site = host.kind === 'local' ? 'root' : teamSiteRef(host, appSettings().hubSiteUrl);
  // One pipeline (auth, request id, retry) for finding the site and for everything after.
  const pipeline = createGraphPipeline({ baseUrl: graphBaseUrl, getAccessToken: () => tokens.getAccessToken() });
  // Site, you and the lists in one $batch — or, on a later visit, from IndexedDB at once
  // (src/data/openHub.ts). Lists load when first read.
  const scope = host.kind === 'local' ? getActingUpn() : (host.user?.id ?? host.user?.upn ?? '');
  const { hub, user, missing } = await openHub(pipeline, site, { storage: snapshots(), scope });
  const connection: GraphConnection = { graphBaseUrl, tokens, siteId: hub.siteId };
  signal?.throwIfAborted();
  const role = siteRole(host.team?.userRole, host.siteVisitor === true);
  const base = {
    user,
    role,
    canEdit: role !== 'visitor',
    host,
    messageTarget: messageTargetOf(host),
    linkOptions: linkOptions(host),
  };
  // Only a site without the core lists needs the set-up screen; lists later releases added may be
  // missing (an owner adds them with Set up) — the tab opens and what needs them says so.
  if (needsSetUp(missing)) return { kind: 'setup', hub, connection, missing, session: base };
  // Asked for in the same tick, so they go in one $batch (each shown from IndexedDB at once when
  // an earlier visit kept it): the opening page's lists, Hub Settings (the site's time zone) and
  // People (who you are in the hub). A page's failure shows on the page (each store keeps it).
  for (const store of options.firstLists?.(hub) ?? []) void store.ready().catch(() => undefined);
  // Their People entry, from the People store every page shares: by Entra object id (stable),
  // else by sign-in name, else by mail.
  const [siteTimeZone, people] = await Promise.all([hub.siteTimeZone(), hub.people.store.ready()]);
  signal?.throwIfAborted();
  const upn = user.userPrincipalName.toLowerCase();
  const mail = user.mail?.toLowerCase();
  const person =
    (user.id ? people.find((p) => p.accountId === user.id) : undefined) ??
    people.find((p) => p.email.toLowerCase() === upn) ??
    (mail && mail !== upn ? people.find((p) => p.email.toLowerCase() === mail) : undefined);
  return { kind: 'ready', hub, connection, session: { ...base, person, siteTimeZone, missingLists: missing } };
}

let storage: ReturnType<typeof indexedDbSnapshots> | undefined;
/** The tab's one IndexedDB database of list snapshots (opened on first use). */
function snapshots() {
  storage ??= indexedDbSnapshots();
  return storage;
}

async function connect(host: HostInfo): Promise<{ graphBaseUrl: string; tokens: TokenProvider }> {
  if (host.kind === 'local') {
    // The local server speaks Graph on the same origin as the tab and accepts `dev:<upn>` tokens.
    return { graphBaseUrl: `${location.origin}/graph/v1.0`, tokens: createDevTokenProvider(() => getActingUpn()) };
  }
  return { graphBaseUrl: REAL_GRAPH, tokens: naaTokens(host, GRAPH_SCOPES) };
}

/**
 * Tokens for what setting up the site needs (creating lists and columns): asked for only when an
 * owner presses "Set up", so everyday users never see that consent prompt.
 */
export function provisioningTokens(host: HostInfo): TokenProvider {
  return host.kind === 'local' ? createDevTokenProvider(() => getActingUpn()) : naaTokens(host, [...GRAPH_SCOPES, ...PROVISIONING_SCOPES]);
}

/**
 * Tokens for the site's SharePoint REST endpoint (item-level write and views have no Graph API).
 * In Teams the app registration needs SharePoint's delegated `AllSites.Manage`.
 */
export function sharePointTokens(host: HostInfo): TokenProvider {
  if (host.kind === 'local') return createDevTokenProvider(() => getActingUpn());
  const { hostname } = teamSiteRef(host, appSettings().hubSiteUrl);
  return naaTokens(host, [`https://${hostname}/AllSites.Manage`]);
}

function naaTokens(host: HostInfo, scopes: readonly string[]): TokenProvider {
  const settings = appSettings();
  if (!settings.clientId) {
    throw unsupportedError(
      'This copy of Technician Hub was built without an app (client) id, so it cannot sign in to Microsoft 365. Ask whoever deployed it to set AAD_APP_CLIENT_ID in the env file and deploy again.',
    );
  }
  // MSAL itself is only downloaded on the first token request, so local mode never loads it.
  return createNaaTokenProvider({
    clientId: settings.clientId,
    authority: settings.authority(host.user?.tenantId),
    scopes,
    loginHint: host.user?.loginHint ?? host.user?.upn,
    tenantId: host.user?.tenantId,
    userObjectId: host.user?.id,
    tokenExchangeUrl: settings.tokenExchangeUrl,
  });
}

function linkOptions(host: HostInfo): Session['linkOptions'] {
  const settings = appSettings();
  const appBaseUrl = `${location.origin}${location.pathname}`;
  if (host.kind !== 'teams' || !settings.teamsAppId) return { appBaseUrl };
  // A channel or group-chat tab is addressed by the entity id its configuration page saved.
  const inConversation = host.channel !== undefined || host.chat !== undefined;
  return {
    appBaseUrl,
    teamsAppId: settings.teamsAppId,
    entityId: inConversation ? CHANNEL_TAB_ENTITY_ID : PERSONAL_TAB_ENTITY_ID,
    channelId: host.channel?.id,
  };
}
