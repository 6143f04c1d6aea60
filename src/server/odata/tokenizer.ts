/**
 * Tokenizer for OData `$filter` / `$orderby` expressions (OData v4 URL conventions, the subset
 * Graph accepts on SharePoint list items:
 * https://learn.microsoft.com/en-us/graph/query-parameters#filter-parameter).
 * String literals are single-quoted with `''` standing for one quote, so a person's search text
 * containing `'` is one literal and never changes the expression's shape.
 */
import { badRequest } from '../errors';

export type Token =
  | { readonly kind: 'identifier'; readonly text: string; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'open' | 'close' | 'comma' | 'end'; readonly at: number };

const isIdentStart = (c: string): boolean => /[A-Za-z_$@]/.test(c);
const isIdentPart = (c: string): boolean => /[A-Za-z0-9_$@./]/.test(c);

/** Splits an expression into tokens; throws 400 invalidRequest naming the position of anything it cannot read. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
    } else if (c === '(') {
      tokens.push({ kind: 'open', at: i });
      i += 1;
    } else if (c === ')') {
      tokens.push({ kind: 'close', at: i });
      i += 1;
    } else if (c === ',') {
      tokens.push({ kind: 'comma', at: i });
      i += 1;
    } else if (c === "'") {
      const at = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw badRequest(`Invalid filter: the string starting at position ${at + 1} has no closing quote.`);
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += source[i];
        i += 1;
      }
      tokens.push({ kind: 'string', value, at });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      const text = match ? match[0] : c;
      tokens.push({ kind: 'number', value: Number(text), at: i });
      i += text.length;
    } else if (isIdentStart(c)) {
      const at = i;
      while (i < source.length && isIdentPart(source[i])) i += 1;
      tokens.push({ kind: 'identifier', text: source.slice(at, i), at });
    } else {
      throw badRequest(`Invalid filter: unexpected character '${c}' at position ${i + 1}.`);
    }
  }
  tokens.push({ kind: 'end', at: source.length });
  return tokens;
}
