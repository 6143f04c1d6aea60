/**
 * Turns any error the app meets into words a person can act on: what happened, what to do next,
 * and (for validation) which field of which row. The data layer throws `HubError`s with codes;
 * only the UI decides how they read.
 */
import { isHubError, type FieldIssue } from '../../domain/errors';

export interface ErrorWords {
  readonly title: string;
  readonly body: string;
  /** Validation problems, one line each ("Row 3 · Owner: …"). */
  readonly issues: readonly string[];
  /** What would help: try the same thing again, or reload to see others' changes. */
  readonly remedy: 'retry' | 'reload' | 'none';
  /** Quoted to an administrator when a fault needs looking into. */
  readonly requestId?: string;
}

/**
 * @param error anything thrown
 * @param doing what the person was doing, lower case ("saving the action"), for the sentence
 */
export function describeError(error: unknown, doing?: string): ErrorWords {
  const when = doing ? ` while ${doing}` : '';
  if (isChunkLoadError(error)) {
    return {
      title: 'Technician Hub couldn’t load this page',
      body: 'Part of the app did not download, perhaps because the connection dropped or Technician Hub was just updated. Check your connection, then reload the tab; nothing was lost.',
      issues: [],
      remedy: 'reload',
    };
  }
  if (!isHubError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return { title: `Something went wrong${when}`, body: message, issues: [], remedy: 'retry' };
  }
  const requestId = error.details.requestId;
  if (error.details.missingList) {
    const list = error.details.missingList;
    return {
      title: `This site doesn’t have the ${list} list yet`,
      body: `This needs the ${list} list, which a newer version of Technician Hub added. A site owner can add it with Set up; nothing was changed.`,
      issues: [],
      remedy: 'none',
    };
  }
  switch (error.code) {
    case 'forbidden':
      return {
        title: 'You can view but not change this',
        body: 'Your permissions on this team’s SharePoint site let you read Technician Hub but not make this change. Ask a team owner to give you member (edit) access, or to make the change for you.',
        issues: [],
        remedy: 'none',
        requestId,
      };
    case 'conflict':
      return {
        title: 'Someone else changed this while you were working',
        body: 'Your change was not saved, so nothing of theirs was overwritten. Reload to see the latest version, then make your change again.',
        issues: [],
        remedy: 'reload',
        requestId,
      };
    case 'throttled': {
      const wait = error.details.retryAfterSeconds;
      return {
        title: 'SharePoint is busy right now',
        body: `Too many requests reached the site at once${when}. ${waitWords(wait)} and try again; nothing was lost.`,
        issues: [],
        remedy: 'retry',
        requestId,
      };
    }
    case 'network':
      return {
        title: 'Technician Hub can’t reach SharePoint',
        body: `There was no answer${when}. Check your internet connection, then try again.`,
        issues: [],
        remedy: 'retry',
      };
    case 'notFound':
      return {
        title: 'This item no longer exists',
        body: 'It may have been deleted by someone else. Go back to the list to see what is there now.',
        issues: [],
        remedy: 'none',
        requestId,
      };
    case 'validation':
      return {
        title: 'Some details need changing before this can be saved',
        body: error.message,
        issues: (error.details.issues ?? []).map(issueLine),
        remedy: 'none',
      };
    case 'unauthenticated':
      return {
        title: 'You’re not signed in',
        body: 'Technician Hub could not confirm who you are. Close and reopen the tab; if this keeps happening, sign out of Teams and back in.',
        issues: [],
        remedy: 'retry',
        requestId,
      };
    case 'unsupported':
      return { title: 'Not available here', body: error.message, issues: [], remedy: 'none' };
    case 'badRequest':
      return {
        title: `SharePoint refused a request${when}`,
        body: `${error.message} This is probably a fault in Technician Hub: try again, and if it happens again tell your team owner${requestId ? ', quoting the request id below' : ''}.`,
        issues: [],
        remedy: 'retry',
        requestId,
      };
    case 'server':
      return {
        title: 'SharePoint had a problem',
        body: `The site answered with an error${when}. Try again in a minute.`,
        issues: [],
        remedy: 'retry',
        requestId,
      };
  }
}

function waitWords(seconds: number | undefined): string {
  if (seconds === undefined) return 'Wait a minute';
  if (seconds <= 5) return 'Wait a few seconds';
  return seconds < 90 ? `Wait about ${seconds} seconds` : `Wait about ${Math.ceil(seconds / 60)} minutes`;
}

function issueLine(issue: FieldIssue): string {
  return `${issue.row !== undefined ? `Row ${issue.row} · ` : ''}${issue.field}: ${issue.message}`;
}

/**
 * A page's code chunk failed to download (`import()` rejected). Browsers word it differently:
 * Chromium "Failed to fetch dynamically imported module", Firefox "error loading dynamically
 * imported module", Safari "Importing a module script failed". React caches the failed `lazy`
 * import, so only reloading the page fetches it again.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /dynamically imported module|Importing a module script failed/i.test(message);
}
