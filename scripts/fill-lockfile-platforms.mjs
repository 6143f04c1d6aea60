// The registry reachable here serves only the Linux builds of platform-specific packages, so npm
// writes a lockfile without the other platforms' optional entries — and `npm ci` then refuses the
// lockfile as "out of sync". This adds the missing optional entries (version only, marked optional),
// which npm skips on a platform mismatch or tolerates as a failed optional install.
// Run after `npm install` changes the lockfile: `node scripts/fill-lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [key, meta] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    // Resolve as npm would: nested first, then hoisted.
    const nested = `${key}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (pkgs[nested] || pkgs[hoisted]) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    const platform = guessPlatform(name);
    pkgs[hoisted] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`fill-lockfile-platforms: added ${added} optional platform entries`);

function guessPlatform(name) {
  const os = ['darwin', 'win32', 'linux', 'freebsd', 'android', 'openbsd', 'sunos', 'aix', 'netbsd', 'openharmony'].find((o) => name.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'].find((c) => new RegExp(`[-_.]${c}([-_.]|$)`).test(name));
  const out = {};
  if (os) out.os = [os === 'android' ? 'android' : os];
  if (cpu && cpu !== 'wasm32') out.cpu = [cpu];
  if (name.includes('wasm')) out.cpu = ['wasm32'];
  return out;
}
