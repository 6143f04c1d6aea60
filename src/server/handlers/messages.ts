/**
 * Teams messages for the one local team and chat: `POST|GET /teams/{team}/channels/{channel}/messages`,
 * `POST|GET /chats/{chat}/messages`, `/me/joinedTeams`, `/teams/{id}/channels`, `/me/chats`
 * (https://learn.microsoft.com/en-us/graph/api/channel-post-messages). A posted chatMessage
 * is kept exactly as posted (attachments included, e.g. Adaptive Cards) with the properties
 * Graph adds; lists come back newest first, as Graph returns them.
 */
import { json, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, notFound } from '../errors';
import type { StoredMessage } from '../model';
import { decodeSkipToken, encodeSkipToken, option, parseTop } from '../odata/options';
import { nextLinkFor } from './items';

export const LOCAL_TEAM = { id: 'local-team', displayName: 'Technician Network', description: 'The technician network’s team (local).' };
export const LOCAL_CHANNELS = [
  { id: 'general', displayName: 'General', description: 'General discussion', membershipType: 'standard' },
  { id: 'steering-group', displayName: 'Steering Group', description: 'Steering group', membershipType: 'standard' },
];
export const LOCAL_CHATS = [{ id: 'local-chat-steering', topic: 'Steering group chat', chatType: 'group' }];

function requireTeam(ctx: HandlerContext): void {
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

/** Checks a posted chatMessage: body content, and attachments referenced from the body as Graph requires. */
function checkMessage(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Send a chatMessage: { "body": { "contentType": "html", "content": "…" } }.');
  const message = body as Record<string, unknown>;
  const content = (message.body as { content?: unknown } | undefined)?.content;
  if (typeof content !== 'string') throw badRequest("A chatMessage needs 'body.content' (text or html).");
  const attachments = message.attachments ?? [];
  if (!Array.isArray(attachments)) throw badRequest("'attachments' must be an array.");
  for (const [index, a] of attachments.entries()) {
    const attachment = a as { id?: unknown; contentType?: unknown };
    if (typeof attachment.id !== 'string' || typeof attachment.contentType !== 'string') throw badRequest(`Attachment ${index + 1} needs an 'id' and a 'contentType'.`);
    if (!content.includes(`<attachment id="${attachment.id}">`) && !content.includes(`<attachment id="${attachment.id}"/>`)) {
      throw badRequest(`Attachment '${attachment.id}' is not referenced in the message body; add <attachment id="${attachment.id}"></attachment> to body.content.`);
    }
  }
  return message;
}

let lastMessageId = 0;

export function postMessage(ctx: HandlerContext): GraphResponse {
  const { key, identity } = container(ctx);
  const posted = checkMessage(ctx.request.body);
  const now = ctx.state.now();
  // Graph message ids are epoch milliseconds; keep them unique when two arrive in one millisecond.
  const existing = ctx.state.store.messages.get(key) ?? [];
  lastMessageId = Math.max(now.getTime(), lastMessageId + 1, ...existing.slice(-1).map((m) => Number(m.id) + 1));
  const id = String(lastMessageId);
  const created = now.toISOString();
  const message: StoredMessage = {
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    importance: 'normal',
    locale: 'en-us',
    webUrl: `${ctx.state.baseUrl}/#/messages/${id}`,
    from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: ctx.user.id, displayName: ctx.user.displayName, userIdentityType: 'aadUser', tenantId: 'local' } },
    mentions: [],
    reactions: [],
    ...posted,
    ...identity,
    attachments: (posted.attachments as unknown[] | undefined) ?? [],
    body: { contentType: 'text', ...(posted.body as Record<string, unknown>) },
  };
  ctx.state.store.saveMessage(key, message);
  return json(201, message);
}

export function listMessages(ctx: HandlerContext): GraphResponse {
  const { key } = container(ctx);
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
  const message = ctx.state.store.messages.get(key)?.find((m) => m.id === ctx.params.message);
  if (!message) throw notFound(`Message '${ctx.params.message}' was not found.`);
  return json(200, message);
}

export const joinedTeams = (): GraphResponse => json(200, { value: [LOCAL_TEAM] });

export function getTeam(ctx: HandlerContext): GraphResponse {
  requireTeam(ctx);
  return json(200, LOCAL_TEAM);
}

export function listChannels(ctx: HandlerContext): GraphResponse {
  requireTeam(ctx);
  return json(200, { value: LOCAL_CHANNELS });
}

export const listChats = (): GraphResponse => json(200, { value: LOCAL_CHATS });
