/**
 * The proficiency scale 0–4. A plan may rename the labels (Hub Settings key `proficiencyLabels`),
 * never the numbers: ratings store numbers, people read labels.
 */
import type { FieldIssue } from '../errors';
import { DEFAULT_PROFICIENCY_LABELS, EXPERT_LEVEL } from '../vocabulary';

/** Hub Settings key holding the five renamed labels as a JSON array of strings. */
export const PROFICIENCY_LABELS_SETTING = 'proficiencyLabels';

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;
/** Practitioner: the level a unit needs someone at to count a needed skill as covered. */
export const PRACTITIONER_LEVEL = 2;
export { EXPERT_LEVEL };

/** Five labels, index = level. */
export type ProficiencyLabels = readonly [string, string, string, string, string];

export const DEFAULT_LABELS: ProficiencyLabels = [...DEFAULT_PROFICIENCY_LABELS] as unknown as ProficiencyLabels;

/** Whether `n` is a whole number on the 0–4 scale. */
export function isProficiencyLevel(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= MIN_LEVEL && n <= MAX_LEVEL;
}

/** What is wrong with a proposed set of labels (empty when it can be saved). */
export function checkProficiencyLabels(value: unknown): FieldIssue[] {
  const field = PROFICIENCY_LABELS_SETTING;
  if (!Array.isArray(value) || value.length !== 5) {
    return [{ field, message: 'Give exactly five labels, one for each level from 0 to 4.' }];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  value.forEach((label, level) => {
    if (typeof label !== 'string' || label.trim() === '') {
      issues.push({ field, message: `Level ${level} needs a label.` });
      return;
    }
    const key = label.trim().toLowerCase();
    if (seen.has(key)) issues.push({ field, message: `Level ${level} repeats the label “${label.trim()}”; each level needs its own.` });
    seen.add(key);
  });
  return issues;
}

/**
 * The labels to show, from the stored setting value. A missing or broken setting falls back to the
 * defaults rather than leaving the matrix unreadable.
 */
export function proficiencyLabelsFrom(setting: unknown): ProficiencyLabels {
  if (checkProficiencyLabels(setting).length > 0) return DEFAULT_LABELS;
  return (setting as string[]).map((l) => l.trim()) as unknown as ProficiencyLabels;
}

/** "3 · Expert" style text for a level. */
export function levelText(level: number, labels: ProficiencyLabels): string {
  return isProficiencyLevel(level) ? `${level} · ${labels[level]}` : 'Not rated';
}

export type ParsedLevel = { readonly ok: true; readonly level: number | undefined } | { readonly ok: false; readonly message: string };

/**
 * Reads a level as people type it in spreadsheets: a number (`3`, `3.0`), a label in any case
 * (`expert`), the default labels too (a renamed scale still understands "Expert"), or blank (no rating).
 */
export function parseProficiency(cell: unknown, labels: ProficiencyLabels = DEFAULT_LABELS): ParsedLevel {
  if (cell === null || cell === undefined) return { ok: true, level: undefined };
  const text = String(cell).trim();
  if (text === '' || text === '-' || text === '–') return { ok: true, level: undefined };
  const n = Number(text);
  if (text !== '' && Number.isFinite(n)) {
    return isProficiencyLevel(n)
      ? { ok: true, level: n }
      : { ok: false, message: `“${text}” is not a level: use a whole number from 0 to 4 or a label (${labels.join(', ')}).` };
  }
  const key = text.toLowerCase();
  for (const set of [labels, DEFAULT_LABELS]) {
    const level = set.findIndex((l) => l.toLowerCase() === key);
    if (level >= 0) return { ok: true, level };
  }
  return { ok: false, message: `“${text}” is not a level: use a whole number from 0 to 4 or a label (${labels.join(', ')}).` };
}
