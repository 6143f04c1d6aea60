/**
 * `GET …/items/delta` (https://learn.microsoft.com/en-us/graph/api/listitem-delta): changed items
 * since a token, deleted ones with the `deleted` facet, `?token=latest` for a token without
 * items; `$select`, `$expand=fields($select=…)` and `$top` as on `items`. Tokens are the store's
 * change sequence; the last page carries `@odata.deltaLink`. A token the server cannot serve (one
 * from before the data was reset) gets `410 Gone` with `resyncRequired` and a `Location` that
 * starts a fresh enumeration, as Graph does.
 */
import { ItemPage } from '../itemCount';
import { json, type GraphResponse, type HandlerContext } from '../context';
import { badRequest, GraphError } from '../errors';
import { decodeSkipToken, encodeSkipToken, option, parseTop } from '../odata/options';
import { renderItemJson } from '../render';
import { itemShape } from './itemQuery';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, nextLinkFor, readableFilter } from './items';
import { requireList } from './resolve';

export function itemsDelta(ctx: HandlerContext): GraphResponse {
  const list = requireList(ctx);
  const readable = readableFilter(ctx, list);
  const { store, baseUrl } = ctx.state;
  const token = ctx.request.query.get('token');
  // The link keeps the request's $select/$expand/$top, as Graph's tokens carry them.
  const deltaLink = (seq: number): string => {
    const query = new URLSearchParams(ctx.request.query);
    query.delete('$skiptoken');
    query.delete('token');
    query.set('token', `${seq}-${seq}`);
    return `${baseUrl}/graph/v1.0${ctx.request.path}?${query.toString()}`;
  };
  if (token === 'latest') return json(200, { value: [], '@odata.deltaLink': deltaLink(store.currentSeq()) });
  // A token is "from-upto": changes after `from` and no later than `upto` (fixed when paging began).
  const match = token === null ? ['', '0', String(store.currentSeq())] : /^([0-9]+)-([0-9]+)$/.exec(token);
  if (!match) throw badRequest('Invalid delta token: follow @odata.nextLink or @odata.deltaLink exactly as returned.');
  const from = Number(match[1]);
  if (from > store.currentSeq() || Number(match[2]) > store.currentSeq()) {
    const fresh = new URLSearchParams(ctx.request.query);
    fresh.delete('token');
    fresh.delete('$skiptoken');
    const query = fresh.toString();
    throw new GraphError(410, 'resyncRequired', 'The delta token can no longer be served; start a fresh enumeration from the Location given.', {
      Location: `${baseUrl}/graph/v1.0${ctx.request.path}${query ? `?${query}` : ''}`,
    });
  }
  const upto = token === null || match[1] === match[2] ? store.currentSeq() : Number(match[2]);
  const top = parseTop(option(ctx.request.query, 'top'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const start = decodeSkipToken(option(ctx.request.query, 'skiptoken')).offset ?? 0;
  // Without $select/$expand the local server has always sent each item with its fields.
  const asked = itemShape(ctx, list);
  const shape = asked.fields || asked.select ? asked : { ...asked, fields: true };
  const shapeKey = JSON.stringify(['delta', shape.fields, shape.select, shape.fieldSelect && [...shape.fieldSelect]]);
  const seqs = store.changeSeq.get(list.id) ?? new Map<number, number>();
  const changes: { seq: number; render: () => string }[] = [];
  for (const [id, seq] of seqs) {
    if (seq > from && seq <= upto) {
      const item = store.items.get(list.id)?.get(id);
      if (item && (!readable || readable(item))) changes.push({ seq, render: () => renderItemJson(ctx.state, list, item, shape, shapeKey) });
    }
  }
  // A fresh enumeration lists what is there; deletions matter only to someone holding a token.
  if (token !== null) {
    for (const t of store.tombstones.get(list.id) ?? []) {
      if (t.seq > from && t.seq <= upto) changes.push({ seq: t.seq, render: () => JSON.stringify({ id: String(t.id), deleted: { state: 'deleted' } }) });
    }
  }
  changes.sort((a, b) => a.seq - b.seq);
  const page = changes.slice(start, start + top).map((c) => c.render());
  const body = (head: Record<string, string>) => new ItemPage(`${JSON.stringify(head).slice(0, -1)},"value":[${page.join(',')}]}`, page.length);
  if (start + top < changes.length) {
    const query = new URLSearchParams(ctx.request.query);
    query.set('token', `${from}-${upto}`);
    return json(200, body({ '@odata.nextLink': nextLinkFor({ ...ctx, request: { ...ctx.request, query } }, encodeSkipToken({ offset: start + top })) }));
  }
  return json(200, body({ '@odata.deltaLink': deltaLink(upto) }));
}
