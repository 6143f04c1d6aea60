import { GraphError } from '@microsoft/microsoft-graph-client';
import { HubError, conflictError, forbiddenError } from '../../domain/errors';
import { parseRetryAfter } from './middleware/retry';

/** What Graph said about one failed request (top-level or a `$batch` sub-response). */
export interface GraphFailure {
  /** HTTP status; undefined when no answer came at all. */
  readonly status?: number;
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly retryAfter?: string | null;
  readonly cause?: unknown;
}

/**
 * Turns a Graph failure into a `HubError` whose message says what was being done, what Graph
 * answered and what a person can do about it. 5xx is a server fault, never an auth problem.
 * @param what - the operation in a person's words, e.g. "Saving action 12 in Actions".
 */
export function hubErrorFromFailure(failure: GraphFailure, what: string): HubError {
  const { status, code, requestId } = failure;
  const said = failure.message ? `: ${failure.message}` : '';
  const details = { status, graphCode: code, requestId, cause: failure.cause };
  if (status === undefined || status <= 0) {
    return new HubError('network', `${what} failed: no answer from Microsoft Graph${said}. Check the connection and try again.`, details);
  }
  switch (status) {
    case 400:
      return new HubError('badRequest', `${what} was refused as invalid (${code ?? 'invalidRequest'})${said}.`, details);
    case 401:
      return new HubError('unauthenticated', `${what} needs you to sign in again (${code ?? 'InvalidAuthenticationToken'})${said}.`, details);
    case 403:
      return forbiddenError(`${what} is not allowed for your account${said}. Ask a site owner of the team for edit rights.`, code, requestId);
    case 404:
      return new HubError('notFound', `${what} failed: it no longer exists or was never there (${code ?? 'itemNotFound'})${said}.`, details);
    case 409:
      return new HubError('conflict', `${what} clashes with something that already exists (${code ?? 'nameAlreadyExists'})${said}.`, details);
    case 412:
      return conflictError(`${what} was not saved: someone else changed it since you opened it. Reload it and make your change again.`, requestId);
    case 424:
      return new HubError('badRequest', `${what} was not attempted because a request it depends on failed${said}.`, details);
    case 429:
    case 503: {
      const retryAfterSeconds = parseRetryAfter(failure.retryAfter);
      const wait = retryAfterSeconds === undefined ? '' : ` Graph asked to wait ${Math.ceil(retryAfterSeconds)} s.`;
      return new HubError('throttled', `${what} was throttled by Microsoft Graph and still failed after several retries.${wait} Try again in a minute.`, { ...details, retryAfterSeconds });
    }
    default:
      if (status >= 500) return new HubError('server', `${what} failed on Microsoft Graph's side (${code ? `${status} ${code}` : status})${said}. Try again later.`, details);
      return new HubError('badRequest', `${what} failed with ${status} (${code ?? 'unknown'})${said}.`, details);
  }
}

/** Reads Graph's error JSON `{ error: { code, message, innerError: { 'request-id' } } }` (and SharePoint REST's `odata.error`). */
export function failureFromBody(status: number, body: unknown, headers?: { get(name: string): string | null } | Record<string, string>): GraphFailure {
  const header = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
    const record = headers as Record<string, string>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : record[key];
  };
  const graph = (body as { error?: { code?: string; message?: string; innerError?: Record<string, string> } } | undefined)?.error;
  const sp = (body as { 'odata.error'?: { code?: string; message?: { value?: string } } } | undefined)?.['odata.error'];
  return {
    status,
    code: graph?.code ?? sp?.code,
    message: graph?.message ?? sp?.message?.value,
    requestId: graph?.innerError?.['request-id'] ?? header('request-id') ?? graph?.innerError?.['client-request-id'] ?? header('client-request-id'),
    retryAfter: header('Retry-After'),
  };
}

/** The failure behind whatever the Graph client threw. */
export function failureFromThrown(thrown: unknown): GraphFailure {
  if (thrown instanceof GraphError) {
    const status = thrown.statusCode > 0 ? thrown.statusCode : undefined;
    let message = thrown.message || undefined;
    let code = thrown.code ?? undefined;
    if (status !== undefined && !message && thrown.body !== undefined && thrown.body !== null) {
      // Error bodies not in Graph's shape (SharePoint REST's `odata.error`, plain text) arrive raw.
      const parsed = failureFromBody(status, typeof thrown.body === 'object' ? thrown.body : safeJson(String(thrown.body)));
      message = parsed.message ?? (typeof thrown.body === 'string' ? thrown.body.slice(0, 200) || undefined : undefined);
      code = parsed.code ?? code;
    }
    return { status, code: status === undefined ? undefined : code, message, requestId: thrown.requestId ?? thrown.headers?.get('client-request-id') ?? undefined, retryAfter: thrown.headers?.get('Retry-After'), cause: thrown };
  }
  return { status: undefined, message: thrown instanceof Error ? thrown.message : String(thrown), cause: thrown };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
