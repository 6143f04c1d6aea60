import { validationError, type FieldIssue } from '../../domain/errors';

/** The Toolkit's placeholder syntax in manifests and yml: `${{NAME}}`. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every placeholder name used anywhere in a JSON value, sorted and without repeats. */
export function placeholdersIn(value: unknown): string[] {
  const names = new Set<string>();
  visitStrings(value, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]);
  });
  return [...names].sort();
}

export interface FillOptions {
  /** Where the values came from, for messages (e.g. `env/.env.dev`). */
  readonly source: string;
  /** Names that may be empty (e.g. `APP_NAME_SUFFIX`); any other empty value is an error. */
  readonly mayBeEmpty?: ReadonlySet<string>;
  /** Names `atk provision` writes, so the message can say to run it rather than to type a value. */
  readonly writtenByProvision?: ReadonlySet<string>;
}

/**
 * Returns a copy of a parsed JSON value with every `${{NAME}}` replaced. Works on parsed JSON, not
 * on text, so a value containing a quote can never break the manifest. Every missing or empty
 * variable is reported at once, naming the file to fix.
 */
export function fillPlaceholders<T>(value: T, variables: ReadonlyMap<string, string>, options: FillOptions): T {
  const issues: FieldIssue[] = [];
  for (const name of placeholdersIn(value)) {
    const found = variables.get(name);
    if (found === undefined) {
      issues.push({ field: name, message: `is not defined in ${options.source}` });
    } else if (found.trim() === '' && !options.mayBeEmpty?.has(name)) {
      const remedy = options.writtenByProvision?.has(name) ? 'run `atk provision`, which writes it' : 'set it';
      issues.push({ field: name, message: `is empty in ${options.source}; ${remedy}` });
    }
  }
  if (issues.length > 0) throw validationError(`The manifest needs values that ${options.source} does not give.`, issues);
  return mapStrings(value, (text) => text.replace(PLACEHOLDER, (_, name: string) => variables.get(name) ?? '')) as T;
}

function visitStrings(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((item) => visitStrings(item, visit));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => visitStrings(item, visit));
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}
