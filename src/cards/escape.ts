/**
 * Whatever a person typed (titles, descriptions, locations, names) is shown in cards as text,
 * never as formatting. Teams renders a markdown subset in TextBlocks and FactSets, turns
 * `<at>…</at>` into mentions and autolinks URLs; the templating engine reads `${…}`. Escaping with
 * a backslash is what markdown defines and what Teams honours (AdaptiveCards #4677, #5590).
 */

// Characters that can start emphasis, links, code, HTML/mentions or template expressions anywhere.
const INLINE = new Set('\\`*_{}[]()<>~|!$');
// Markers that only matter at the start of a line: headings, quotes, lists, rules.
const LINE_START = new Set('#>+-=');

function escapeLine(line: string): string {
  let out = '';
  let atStart = true; // still in the leading spaces/digits of the line
  let leadingDigits = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const next = line[i + 1] ?? '';
    const escape =
      INLINE.has(c) ||
      (atStart && LINE_START.has(c)) ||
      // "1." at the start of a line would begin a numbered list.
      (c === '.' && leadingDigits) ||
      // A dot inside a word ("evil.com", "www.x") or "://" would let hosts autolink a bare URL.
      (c === '.' && /\w/.test(next)) ||
      (c === '/' && (line[i - 1] === ':' || (line[i - 1] === '/' && line[i - 2] === ':')));
    out += escape ? `\\${c}` : c;
    if (/\d/.test(c) && (atStart || leadingDigits)) leadingDigits = true;
    else if (!(atStart && /\s/.test(c))) leadingDigits = false;
    if (!/\s/.test(c)) atStart = false;
  }
  return out;
}

/** Escapes user text for a TextBlock or Fact value; newlines become paragraph breaks. */
export function escapeCardText(value: string | undefined): string {
  if (!value) return '';
  return value
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map(escapeLine)
    .join('\n\n');
}

/** A name inside a mention's `<at>…</at>`: the text must match the entity exactly, so it is plain. */
export function mentionName(name: string): string {
  return name.replace(/[<>[\]*_`~#\\${}|]/g, '').trim() || 'owner';
}

/** Only web links may open from a card; anything else (javascript:, data:, mailto: spoofing) is dropped. */
export { safeWebLink } from '../domain/links';
