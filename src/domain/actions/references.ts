/**
 * Action references as plans write them: "1.1", "15.3" (De Montfort), "V5", "CD7", "A2" (Leeds).
 */

/** Letters (a theme code, optional) then a number, optionally with dotted parts: 1.1, 15.3, V5, CD7, A2.1. */
export const REFERENCE_PATTERN = /^[A-Za-z]{0,4}\d{1,4}(\.\d{1,3}){0,2}[a-z]?$/;

/** The reference as stored: trimmed, inner spaces and a trailing full stop removed ("CD 7." → "CD7"). */
export function normaliseReference(raw: string): string {
  return raw.trim().replace(/\s+/g, '').replace(/\.$/, '');
}

export function isValidReference(reference: string): boolean {
  return REFERENCE_PATTERN.test(reference);
}

/**
 * Orders references as a person reads them: letters first, then numbers numerically, so 2.1 < 10.1 and
 * CD2 < CD10.
 */
export function compareReferences(a: string, b: string): number {
  const pa = referenceParts(a);
  const pb = referenceParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else if (x !== y) {
      return String(x).localeCompare(String(y));
    }
  }
  return 0;
}

function referenceParts(reference: string): (string | number)[] {
  return (reference.toUpperCase().match(/[A-Z]+|\d+/g) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
