/**
 * Response compression as Graph does it: a client that sends `Accept-Encoding: gzip` gets
 * `Content-Encoding: gzip` (https://learn.microsoft.com/graph/best-practices-concept — "use
 * compression"). Small bodies are sent as they are: gzip would not make them smaller.
 */
import { gzipSync } from 'node:zlib';

const MIN_BYTES = 1024;

/** The body to send for `text`, compressed when the client accepts gzip and it is worth it. */
export function encodeBody(text: string, acceptEncoding: string | undefined): { body: Buffer; headers: Record<string, string> } {
  const raw = Buffer.from(text, 'utf8');
  if (raw.length < MIN_BYTES || !acceptsGzip(acceptEncoding)) return { body: raw, headers: { 'Content-Length': String(raw.length), Vary: 'Accept-Encoding' } };
  const body = gzipSync(raw, { level: 4 });
  return { body, headers: { 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' } };
}

/** Whether an `Accept-Encoding` header accepts gzip (`gzip`, `*`, not `gzip;q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}
