/**
 * The one error type of Technician Hub. Each kind has a small factory so every error carries its
 * own stack (as teams-js's `teamsJSError.ts` does). The UI turns a code into words a person can act
 * on; the data layer never renders or navigates.
 */
export type HubErrorCode =
  | 'validation' // input broke a rule; `issues` says which field and why
  | 'conflict' // 412: someone else changed the item since it was read (eTag)
  | 'notFound'
  | 'forbidden' // 403: the site's permissions refuse this write or read
  | 'unauthenticated' // 401: no or unknown token
  | 'throttled' // 429/503 still failing after retries
  | 'badRequest' // 400 from Graph: a request we built was wrong
  | 'network' // no answer at all
  | 'server' // 5xx from Graph
  | 'unsupported'; // a host capability this host lacks

/** One problem with one field of one record (row numbers are 1-based, as a person counts them). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
  readonly row?: number;
}

export class HubError extends Error {
  override readonly name = 'HubError';
  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly details: {
      readonly status?: number;
      readonly graphCode?: string;
      readonly requestId?: string;
      readonly issues?: readonly FieldIssue[];
      readonly retryAfterSeconds?: number;
      readonly cause?: unknown;
      /** notFound: the display name of a hub list this site does not have (added by a newer release). */
      readonly missingList?: string;
    } = {},
  ) {
    super(message);
  }
}

export function isHubError(e: unknown, code?: HubErrorCode): e is HubError {
  return e instanceof HubError && (code === undefined || e.code === code);
}

export function validationError(message: string, issues: readonly FieldIssue[]): HubError {
  return new HubError('validation', message, { issues });
}

export function conflictError(message: string, requestId?: string): HubError {
  return new HubError('conflict', message, { status: 412, requestId });
}

export function notFoundError(message: string): HubError {
  return new HubError('notFound', message, { status: 404 });
}

/** A hub list the site does not have: what needs it cannot work until a site owner runs Set up. */
export function missingListError(displayName: string, message: string): HubError {
  return new HubError('notFound', message, { status: 404, graphCode: 'itemNotFound', missingList: displayName });
}

/** The display name of the list a `missingListError` names, if `e` is one. */
export function missingListOf(e: unknown): string | undefined {
  return isHubError(e, 'notFound') ? e.details.missingList : undefined;
}

export function forbiddenError(message: string, graphCode?: string, requestId?: string): HubError {
  return new HubError('forbidden', message, { status: 403, graphCode, requestId });
}

export function unsupportedError(message: string): HubError {
  return new HubError('unsupported', message);
}
