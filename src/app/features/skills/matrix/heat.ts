/**
 * Heat-map colours of proficiency 0–4: light to dark blue, chosen so the level digit keeps at least
 * 4.5:1 contrast on every shade (WCAG AA) in light and dark Teams themes alike.
 */
export const HEAT: readonly { readonly background: string; readonly color: string }[] = [
  { background: '#ececec', color: '#4d4d4d' },
  { background: '#d6e6f5', color: '#1a1a1a' },
  { background: '#93c1e0', color: '#0b1b2b' },
  { background: '#2e75b6', color: '#ffffff' },
  { background: '#0b3a6b', color: '#ffffff' },
];

/** Outline marking a manager-validated rating. */
export const VALIDATED_OUTLINE = '#d08a00';
