/**
 * Status schemes: the words each plan uses for an action's status, and the canonical RAG status each
 * word means, so that reports compare plans that speak differently.
 */
import { validationError } from '../errors';
import { NOT_ASSESSED, RAG_STATUSES, type RagStatus, type StatusSchemeName } from '../vocabulary';

interface SchemeDefinition {
  /** The scheme's own label for each canonical status (every scheme names all five; "Not yet assessed" is the same in each). */
  readonly names: Readonly<Record<RagStatus, string>>;
  /** Other spellings seen in real plans (letters, keys), read case-insensitively. */
  readonly aliases: Readonly<Record<string, RagStatus>>;
}

/** Words plans use for "nobody has judged this yet", in any scheme. */
const NOT_ASSESSED_ALIASES: Readonly<Record<string, RagStatus>> = {
  'not assessed': NOT_ASSESSED,
  unassessed: NOT_ASSESSED,
  'not yet rated': NOT_ASSESSED,
  'to be assessed': NOT_ASSESSED,
};

const SCHEMES: Readonly<Record<StatusSchemeName, SchemeDefinition>> = {
  // De Montfort: "Red (R) = Major delay or problem, Amber (A) = not yet started, OR some delays or problems,
  // Green (G) = on track, no problems, Blue (B) = action complete".
  'Red/Amber/Green/Blue': {
    names: { Red: 'Red', Amber: 'Amber', Green: 'Green', Complete: 'Blue', 'Not yet assessed': NOT_ASSESSED },
    aliases: { r: 'Red', a: 'Amber', g: 'Green', b: 'Complete', complete: 'Complete', completed: 'Complete' },
  },
  // Three colours have no colour for "done"; the Commitment's RAG analysis calls it completed, so that word
  // keeps Complete distinct from Green (on track) and round-trips without loss.
  'Red/Amber/Green': {
    names: { Red: 'Red', Amber: 'Amber', Green: 'Green', Complete: 'Completed', 'Not yet assessed': NOT_ASSESSED },
    aliases: { r: 'Red', a: 'Amber', g: 'Green', complete: 'Complete', blue: 'Complete', b: 'Complete' },
  },
  // Hertfordshire's key: Delayed / In Progress / Completed/Start Pending. "In progress" means on track (Green);
  // an action not yet begun is Amber, as the Commitment's own key says ("not yet started").
  'Delayed/In progress/Completed': {
    names: { Red: 'Delayed', Amber: 'Not started', Green: 'In progress', Complete: 'Completed', 'Not yet assessed': NOT_ASSESSED },
    aliases: {
      'completed/start pending': 'Complete',
      'start pending': 'Amber',
      complete: 'Complete',
      'on track': 'Green',
      red: 'Red',
      amber: 'Amber',
      green: 'Green',
    },
  },
};

/** The labels a person picks from in this scheme, in order from Red to complete, then "Not yet assessed". */
export function labelsFor(scheme: StatusSchemeName): readonly string[] {
  return RAG_STATUSES.map((rag) => SCHEMES[scheme].names[rag]);
}

/** Canonical status of a label, or undefined when the scheme does not know it (case and spaces ignored). */
export function tryCanonical(scheme: StatusSchemeName, label: string): RagStatus | undefined {
  const wanted = label.trim().replace(/\s+/g, ' ').toLowerCase();
  if (wanted === '') return undefined;
  const definition = SCHEMES[scheme];
  const own = RAG_STATUSES.find((rag) => definition.names[rag].toLowerCase() === wanted);
  if (own) return own;
  if (Object.hasOwn(definition.aliases, wanted)) return definition.aliases[wanted];
  return Object.hasOwn(NOT_ASSESSED_ALIASES, wanted) ? NOT_ASSESSED_ALIASES[wanted] : undefined;
}

/**
 * Canonical status of a plan's own label ("B" → Complete in Red/Amber/Green/Blue, "Delayed" → Red).
 * Throws a `validation` HubError naming the scheme's labels when the label is unknown.
 */
export function toCanonical(scheme: StatusSchemeName, label: string): RagStatus {
  const rag = tryCanonical(scheme, label);
  if (rag === undefined) {
    const expected = labelsFor(scheme).join(', ');
    throw validationError(`"${label}" is not a status in the ${scheme} scheme; expected one of ${expected}.`, [
      { field: 'status', message: `Unknown status "${label}"; expected one of ${expected}.` },
    ]);
  }
  return rag;
}

/** The scheme's own label for a canonical status (Complete → "Blue" in Red/Amber/Green/Blue). */
export function toLabel(scheme: StatusSchemeName, rag: RagStatus): string {
  return SCHEMES[scheme].names[rag];
}
