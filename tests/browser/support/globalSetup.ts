/**
 * Builds the tab once per test run (jest `globalSetup` of the browser project), and only when
 * `dist/index.html` is missing or older than anything the tab is built from.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR, REPO_ROOT } from './paths';

/** Everything that can change the built tab. */
const SOURCES = ['index.html', 'vite.config.mts', 'package.json', 'src/app', 'src/domain', 'src/data', 'src/auth', 'src/cards'];

export default async function globalSetup(): Promise<void> {
  const built = mtime(path.join(DIST_DIR, 'index.html'));
  const newest = Math.max(...SOURCES.map((source) => newestMtime(path.join(REPO_ROOT, source))));
  if (built !== undefined && built >= newest) return;
  const result = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    throw new Error(`Building the tab for the browser tests failed (npx vite build, exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

function mtime(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    // Tests beside the code do not change the build.
    if (/\.test\.tsx?$/.test(child)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}
