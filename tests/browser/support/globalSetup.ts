/**
 * Builds the tab once per test run (jest `globalSetup` of the browser project), and only when
 * `dist/index.html` is missing or older than anything the tab is built from.
 *
 * Several test runs (and running apps) share `dist/`, so the build goes to a private directory
 * first and is then moved in without ever leaving `dist/` empty: new hashed assets are added
 * beside the old ones (a page still loading keeps finding its files), then `index.html` and the
 * manifest are replaced by rename, which is atomic.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR, REPO_ROOT } from './paths';

/** Everything that can change the built tab. */
const SOURCES = ['index.html', 'vite.config.mts', 'package.json', 'src/app', 'src/domain', 'src/data', 'src/auth', 'src/cards'];

export default async function globalSetup(): Promise<void> {
  if (isBuildCurrent()) return;
  const staging = path.join(REPO_ROOT, 'node_modules', '.cache', `technician-hub-dist-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const result = spawnSync('npx', ['vite', 'build', '--outDir', staging, '--emptyOutDir'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`Building the tab for the browser tests failed (npx vite build, exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  moveIn(staging, DIST_DIR);
  fs.rmSync(staging, { recursive: true, force: true });
}

/** True when dist/index.html is newer than every source of the tab. */
export function isBuildCurrent(): boolean {
  const built = mtime(path.join(DIST_DIR, 'index.html'));
  const newest = Math.max(...SOURCES.map((source) => newestMtime(path.join(REPO_ROOT, source))));
  return built !== undefined && built >= newest;
}

/** Moves a build into place: files inside folders first, top-level files (index.html) last. */
function moveIn(from: string, to: string): void {
  const entries = fs.readdirSync(from, { withFileTypes: true });
  fs.mkdirSync(to, { recursive: true });
  for (const entry of entries.filter((e) => e.isDirectory())) moveIn(path.join(from, entry.name), path.join(to, entry.name));
  const files = entries.filter((e) => !e.isDirectory()).sort((a, b) => Number(a.name === 'index.html') - Number(b.name === 'index.html'));
  for (const entry of files) fs.renameSync(path.join(from, entry.name), path.join(to, entry.name));
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
