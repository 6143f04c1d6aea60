/**
 * The query options of a list-items request: `$select`, `$expand=fields($select=…)`, `$top`,
 * `$skiptoken`, `$filter`, `$orderby`. Graph v1.0 accepts them with or without the `$`
 * (https://learn.microsoft.com/en-us/graph/query-parameters).
 */
import { badRequest } from '../errors';

/** Reads an option by name with or without its `$`. */
export function option(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

/** `$select=a,b` → ['a','b']; undefined when absent. */
export function parseSelect(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_@./]*$/.test(name)) throw badRequest(`Invalid $select: '${name}' is not a property name.`);
  }
  return names;
}

export interface Expansion {
  readonly name: string;
  readonly select?: string[];
}

/** `fields($select=A,B),columns` → [{name:'fields',select:['A','B']},{name:'columns'}]. */
export function parseExpand(value: string | undefined): Expansion[] {
  if (value === undefined || value.trim() === '') return [];
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '(') depth += 1;
    else if (value[i] === ')') depth -= 1;
    else if (value[i] === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw badRequest(`Invalid $expand: unbalanced ')' in '${value}'.`);
  }
  if (depth !== 0) throw badRequest(`Invalid $expand: unbalanced '(' in '${value}'.`);
  parts.push(value.slice(start));
  return parts.map((raw) => {
    const part = raw.trim();
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?$/s.exec(part);
    if (!match) throw badRequest(`Invalid $expand: '${part}' is not a navigation property.`);
    const [, name, inner] = match;
    if (inner === undefined || inner.trim() === '') return { name };
    let select: string[] | undefined;
    for (const clause of inner.split(';')) {
      const eq = clause.indexOf('=');
      const key = clause.slice(0, eq).trim().replace(/^\$/, '').toLowerCase();
      if (eq < 0 || key !== 'select') throw badRequest(`Invalid $expand: only $select is supported inside ${name}(…), not '${clause.trim()}'.`);
      select = parseSelect(clause.slice(eq + 1));
    }
    return { name, select };
  });
}

/** `$top`: a whole number from 1 to `max`; otherwise 400 naming the limit. */
export function parseTop(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value.trim())) throw badRequest(`Invalid $top: '${value}' is not a whole number.`);
  const top = Number(value);
  if (top < 1) throw badRequest('Invalid $top: it must be at least 1.');
  if (top > max) throw badRequest(`Invalid $top: ${top} is more than the maximum page size of ${max}.`);
  return top;
}

/**
 * `$skiptoken` as SharePoint makes it: base64 of `Paged=TRUE&p_ID=<last id>`; with `$orderby` we
 * page by position instead (`p_Offset`). Opaque to clients, who follow `@odata.nextLink` verbatim.
 */
export function encodeSkipToken(position: { lastId?: number; offset?: number }): string {
  const text = position.lastId !== undefined ? `Paged=TRUE&p_ID=${position.lastId}` : `Paged=TRUE&p_Offset=${position.offset}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodeSkipToken(token: string | undefined): { lastId?: number; offset?: number } {
  if (token === undefined) return {};
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const params = new URLSearchParams(text);
  const id = params.get('p_ID');
  const offset = params.get('p_Offset');
  if (params.get('Paged') === 'TRUE' && id !== null && /^[0-9]+$/.test(id)) return { lastId: Number(id) };
  if (params.get('Paged') === 'TRUE' && offset !== null && /^[0-9]+$/.test(offset)) return { offset: Number(offset) };
  throw badRequest('Invalid $skiptoken: follow @odata.nextLink exactly as returned.');
}
