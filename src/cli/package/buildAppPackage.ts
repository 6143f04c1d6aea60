import JSZip from 'jszip';
import { validationError, type FieldIssue } from '../../domain/errors';
import { checkIcons } from './icons';
import { validateAgainstOfficialSchema, type ManifestHead } from './manifestSchema';
import { fillPlaceholders } from './placeholders';

/**
 * Ids that `atk provision` writes into the env file. Before the first provision they are empty;
 * local packaging may stand in fixed, obviously-fake GUIDs so the package can be built and
 * inspected offline (it cannot be uploaded until provision has run).
 */
export const PROVISIONED_IDS: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-00000000a11c',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-00000000c11e',
};

/** Placeholders `atk provision` writes (aadApp/create, teamsApp/create, arm/deploy outputs). */
export const WRITTEN_BY_PROVISION: ReadonlySet<string> = new Set([...Object.keys(PROVISIONED_IDS), 'TAB_DOMAIN', 'TAB_ENDPOINT']);

/** Placeholders that may be empty (the Toolkit leaves the name suffix empty outside local). */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

export interface AppPackageInput {
  /** The parsed `appPackage/manifest.json` template, placeholders and all. */
  readonly manifestTemplate: unknown;
  readonly variables: ReadonlyMap<string, string>;
  /** Where the variables came from, for messages (`env/.env.local`). */
  readonly source: string;
  readonly colorIcon: Buffer;
  readonly outlineIcon: Buffer;
  /** Stand in fixed GUIDs for ids provision has not written yet (see {@link PROVISIONED_IDS}). */
  readonly allowUnprovisioned?: boolean;
}

export interface AppPackage {
  readonly manifest: Record<string, unknown>;
  readonly zip: Buffer;
  /** Things worth telling the person that do not stop the build (stand-in ids). */
  readonly warnings: readonly string[];
}

/**
 * Fills the manifest from the env values, validates it against the official schema (offline) and
 * the icon rules, and zips `manifest.json`, `color.png` and `outline.png` at the zip's root, as
 * Teams expects. Every problem found is reported together; nothing is built if any is found.
 */
export async function buildAppPackage(input: AppPackageInput): Promise<AppPackage> {
  const warnings: string[] = [];
  const variables = new Map(input.variables);
  if (input.allowUnprovisioned) {
    for (const [name, standIn] of Object.entries(PROVISIONED_IDS)) {
      if (!variables.get(name)?.trim()) {
        variables.set(name, standIn);
        warnings.push(`${name} is empty in ${input.source}; using the stand-in ${standIn}. This package cannot be uploaded until \`atk provision\` has written the real id.`);
      }
    }
  }
  const manifest = fillPlaceholders(input.manifestTemplate, variables, {
    source: input.source,
    mayBeEmpty: MAY_BE_EMPTY,
    writtenByProvision: WRITTEN_BY_PROVISION,
  }) as Record<string, unknown>;

  const schemaErrors = await validateAgainstOfficialSchema(manifest as ManifestHead);
  const issues: FieldIssue[] = [
    ...schemaErrors.map((line) => ({ field: 'manifest.json', message: line })),
    ...checkIcons({ color: input.colorIcon, outline: input.outlineIcon }),
  ];
  if (issues.length > 0) throw validationError('The Teams app package is not valid; nothing was written.', issues);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('color.png', input.colorIcon);
  zip.file('outline.png', input.outlineIcon);
  // A fixed date keeps the zip byte-identical for identical inputs.
  const date = new Date('2024-01-01T00:00:00Z');
  for (const file of Object.values(zip.files)) file.date = date;
  return { manifest, zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), warnings };
}
