import { createGraphPipeline } from '../../data/graph/pipeline';
import { createDevTokenProvider } from '../../auth';

/** Someone local mode can act as. */
export interface DemoPerson {
  readonly upn: string;
  readonly displayName: string;
  readonly jobTitle?: string;
}

interface UsersPage {
  value?: { userPrincipalName?: string; displayName?: string; jobTitle?: string }[];
  '@odata.nextLink'?: string;
}

// The picker is for trying permissions out, not for browsing a whole university.
const MAX_PEOPLE = 1000;
/** The three accounts the demo data always has, offered first. */
export const DEMO_ACCOUNTS = ['owner@demo.local', 'member@demo.local', 'visitor@demo.local'];

/**
 * The local server's directory (`GET /users`, following `@odata.nextLink`), for local mode's
 * "Act as" picker. Local mode only: in Teams the signed-in person is who they are.
 */
export async function loadDemoPeople(actingUpn: string, signal?: AbortSignal): Promise<DemoPerson[]> {
  const tokens = createDevTokenProvider(() => actingUpn);
  const graph = createGraphPipeline({ baseUrl: `${location.origin}/graph/v1.0`, getAccessToken: () => tokens.getAccessToken() });
  const people: DemoPerson[] = [];
  let next: string | undefined = '/users?$top=999';
  while (next && people.length < MAX_PEOPLE) {
    const page: UsersPage = await graph.send<UsersPage>({ method: 'GET', path: next, what: 'Listing the demo people', signal });
    for (const user of page.value ?? []) {
      if (user.userPrincipalName) people.push({ upn: user.userPrincipalName, displayName: user.displayName ?? user.userPrincipalName, jobTitle: user.jobTitle });
    }
    next = page['@odata.nextLink'];
  }
  const rank = (upn: string) => {
    const index = DEMO_ACCOUNTS.indexOf(upn.toLowerCase());
    return index === -1 ? DEMO_ACCOUNTS.length : index;
  };
  return people.sort((a, b) => rank(a.upn) - rank(b.upn) || a.displayName.localeCompare(b.displayName));
}
