import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isHubError } from '../../domain/errors';
import { buildAppPackage } from '../package/buildAppPackage';
import { parseEnvFile } from '../package/envFile';

/** Environments that have an `env/.env.<name>` file in this repository. */
const KNOWN_ENVIRONMENTS = ['local', 'dev'];

const repoRoot = join(__dirname, '..', '..', '..');

/**
 * `npm run package [-- --env local|dev] [--strict]`: fills `appPackage/manifest.json` from
 * `env/.env.<env>`, validates it against the official schema offline and checks the icons, then
 * writes `appPackage/build/appPackage.<env>.zip` (manifest + icons) and the filled manifest beside it.
 * For `local`, ids provision has not written yet get obviously fake stand-ins (with a warning)
 * unless `--strict` is given; other environments are always strict.
 */
export const packageCommand = {
  name: 'package',
  summary: 'Build the Teams app package (appPackage/build/appPackage.<env>.zip) from env/.env.<env>.',
  options: {
    env: { type: 'string', description: 'Environment whose env/.env.<env> fills the manifest: local (default) or dev.' },
    strict: { type: 'boolean', description: 'Refuse to build when provisioned ids (TEAMS_APP_ID, AAD_APP_CLIENT_ID) are empty.' },
  },
  async run({ values }: { values: Record<string, unknown>; positionals: string[] }): Promise<number> {
    const envName = typeof values.env === 'string' && values.env ? values.env : 'local';
    const strict = values.strict === true;
    const envPath = join(repoRoot, 'env', `.env.${envName}`);
    try {
      const envText = await readFile(envPath, 'utf8').catch(() => {
        throw new Error(`No env/.env.${envName}. Known environments: ${KNOWN_ENVIRONMENTS.join(', ')}.`);
      });
      const source = `env/.env.${envName}`;
      const result = await buildAppPackage({
        manifestTemplate: JSON.parse(await readFile(join(repoRoot, 'appPackage', 'manifest.json'), 'utf8')),
        variables: parseEnvFile(envText, source),
        source,
        colorIcon: await readFile(join(repoRoot, 'appPackage', 'color.png')),
        outlineIcon: await readFile(join(repoRoot, 'appPackage', 'outline.png')),
        allowUnprovisioned: envName === 'local' && !strict,
      });
      const buildDir = join(repoRoot, 'appPackage', 'build');
      await mkdir(buildDir, { recursive: true });
      const zipPath = join(buildDir, `appPackage.${envName}.zip`);
      await writeFile(zipPath, result.zip);
      await writeFile(join(buildDir, `manifest.${envName}.json`), `${JSON.stringify(result.manifest, null, 2)}\n`);
      for (const warning of result.warnings) console.warn(`warning: ${warning}`);
      console.log(`Built ${relative(process.cwd(), zipPath)} (${result.zip.length} bytes): manifest.json, color.png, outline.png — valid against manifest schema ${String(result.manifest.manifestVersion)}.`);
      return 0;
    } catch (error) {
      if (isHubError(error, 'validation')) {
        console.error(error.message);
        for (const issue of error.details.issues ?? []) {
          console.error(`  ${issue.row ? `line ${issue.row}: ` : ''}${issue.field} ${issue.message}`);
        }
        return 1;
      }
      console.error(error instanceof Error ? error.message : String(error));
      return 1;
    }
  },
};

export default packageCommand;
