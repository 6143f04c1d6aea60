import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validationError } from '../../domain/errors';

/**
 * `@microsoft/app-manifest` (the Agents Toolkit's manifest library) bundles the official schemas and
 * uses them instead of fetching only when `$schema` starts exactly with this prefix; anything else
 * (e.g. a `/en-us/` URL) makes the Toolkit go online, so we insist on it.
 */
export const OFFLINE_SCHEMA_PREFIX = 'https://developer.microsoft.com/json-schemas/teams/';

/** A parsed manifest; schema loading reads `$schema` and `manifestVersion`. */
export interface ManifestHead {
  readonly $schema?: unknown;
  readonly manifestVersion?: unknown;
  readonly [field: string]: unknown;
}

/** Path of the official schema `@microsoft/app-manifest` ships for a manifest version. */
export function bundledSchemaPath(manifestVersion: string): string {
  const packageDir = dirname(require.resolve('@microsoft/app-manifest'));
  return join(packageDir, 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** Reads the bundled schema for the manifest's version; never touches the network. */
export async function loadBundledSchema(manifest: ManifestHead): Promise<object> {
  const { $schema, manifestVersion } = manifest;
  if (typeof $schema !== 'string' || !$schema.startsWith(OFFLINE_SCHEMA_PREFIX)) {
    throw validationError('The manifest must name its schema so it can be checked offline.', [
      { field: '$schema', message: `must start with ${OFFLINE_SCHEMA_PREFIX}, is ${JSON.stringify($schema)}` },
    ]);
  }
  if (typeof manifestVersion !== 'string') {
    throw validationError('The manifest has no manifestVersion.', [{ field: 'manifestVersion', message: 'is required' }]);
  }
  let text: string;
  try {
    text = await readFile(bundledSchemaPath(manifestVersion), 'utf8');
  } catch {
    throw validationError(`No bundled schema for manifest version ${manifestVersion}.`, [
      { field: 'manifestVersion', message: `${manifestVersion} is not a version @microsoft/app-manifest ships` },
    ]);
  }
  // The published schemas contain `\a` and `\v` escapes JSON does not allow; the Toolkit
  // cleans them the same way before parsing.
  return JSON.parse(text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as object;
}

/**
 * Validates a filled manifest against the official JSON schema of its version, the way
 * `AppManifestUtils.validateAgainstSchema` in `@microsoft/app-manifest` does (Ajv for draft-04,
 * all errors, formats uri/email/regex). We call Ajv ourselves because that package's entry point
 * needs `fs-extra` (which it does not declare) and the ESM-only `strip-bom`, which Jest cannot load.
 * Returns the schema errors as lines (`/path message`), empty when valid.
 */
export async function validateAgainstOfficialSchema(manifest: ManifestHead): Promise<string[]> {
  const schema = await loadBundledSchema(manifest);
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}
