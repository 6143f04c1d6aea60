/**
 * Serves the built tab from `staticDir`: the file if it exists, else `index.html` (the tab routes
 * with hashes, but deep paths should still load the app). Hashed assets (`assets/name-abc123.js`,
 * as Vite names them) are immutable and cached for a year; everything else is revalidated.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const HASHED = /[-.][A-Za-z0-9_-]{8,}\.(js|mjs|css|woff2?|png|svg|jpg|webp)$/;

async function fileAt(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Sends a static file or the index.html fallback; false when there is nothing to send. */
export async function serveStatic(staticDir: string, urlPath: string, method: string, res: ServerResponse, headers: Record<string, string>): Promise<boolean> {
  const root = resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const candidate = normalize(join(root, decoded));
  const inside = candidate === root || candidate.startsWith(root + sep);
  let file = inside && (await fileAt(candidate)) ? candidate : undefined;
  if (!file && inside && (await fileAt(join(candidate, 'index.html')))) file = join(candidate, 'index.html');
  if (!file) {
    // Missing hashed assets are real 404s (a stale page asking for an old build), not the app shell.
    if (HASHED.test(decoded) || !(await fileAt(join(root, 'index.html')))) return false;
    file = join(root, 'index.html');
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const cache = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const size = (await stat(file)).size;
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': String(size), 'Cache-Control': cache });
  if (method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done, failed) => {
    createReadStream(file).on('error', failed).on('end', done).pipe(res);
  });
  return true;
}
