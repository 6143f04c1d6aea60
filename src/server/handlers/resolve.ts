/**
 * Resolving route parameters to stored things, with Graph's 404 (`itemNotFound`) when absent.
 * Sites: `root`, a hostname, the full id `{hostname},{siteCollectionId},{webId}`, or the site collection id.
 * Lists: by id or by display name (`/lists/Skill%20Ratings`), as Graph allows.
 */
import type { HandlerContext } from '../context';
import { badRequest, notFound } from '../errors';
import type { StoredItem, StoredList } from '../model';

export function requireSite(ctx: HandlerContext): void {
  const { store } = ctx.state;
  const id = ctx.params.site ?? 'root';
  if (id.toLowerCase() === 'root') return;
  // `GET /sites/{hostname}` is the hostname's root site; locally every hostname is this server.
  if (/^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(id) && (id.includes('.') || /^localhost(:|$)/i.test(id))) return;
  const parts = id.split(',');
  const matches = parts.length === 3 ? parts[1] === store.siteCollectionId && parts[2] === store.webId : id === store.siteCollectionId;
  if (!matches) throw notFound(`Requested site could not be found: '${id}'.`);
}

export function requireList(ctx: HandlerContext): StoredList {
  requireSite(ctx);
  const key = ctx.params.list;
  const { lists } = ctx.state.store;
  const byId = lists.get(key) ?? lists.get(key.toLowerCase());
  if (byId) return byId;
  const lower = key.toLowerCase();
  for (const list of lists.values()) {
    if (list.displayName.toLowerCase() === lower || list.name.toLowerCase() === lower) return list;
  }
  throw notFound(`List '${key}' does not exist at site with URL '${ctx.state.baseUrl}'.`);
}

export function requireItem(ctx: HandlerContext, list: StoredList): StoredItem {
  const raw = ctx.params.item;
  if (!/^[0-9]+$/.test(raw)) throw badRequest(`'${raw}' is not a list item id; item ids are whole numbers.`);
  const item = ctx.state.store.items.get(list.id)?.get(Number(raw));
  if (!item) throw notFound(`Item ${raw} was not found in '${list.displayName}'.`);
  return item;
}
