import type { Context } from '@microsoft/microsoft-graph-client';

/**
 * Sets a request header whether the request is a URL string with fetch options or a `Request`.
 * (The Graph client's own `setRequestHeader` is not exported from its package entry.)
 */
export function setHeader(context: Context, name: string, value: string): void {
  if (typeof context.request !== 'string') {
    context.request.headers.set(name, value);
    return;
  }
  context.options = context.options ?? {};
  const headers = context.options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) context.options.headers = [...headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase()), [name, value]];
  else {
    const plain: Record<string, string> = { ...(headers as Record<string, string> | undefined) };
    for (const key of Object.keys(plain)) if (key.toLowerCase() === name.toLowerCase()) delete plain[key];
    plain[name] = value;
    context.options.headers = plain;
  }
}

/** Reads a request header (case-insensitive). */
export function getHeader(context: Context, name: string): string | undefined {
  if (typeof context.request !== 'string') return context.request.headers.get(name) ?? undefined;
  const headers = context.options?.headers;
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const entries = Array.isArray(headers) ? headers : Object.entries(headers as Record<string, string>);
  return entries.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** The request's URL. */
export function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

/** The request's method, upper-case. */
export function requestMethod(context: Context): string {
  return (typeof context.request === 'string' ? context.options?.method ?? 'GET' : context.request.method).toUpperCase();
}
