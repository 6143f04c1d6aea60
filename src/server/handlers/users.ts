/**
 * The directory: `/me`, `/users` (paged, `$top` up to 999), `/users/{id | userPrincipalName}`
 * (https://learn.microsoft.com/en-us/graph/api/user-list).
 */
import type { DirectoryUser } from '../identity';
import { json, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, notFound } from '../errors';
import { compileFilter } from '../odata/evaluate';
import { decodeSkipToken, encodeSkipToken, option, parseSelect, parseTop } from '../odata/options';
import { parseFilter } from '../odata/parser';
import { nextLinkFor } from './items';

const USER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle'] as const;

export function renderUser(user: DirectoryUser, select?: readonly string[]): Record<string, unknown> {
  const [givenName, ...rest] = user.displayName.split(' ');
  const full: Record<string, unknown> = {
    businessPhones: [],
    displayName: user.displayName,
    givenName,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail,
    surname: rest.join(' ') || null,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
  if (!select) return full;
  return Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || select.includes(k)));
}

export function getMe(ctx: HandlerContext): GraphResponse {
  return json(200, renderUser(ctx.user, parseSelect(option(ctx.request.query, 'select'))));
}

export function getUser(ctx: HandlerContext): GraphResponse {
  const user = ctx.state.directory.find(ctx.params.user);
  if (!user) throw notFound(`Resource '${ctx.params.user}' does not exist or one of its queried reference-property objects are not present.`);
  return json(200, renderUser(user, parseSelect(option(ctx.request.query, 'select'))));
}

export function listUsers(ctx: HandlerContext): GraphResponse {
  const select = parseSelect(option(ctx.request.query, 'select'));
  const top = parseTop(option(ctx.request.query, 'top'), 100, 999);
  let users = [...ctx.state.directory.users];
  const filter = option(ctx.request.query, 'filter');
  if (filter !== undefined) {
    const predicate = compileFilter<DirectoryUser>(parseFilter(filter), (path) => {
      if (!(USER_PROPERTIES as readonly string[]).includes(path)) throw badRequest(`Filtering users on '${path}' is not supported; use ${USER_PROPERTIES.join(', ')}.`);
      const key = path as (typeof USER_PROPERTIES)[number];
      return { read: (u) => u[key], coerce: (v) => (v === null ? null : String(v)) };
    });
    users = users.filter(predicate);
  }
  const start = decodeSkipToken(option(ctx.request.query, 'skiptoken')).offset ?? 0;
  const page = users.slice(start, start + top);
  const body: Record<string, unknown> = { '@odata.context': `${ctx.state.baseUrl}/graph/v1.0/$metadata#users` };
  if (start + top < users.length) body['@odata.nextLink'] = nextLinkFor(ctx, encodeSkipToken({ offset: start + top }));
  body.value = page.map((u) => renderUser(u, select));
  return json(200, body);
}
