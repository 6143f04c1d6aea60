/**
 * Teams activity feed notifications on the local server:
 * `POST /teams/{team}/sendActivityNotification` and `POST /users/{id | upn}/teamwork/sendActivityNotification`
 * (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification). As Graph does, the
 * activity type must be one the app manifest declares (or `systemDefault`), every `{placeholder}` of
 * its template needs a value (`actor` is filled in from the sender), a text topic needs a `webUrl`,
 * and the answer is 204. Each notification is kept for its recipient; `GET /me/teamwork/activityNotifications`
 * (local only — Graph has no API to read someone's activity feed) shows a person theirs, newest first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { json, timestamp, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, notFound } from '../errors';
import type { DirectoryUser } from '../identity';
import { requireTeam } from './messages';

interface ActivityType {
  readonly type: string;
  readonly templateText: string;
}

let declared: readonly ActivityType[] | undefined;

/** The activity types of appPackage/manifest.json, read once. */
function declaredTypes(): readonly ActivityType[] {
  declared ??= ((JSON.parse(readFileSync(resolve(__dirname, '../../../appPackage/manifest.json'), 'utf8')) as { activities?: { activityTypes?: ActivityType[] } }).activities?.activityTypes ?? []);
  return declared;
}

const container = (user: DirectoryUser) => `activity:${user.id}`;

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw badRequest(`'${what}' is required.`);
  return value;
}

/** Checks the body as Graph does and stores the notification for `recipient`. */
function deliver(ctx: HandlerContext, recipient: DirectoryUser): GraphResponse {
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const topic = (body.topic ?? {}) as Record<string, unknown>;
  const source = text(topic.source, 'topic.source');
  if (source !== 'entityUrl' && source !== 'text') throw badRequest(`topic.source must be 'entityUrl' or 'text' (got '${source}').`);
  text(topic.value, 'topic.value');
  if (source === 'text') text(topic.webUrl, 'topic.webUrl');
  const activityType = text(body.activityType, 'activityType');
  const preview = text((body.previewText as { content?: unknown } | undefined)?.content, 'previewText.content');
  const parameters = new Map<string, string>();
  for (const p of Array.isArray(body.templateParameters) ? (body.templateParameters as { name?: unknown; value?: unknown }[]) : []) {
    parameters.set(text(p.name, 'templateParameters.name'), String(p.value ?? ''));
  }
  parameters.set('actor', ctx.user.displayName);
  let rendered = preview;
  if (activityType !== 'systemDefault') {
    const type = declaredTypes().find((t) => t.type === activityType);
    if (!type) throw badRequest(`Activity type '${activityType}' is not declared in the app manifest (activities.activityTypes).`);
    const missing = [...type.templateText.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !parameters.has(name));
    if (missing.length) throw badRequest(`templateParameters is missing ${missing.map((m) => `'${m}'`).join(', ')} for activity type '${activityType}'.`);
    rendered = type.templateText.replace(/\{(\w+)\}/g, (_, name: string) => parameters.get(name) ?? '');
  }
  const now = timestamp(ctx.state.now());
  const existing = ctx.state.store.messages.get(container(recipient)) ?? [];
  ctx.state.store.saveMessage(container(recipient), {
    id: String(existing.length + 1),
    createdDateTime: now,
    activityType,
    text: rendered,
    previewText: preview,
    topic: { source, value: topic.value, webUrl: topic.webUrl ?? null },
    from: { id: ctx.user.id, displayName: ctx.user.displayName, userPrincipalName: ctx.user.userPrincipalName },
  });
  return { status: 204 };
}

export function sendTeamActivity(ctx: HandlerContext): GraphResponse {
  requireTeam(ctx);
  const recipient = (ctx.request.body as { recipient?: { '@odata.type'?: unknown; userId?: unknown } } | undefined)?.recipient;
  if (!recipient || String(recipient['@odata.type']).replace(/^#/, '') !== 'microsoft.graph.aadUserNotificationRecipient') {
    throw badRequest("recipient must be { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId }.");
  }
  const user = ctx.state.directory.find(text(recipient.userId, 'recipient.userId'));
  if (!user) throw notFound(`User '${String(recipient.userId)}' was not found.`);
  return deliver(ctx, user);
}

export function sendUserActivity(ctx: HandlerContext): GraphResponse {
  const user = ctx.state.directory.find(ctx.params.user);
  if (!user) throw notFound(`User '${ctx.params.user}' was not found.`);
  return deliver(ctx, user);
}

/** Local only: the acting person's notifications, newest first. */
export function myActivity(ctx: HandlerContext): GraphResponse {
  return json(200, { value: [...(ctx.state.store.messages.get(container(ctx.user)) ?? [])].reverse() });
}
