/**
 * The one question the Graph pipeline asks about identity: "what bearer token do I send?".
 * Teams (nested app authentication), the Teams SSO fallback and local mode (dev tokens) all answer
 * it; nothing else in the app knows which one is in use.
 */
export interface TokenProvider {
  /** A bearer token for Microsoft Graph (or the local server), without the `Bearer ` prefix. */
  getAccessToken(): Promise<string>;
}

// Short names mean Microsoft Graph to MSAL. The same strings, in the same order, are in the
// manifest's `webApplicationInfo.nestedAppAuthInfo` so Teams can prefetch the token (the order must
// match the app's request); a test keeps the two in step.
const graph = (permission: string) => permission;

/**
 * Delegated Graph permissions the tab uses every day. None needs tenant admin consent, so a
 * member can consent for themself the first time. Keep in step with `aad.manifest.json`.
 */
export const GRAPH_SCOPES: readonly string[] = [
  graph('User.Read'), // who am I
  graph('User.ReadBasic.All'), // people pickers: owners, organisers, line managers
  graph('Sites.ReadWrite.All'), // the team's SharePoint lists: actions, events, skills…
  graph('Team.ReadBasic.All'), // which teams can receive a card
  graph('Channel.ReadBasic.All'), // … and which channels
  graph('ChannelMessage.Send'), // post event and reminder cards to a channel
  graph('ChatMessage.Send'), // … or to a group chat
  graph('Chat.ReadWrite'), // list the person's chats to choose where a card goes
  graph('TeamsActivity.Send'), // tell a person in their activity feed that they got a place
];

/**
 * Asked for only when a team owner provisions the lists from the tab (creating lists and
 * columns needs more than read/write), so everyday users never see this consent.
 */
export const PROVISIONING_SCOPES: readonly string[] = [graph('Sites.Manage.All')];

/** SharePoint's own delegated permissions (not Graph), by name as the app registration lists them. */
export const SHAREPOINT_PERMISSIONS: readonly string[] = ['AllSites.Manage'];

/**
 * Scopes for the team site's SharePoint REST API, which setting up the site needs for what Graph
 * cannot do (item-level write permissions, list views). Asked for only when an owner sets up.
 */
export function sharePointScopes(hostname: string): string[] {
  return SHAREPOINT_PERMISSIONS.map((permission) => `https://${hostname}/${permission}`);
}
