/**
 * A plan's themes: the four Commitment themes always, then the plan's own (Hertfordshire's "Technical Staff
 * Wellbeing", Leeds' "All").
 */
import type { ActionPlan } from '../model';
import { COMMITMENT_THEMES } from '../vocabulary';

/** Every theme an action of this plan may carry, Commitment themes first. */
export function planThemes(plan: Pick<ActionPlan, 'extraThemes'>): readonly string[] {
  const own = plan.extraThemes.map((t) => t.trim()).filter((t) => t !== '');
  const commitment: readonly string[] = COMMITMENT_THEMES;
  return [...COMMITMENT_THEMES, ...own.filter((t) => !commitment.some((c) => sameTheme(c, t)))];
}

/** Compares theme names the way people write them: case, spacing and "&"/"and" do not matter. */
export function sameTheme(a: string, b: string): boolean {
  return themeKey(a) === themeKey(b);
}

function themeKey(theme: string): string {
  return theme.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '');
}

/**
 * The known theme a piece of text names ("career development" → "Career Development"), or undefined.
 * Used by import to read theme columns and theme heading rows.
 */
export function matchTheme(text: string, themes: readonly string[]): string | undefined {
  const key = themeKey(text);
  if (key === '') return undefined;
  return themes.find((t) => themeKey(t) === key);
}

/**
 * Short code for a theme, as Leeds writes references (Visibility → V, Career Development → CD): used to
 * give imported actions without a reference one of their own ("V3").
 */
export function themeCode(theme: string): string {
  const words = theme.split(/[^A-Za-z]+/).filter((w) => w !== '' && !/^(and|of|the)$/i.test(w));
  return words.map((w) => w[0]!.toUpperCase()).join('') || 'A';
}
