/**
 * Graph's error shape, as the local server answers it.
 * https://learn.microsoft.com/en-us/graph/errors — `{ error: { code, message, innerError } }`.
 * Handlers throw a `GraphError` (made by the factories below, so each keeps its own stack); the
 * server turns it into the JSON body and status, adding `innerError` with the request ids.
 */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);
export const unauthenticated = (message: string): GraphError => new GraphError(401, 'InvalidAuthenticationToken', message);
export const accessDenied = (message: string): GraphError => new GraphError(403, 'accessDenied', message);
/**
 * Teams' own refusal: the Teams endpoints of Graph (channels, chats, messages) answer a caller who
 * is not in the team 403 with the code `Forbidden` rather than Graph's generic `accessDenied`
 * (as seen in microsoftgraph/microsoft-graph-docs-contrib#4852 and #5775).
 */
export const teamsForbidden = (message: string): GraphError => new GraphError(403, 'Forbidden', message);
export const notFound = (message: string): GraphError => new GraphError(404, 'itemNotFound', message);
export const methodNotAllowed = (message: string): GraphError => new GraphError(405, 'methodNotAllowed', message);
export const nameAlreadyExists = (message: string): GraphError => new GraphError(409, 'nameAlreadyExists', message);
export const preconditionFailed = (message: string): GraphError => new GraphError(412, 'preconditionFailed', message);
export const failedDependency = (message: string): GraphError => new GraphError(424, 'failedDependency', message);
/** Throttling: Graph sends `Retry-After` in seconds. https://learn.microsoft.com/en-us/graph/throttling */
export const tooManyRequests = (retryAfterSeconds: number): GraphError =>
  new GraphError(429, 'TooManyRequests', 'Too many requests. Please retry after the time given in Retry-After.', { 'Retry-After': String(retryAfterSeconds) });
export const serviceNotAvailable = (retryAfterSeconds: number): GraphError =>
  new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry after the time given in Retry-After.', { 'Retry-After': String(retryAfterSeconds) });

/** `innerError.date` as Graph writes it: UTC, whole seconds, no zone suffix ("2026-11-23T15:37:57"). */
export const errorDate = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, '');

/** The JSON body Graph sends with an error status. */
export function errorBody(error: GraphError, ids: { requestId: string; clientRequestId: string; date: string }): unknown {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: { date: ids.date, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  };
}
