/**
 * Teams messages for the one local team and chat: `POST|GET /teams/{team}/channels/{channel}/messages`,
 * `POST|GET /chats/{chat}/messages`, `/me/joinedTeams`, `/teams/{id}/channels`, `/me/chats`
 * (https://learn.microsoft.com/en-us/graph/api/channel-post-messages). A posted chatMessage
 * is kept exactly as posted (attachments included, e.g. Adaptive Cards) with the properties
 * Graph adds; lists come back newest first, as Graph returns them.
 */
import { json, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, notFound, teamsForbidden } from '../errors';
import type { StoredMessage } from '../model';
import { decodeSkipToken, encodeSkipToken, option, parseTop } from '../odata/options';
import { nextLinkFor } from './items';

export const LOCAL_TEAM = { id: 'local-team', displayName: 'Technician Network', description: 'The technician network’s team (local).' };
export const LOCAL_CHANNELS = [
  { id: 'general', displayName: 'General', description: 'General discussion', membershipType: 'standard' },
  { id: 'steering-group', displayName: 'Steering Group', description: 'Steering group', membershipType: 'standard' },
];
export const LOCAL_CHATS = [{ id: 'local-chat-steering', topic: 'Steering group chat', chatType: 'group' }];

/** 404 unless `ctx.params.team` is the local team. */
export function requireTeam(ctx: HandlerContext): void {
  if (ctx.params.team !== LOCAL_TEAM.id) throw notFound(`No team found with Group Id ${ctx.params.team}.`);
}

function container(ctx: HandlerContext): { key: string; identity: Record<string, unknown> } {
  if (ctx.params.chat !== undefined) {
    if (!LOCAL_CHATS.some((c) => c.id === ctx.params.chat)) throw notFound(`Chat '${ctx.params.chat}' was not found.`);
    return { key: `chat:${ctx.params.chat}`, identity: { chatId: ctx.params.chat } };
  }
  requireTeam(ctx);
  if (!LOCAL_CHANNELS.some((c) => c.id === ctx.params.channel)) throw notFound(`Channel '${ctx.params.channel}' was not found in team ${ctx.params.team}.`);
  return { key: `channel:${ctx.params.team}/${ctx.params.channel}`, identity: { channelIdentity: { teamId: ctx.params.team, channelId: ctx.params.channel } } };
}

/**
 * What a caller may set when posting a chatMessage
 * (https://learn.microsoft.com/en-us/graph/api/chatmessage-post#request-body). Everything else
 * — `id`, `from`, `messageType`, `createdDateTime`, `etag`… — is set by the service; `from` and
 * `createdDateTime` can only be given when importing messages in migration mode with the
 * application permission Teamwork.Migrate.All (https://learn.microsoft.com/en-us/graph/teams-import-messages),
 * which the local server does not offer.
 */
const CALLER_SET = new Set(['body', 'subject', 'summary', 'importance', 'attachments', 'mentions']);
const IMPORTANCE = new Set(['normal', 'high', 'urgent']);

/** Checks a posted chatMessage: only caller-set properties, body content, and attachments referenced from the body as Graph requires. */
function checkMessage(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Send a chatMessage: { "body": { "contentType": "html", "content": "…" } }.');
  const message = body as Record<string, unknown>;
  for (const key of Object.keys(message)) {
    if (key.startsWith('@odata.') || CALLER_SET.has(key)) continue;
    const migrationOnly = key === 'from' || key === 'createdDateTime';
    throw badRequest(
      migrationOnly
        ? `'${key}' is set by the service: it can only be given when importing messages in migration mode (application permission Teamwork.Migrate.All). Post without it; the message is from the signed-in user.`
        : `'${key}' is set by the service and cannot be given when posting a message; send only ${[...CALLER_SET].join(', ')}.`,
    );
  }
  const content = (message.body as { content?: unknown } | undefined)?.content;
  if (typeof content !== 'string') throw badRequest("A chatMessage needs 'body.content' (text or html).");
  const contentType = (message.body as { contentType?: unknown }).contentType ?? 'text';
  if (contentType !== 'text' && contentType !== 'html') throw badRequest("'body.contentType' must be 'text' or 'html'.");
  if (message.importance !== undefined && !IMPORTANCE.has(String(message.importance))) throw badRequest("'importance' must be 'normal', 'high' or 'urgent'.");
  for (const key of ['subject', 'summary'] as const) {
    if (message[key] !== undefined && message[key] !== null && typeof message[key] !== 'string') throw badRequest(`'${key}' must be text.`);
  }
  if (message.mentions !== undefined && !Array.isArray(message.mentions)) throw badRequest("'mentions' must be an array.");
  const attachments = message.attachments ?? [];
  if (!Array.isArray(attachments)) throw badRequest("'attachments' must be an array.");
  for (const [index, a] of attachments.entries()) {
    const attachment = a as { id?: unknown; contentType?: unknown };
    if (typeof attachment !== 'object' || attachment === null || typeof attachment.id !== 'string' || typeof attachment.contentType !== 'string') throw badRequest(`Attachment ${index + 1} needs an 'id' and a 'contentType'.`);
    if (!content.includes(`<attachment id="${attachment.id}">`) && !content.includes(`<attachment id="${attachment.id}"/>`)) {
      throw badRequest(`Attachment '${attachment.id}' is not referenced in the message body; add <attachment id="${attachment.id}"></attachment> to body.content.`);
    }
  }
  return message;
}

