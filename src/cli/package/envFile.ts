import { validationError, type FieldIssue } from '../../domain/errors';

/**
 * Reads a Toolkit environment file (`env/.env.dev`): `NAME=value` lines, `#` comments and blank
 * lines. Values may be wrapped in single or double quotes. A malformed line is reported with its
 * line number rather than skipped, so a typo never silently drops a setting.
 */
export function parseEnvFile(text: string, fileName: string): Map<string, string> {
  const values = new Map<string, string>();
  const issues: FieldIssue[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      issues.push({ row: index + 1, field: fileName, message: `expected NAME=value, found "${line}"` });
      return;
    }
    const [, name, rawValue] = match;
    values.set(name, unquote(rawValue));
  });
  if (issues.length > 0) throw validationError(`${fileName} has lines that are not NAME=value.`, issues);
  return values;
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}
