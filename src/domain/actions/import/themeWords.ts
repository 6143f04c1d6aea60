/**
 * The words a plan file uses for its themes ("All (A1–A7)", "Visibility and sustainability", "development",
 * "Technical Staff Wellbeing") and the themes each is proposed to mean. The preview lists every word with
 * its proposal so the person can change it before importing.
 */
import { COMMITMENT_THEMES } from '../../vocabulary';
import { matchTheme } from '../themes';

/** A theme word of the file, the themes it will be stored as, and how many actions use it. */
export interface ThemeWord {
  readonly word: string;
  /** Themes of the plan (Commitment themes or the plan's own); `[word]` itself when it becomes a new plan theme. */
  readonly themes: readonly string[];
  /** How the proposal was made, for the preview to say. */
  readonly reason: 'all' | 'same' | 'words' | 'new' | 'chosen';
  readonly actions: number;
}

/** The person's choice per theme word (the word as the file writes it → the themes it means). */
export type ThemeChoices = Readonly<Record<string, readonly string[]>>;

// Words that say nothing about which theme is meant.
const FILLER = new Set(['and', 'the', 'of', 'for', 'in', 'to', 'technical', 'technician', 'technicians', 'staff', 'theme', 'themes']);

/** The word without its references: "All (A1–A7)" → "All", "Visibility (V6)" → "Visibility". */
export function themeWordOf(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether a cell means every Commitment theme: "All", "All themes", "A1–A7", "All (A1-A7)". */
export function meansAllThemes(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (/^all(\s+(the\s+)?(four\s+)?(commitment\s+)?themes)?\s*(\(.*\))?$/.test(t)) return true;
  return /^a\d+\s*[-–—]\s*a\d+$/.test(t);
}

/**
 * The themes a file's theme word is proposed to mean among `known` (the plan's themes, Commitment first):
 * every Commitment theme for "All"; the theme of the same name; each theme a combined cell names
 * ("Visibility and sustainability"); the one theme a single word belongs to ("development" → Career
 * Development); otherwise the word itself, as a new plan theme.
 */
export function proposeThemes(text: string, known: readonly string[]): Pick<ThemeWord, 'themes' | 'reason'> {
  if (meansAllThemes(text)) return { themes: [...COMMITMENT_THEMES], reason: 'all' };
  const word = themeWordOf(text);
  const same = matchTheme(word, known);
  if (same) return { themes: [same], reason: 'same' };
  const parts = word.split(/\s*(?:,|;|\/|&|\+|\band\b)\s*/i).filter((p) => p !== '');
  if (parts.length > 1) {
    const each = parts.map((p) => matchTheme(p, known) ?? byWords(p, known));
    if (each.every((t): t is string => t !== undefined)) return { themes: [...new Set(each)], reason: 'words' };
  }
  const one = byWords(word, known);
  if (one) return { themes: [one], reason: 'words' };
  return { themes: [word], reason: 'new' };
}

/** The one known theme whose name holds all the text's telling words, or that the text names in full. */
function byWords(text: string, known: readonly string[]): string | undefined {
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !FILLER.has(w));
  if (words.length === 0) return undefined;
  const wordsOf = (theme: string) => theme.toLowerCase().split(/[^a-z]+/);
  const holding = known.filter((theme) => words.every((w) => wordsOf(theme).includes(w)));
  if (holding.length === 1) return holding[0];
  // "Recognition of technicians' work" names Recognition in full.
  const named = known.filter((theme) => ` ${text.toLowerCase()} `.includes(` ${theme.toLowerCase()} `));
  return named.length === 1 ? named[0] : undefined;
}
