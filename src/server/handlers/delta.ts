/**
 * `GET …/items/delta` (https://learn.microsoft.com/en-us/graph/api/listitem-delta): changed items
 * since a token, deleted ones with the `deleted` facet, `?token=latest` for a token without
 * items. Tokens are the store's change sequence; the last page carries `@odata.deltaLink`.
 */
import { json, type GraphResponse, type HandlerContext } from '../context';
import { badRequest } from '../errors';
import { decodeSkipToken, encodeSkipToken, option, parseTop } from '../odata/options';
import { renderItem } from '../render';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, nextLinkFor, readableFilter } from './items';
import { requireList } from './resolve';

export function itemsDelta(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const readable = readableFilter(ctx, list);
  const { store, baseUrl } = ctx.state;
  const token = ctx.request.query.get('token');
  const deltaLink = (seq: number): string => `${baseUrl}/graph/v1.0${ctx.request.path}?token=${seq}-${seq}`;
  if (token === 'latest') return json(200, { value: [], '@odata.deltaLink': deltaLink(store.currentSeq()) });
  // A token is "from-upto": changes after `from` and no later than `upto` (fixed when paging began).
  const match = token === null ? ['', '0', String(store.currentSeq())] : /^([0-9]+)-([0-9]+)$/.exec(token);
  if (!match) throw badRequest('Invalid delta token: follow @odata.nextLink or @odata.deltaLink exactly as returned.');
  const from = Number(match[1]);
  const upto = token === null || match[1] === match[2] ? store.currentSeq() : Number(match[2]);
  const top = parseTop(option(ctx.request.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const start = decodeSkipToken(option(ctx.request.query, 'skiptoken')).offset ?? 0;
  const seqs = store.changeSeq.get(list.id) ?? new Map<number, number>();
  const changes: { seq: number; render: () => unknown }[] = [];
  for (const [id, seq] of seqs) {
    if (seq > from && seq <= upto) {
      const item = store.items.get(list.id)?.get(id);
      if (item && (!readable || readable(item))) changes.push({ seq, render: () => renderItem(ctx.state, list, item, { fields: true }) });
    }
  }
  for (const t of store.tombstones.get(list.id) ?? []) {
    if (t.seq > from && t.seq <= upto) changes.push({ seq: t.seq, render: () => ({ id: String(t.id), deleted: { state: 'deleted' } }) });
  }
  changes.sort((a, b) => a.seq - b.seq);
  const page = changes.slice(start, start + top).map((c) => c.render());
  if (start + top < changes.length) {
    const query = new URLSearchParams(ctx.request.query);
    query.set('token', `${from}-${upto}`);
    return json(200, { '@odata.nextLink': nextLinkFor({ ...ctx, request: { ...ctx.request, query } }, encodeSkipToken({ offset: start + top })), value: page });
  }
  return json(200, { value: page, '@odata.deltaLink': deltaLink(upto) });
}
