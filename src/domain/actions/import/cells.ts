/**
 * Reading single cells of an imported plan (dates are `when.ts`'s): lists, references, TALENT references, and
 * Leeds-style "Visibility (V5)" theme references. Each reader returns a value or a message saying what
 * was expected.
 */
import { REFERENCE_PATTERN } from '../references';
import { normaliseTalentRef } from '../talentRecommendations';

export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Items of a list cell separated by commas, semicolons, slashes or line breaks, trimmed, without blanks. */
export function readList(text: string): string[] {
  return text
    .split(/[,;/\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** TALENT references in a cell ("R1.", "R15, R16", "R3 and R4"), canonical and without repeats. */
export function readTalentRefs(text: string): CellResult<string[]> {
  const parts = text
    .split(/[,;/&\n]+|\band\b/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const refs: string[] = [];
  for (const part of parts) {
    const ref = normaliseTalentRef(part);
    if (!ref) return fail(`"${part}" is not a TALENT recommendation; expected R1 to R16.`);
    if (!refs.includes(ref)) refs.push(ref);
  }
  return ok(refs);
}

/**
 * Leeds writes the theme and reference together: "Visibility (V5) Sustainability (S1)", "All (A1–A7)".
 * Returns each theme word and every reference, the first being the action's own (`reference`).
 */
export function readThemeReferences(text: string): { themes: string[]; reference?: string; references: string[] } {
  const themes: string[] = [];
  const references: string[] = [];
  for (const m of text.matchAll(/([A-Za-z][A-Za-z ,&/-]*?)\s*\(\s*([^)]*)\)/g)) {
    themes.push(m[1]!.trim());
    // "(A1–A7)" is a range of references, not one: it names the theme (all of them), not this action.
    const inside = m[2]!.trim();
    if (/^[A-Za-z]{0,4}\d+(?:\.\d+)?$/.test(inside)) references.push(inside.toUpperCase());
  }
  if (themes.length === 0 && text.trim() !== '') themes.push(...readList(text));
  return { themes, reference: references[0], references: [...new Set(references)] };
}

/**
 * References in a reference cell: one ("1.1", "CD 7.") or several ("15.1 15.2 15.3", "V5, S1"). The first is
 * the action's own; the rest are kept as its other references.
 */
export function readReferences(text: string): CellResult<string[]> {
  const whole = text.trim().replace(/\s+/g, '').replace(/\.$/, '');
  if (REFERENCE_PATTERN.test(whole)) return ok([whole]);
  const parts = text.split(/[\s,;/&]+|\band\b/i).map((p) => p.trim().replace(/\.$/, '')).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => REFERENCE_PATTERN.test(p))) return ok([...new Set(parts)]);
  return fail(`"${text.trim()}" is not a reference: a reference is up to four letters and a number (1.1, 15.3, V5, CD7), several separated by spaces or commas.`);
}

/**
 * A short title from a long task: its first sentence, cut at a word before 80 characters.
 */
export function titleFromTask(task: string): string {
  // A cell of several lines is normal: the title is made from one line, the full text stays the task.
  const first = task.trim().replace(/\s*\n\s*/g, ' ').split(/(?<=[.!?])\s+/)[0] ?? '';
  const sentence = first.replace(/[.!?]$/, '');
  if (sentence.length <= 80) return sentence;
  const cut = sentence.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80).replace(/[,;:\s]+$/, '')}…`;
}

/** Task text reduced for comparison (case, spacing, punctuation ignored): the import key of unreferenced rows. */
export function normaliseTask(task: string): string {
  return task.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
