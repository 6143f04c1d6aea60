/**
 * Item versions: `GET …/items/{id}/versions` and `…/versions/{version-id}`
 * (https://learn.microsoft.com/en-us/graph/api/listitem-list-versions). Newest first, the current
 * version included; a list without versioning keeps only the current one. Reading versions needs
 * View Versions on the list (every built-in level has it).
 */
import { json, type GraphResponse, type HandlerContext } from '../context';
import { notFound } from '../errors';
import type { ItemVersion, StoredItem, StoredList } from '../model';
import { requireRight } from '../permissions';
import { renderFields } from '../render';
import { callerOf, readableItem } from './items';
import { requireList } from './resolve';

function versionsOf(item: StoredItem): ItemVersion[] {
  const current: ItemVersion = { version: item.version, modified: item.modified, modifiedBy: item.modifiedBy, values: item.values };
  return [current, ...[...(item.history ?? [])].reverse()];
}

function render(ctx: HandlerContext, list: StoredList, item: StoredItem, version: ItemVersion): Record<string, unknown> {
  const fields = renderFields(ctx.state, list, { ...item, version: version.version, modified: version.modified, values: version.values });
  delete fields['@odata.etag'];
  return {
    id: `${version.version}.0`,
    lastModifiedBy: { user: version.modifiedBy },
    lastModifiedDateTime: version.modified,
    publication: { level: 'published', versionId: `${version.version}.0` },
    fields,
  };
}

function readable(ctx: HandlerContext): { list: StoredList; item: StoredItem } {
  const list = requireList(ctx);
  const item = readableItem(ctx, list);
  requireRight(callerOf(ctx), list, 'viewVersions', `see earlier versions of items in '${list.displayName}'`);
  return { list, item };
}

export function listVersions(ctx: HandlerContext): GraphResponse {
  const { list, item } = readable(ctx);
  return json(200, { '@odata.context': `${ctx.state.baseUrl}/graph/v1.0/$metadata#listItemVersions`, value: versionsOf(item).map((v) => render(ctx, list, item, v)) });
}

export function getVersion(ctx: HandlerContext): GraphResponse {
  const { list, item } = readable(ctx);
  const wanted = ctx.params.version;
  const version = versionsOf(item).find((v) => `${v.version}.0` === wanted || String(v.version) === wanted);
  if (!version) throw notFound(`Version '${wanted}' of item ${item.id} was not found in '${list.displayName}'.`);
  return json(200, render(ctx, list, item, version));
}