/**
 * Only the team's members post in its channels ("Send chatMessage in a channel",
 * https://learn.microsoft.com/en-us/graph/api/channel-post-messages, sends as the signed-in user,
 * who must be in the team). The team's owners and members — guests included — are the site's
 * Owners and Members groups; people added only to the site's Visitors group can read the site but
 * are not in the team: the group's owners and members map onto the site's Owners and Members groups,
 * while anyone else granted access to the site (its visitors) keeps only that access
 * ("Site permissions after Microsoft 365 group connection",
 * https://learn.microsoft.com/en-us/sharepoint/dev/transform/modernize-connect-to-office365-group-permissions).
 * Chats have their own members, so the Visitors group says nothing about posting in a chat.
 */
function requireTeamMember(ctx: HandlerContext, doing = 'post in'): void {
  if (ctx.params.chat !== undefined || ctx.user.siteRole !== 'visitor') return;
  throw teamsForbidden(
    `${ctx.user.userPrincipalName} is not a member of team ${LOCAL_TEAM.id}, so they cannot ${doing} its channels. People in the site's Visitors group can read the site but are not in the team; a team owner can add them to the team.`,
  );
}

/** Reading a team, its channels or their messages is for the team's members too (see above). */
const requireTeamReader = (ctx: HandlerContext): void => requireTeamMember(ctx, 'read');

export function postMessage(ctx: HandlerContext): GraphResponse {
  const { key, identity } = container(ctx);
  requireTeamMember(ctx);
  const posted = checkMessage(ctx.request.body);
  const now = ctx.state.now();
  const { store } = ctx.state;
  const id = store.nextMessageId(now.getTime());
  const created = now.toISOString();
  const caller = Object.fromEntries(Object.entries(posted).filter(([k]) => CALLER_SET.has(k)));
  // Caller-set properties first, then everything the service sets: nothing posted can replace those.
  const message: StoredMessage = {
    subject: null,
    summary: null,
    importance: 'normal',
    mentions: [],
    ...caller,
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    locale: 'en-us',
    webUrl: `${ctx.state.baseUrl}/#/messages/${id}`,
    from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: ctx.user.id, displayName: ctx.user.displayName, userIdentityType: 'aadUser', tenantId: 'local' } },
    reactions: [],
    ...identity,
    attachments: (posted.attachments as unknown[] | undefined) ?? [],
    body: { contentType: (posted.body as { contentType?: string }).contentType ?? 'text', content: (posted.body as { content: string }).content },
  };
  store.saveMessage(key, message);
  return json(201, message);
}

export function listMessages(ctx: HandlerContext): GraphResponse {
  const { key } = container(ctx);
  requireTeamReader(ctx);
  const top = parseTop(option(ctx.request.query, 'top'), 20, 50);
  const start = decodeSkipToken(option(ctx.request.query, 'skiptoken')).offset ?? 0;
  const all = [...(ctx.state.store.messages.get(key) ?? [])].reverse();
  const body: Record<string, unknown> = {};
  if (start + top < all.length) body['@odata.nextLink'] = nextLinkFor(ctx, encodeSkipToken({ offset: start + top }));
  body.value = all.slice(start, start + top);
  return json(200, body);
}

export function getMessage(ctx: HandlerContext): GraphResponse {
  const { key } = container(ctx);
  requireTeamReader(ctx);
  const message = ctx.state.store.messages.get(key)?.find((m) => m.id === ctx.params.message);
  if (!message) throw notFound(`Message '${ctx.params.message}' was not found.`);
  return json(200, message);
}

/** The teams the caller is a member of: none for a site visitor, who is not in the team. */
export const joinedTeams = (ctx: HandlerContext): GraphResponse => json(200, { value: ctx.user.siteRole === 'visitor' ? [] : [LOCAL_TEAM] });

export function getTeam(ctx: HandlerContext): GraphResponse {
  requireTeam(ctx);
  requireTeamReader(ctx);
  return json(200, LOCAL_TEAM);
}

export function listChannels(ctx: HandlerContext): GraphResponse {
  requireTeam(ctx);
  requireTeamReader(ctx);
  return json(200, { value: LOCAL_CHANNELS });
}

export const listChats = (): GraphResponse => json(200, { value: LOCAL_CHATS });
