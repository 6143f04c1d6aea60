import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validationError } from '../../domain/errors';
import type { CliCommand } from '../command';
import { stringOption } from '../command';
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
 * unless `--strict` is given; other environments are always strict. Nothing is written when
 * anything is invalid; every problem is listed.
 */
export const packageCommand: CliCommand = {
  name: 'package',
  summary: 'Build the Teams app package (appPackage/build/appPackage.<env>.zip) from env/.env.<env>.',
  options: {
    env: { type: 'string', default: 'local' },
    strict: { type: 'boolean', default: false },
  },
  async run(values, _positionals, io) {
    const envName = stringOption(values, 'env') ?? 'local';
    const source = `env/.env.${envName}`;
    const envText = await readFile(join(repoRoot, 'env', `.env.${envName}`), 'utf8').catch(() => {
      throw validationError(`There is no ${source}.`, [{ field: '--env', message: `must be one of ${KNOWN_ENVIRONMENTS.join(', ')}` }]);
    });
    const result = await buildAppPackage({
      manifestTemplate: JSON.parse(await readFile(join(repoRoot, 'appPackage', 'manifest.json'), 'utf8')),
      variables: parseEnvFile(envText, source),
      source,
      colorIcon: await readFile(join(repoRoot, 'appPackage', 'color.png')),
      outlineIcon: await readFile(join(repoRoot, 'appPackage', 'outline.png')),
      allowUnprovisioned: envName === 'local' && values.strict !== true,
    });
    const buildDir = join(repoRoot, 'appPackage', 'build');
    await mkdir(buildDir, { recursive: true });
    const zipPath = join(buildDir, `appPackage.${envName}.zip`);
    await writeFile(zipPath, result.zip);
    await writeFile(join(buildDir, `manifest.${envName}.json`), `${JSON.stringify(result.manifest, null, 2)}\n`);
    for (const warning of result.warnings) io.err(`warning: ${warning}`);
    io.out(
      `Built ${relative(process.cwd(), zipPath)} (manifest.json, color.png, outline.png), valid against Teams manifest schema ${String(result.manifest.manifestVersion)}.`,
    );
    return 0;
  },
};
