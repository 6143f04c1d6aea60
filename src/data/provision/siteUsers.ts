/**
 * People as SharePoint site users. A Person column holds *site user ids* — items of the site's
 * User Information List — not Entra object ids, and Graph has no API to turn a person into one.
 * SharePoint REST's `Web.EnsureUser` does: `POST /_api/web/ensureuser` with `{ logonName }` (the
 * claims name `i:0#.f|membership|<sign-in name>`) answers the site user, adding them to the site
 * if they were not there yet
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245233(v=office.15)).
 *
 * Set-up (an owner, with a SharePoint token) records each People entry's site user in its Account
 * column; after that every member's save of an action fills Owner accounts from People through
 * Graph alone (`src/domain/actions/ownerAccounts.ts`), and provisioning fills it on actions saved
 * before — so the Actions list's "My actions" view ([Me]) finds each owner's actions.
 */
import { ownerAccountIdsOf } from '../../domain/actions/ownerAccounts';
import { HubError } from '../../domain/errors';
import { graphPath } from '../graph/odata';
import { inFlight, readAllPages } from '../graph/paging';
import type { GraphPipeline } from '../graph/pipeline';
import { SP_JSON } from './sharePointRest';

/** The claims login name SharePoint Online gives a Microsoft Entra user. */
export const claimsLoginName = (signInName: string): string => `i:0#.f|membership|${signInName}`;

/** The site user id of the person who signs in as `signInName` (added to the site if needed). */
export async function ensureSiteUser(sp: GraphPipeline, signInName: string): Promise<number> {
  const user = await sp.send<{ Id: number }>({
    method: 'POST',
    path: '/web/ensureuser',
    headers: { Accept: SP_JSON, 'Content-Type': SP_JSON },
    body: { logonName: claimsLoginName(signInName) },
    what: `Finding ${signInName} among the site’s users`,
  });
  return user.Id;
}

/**
 * A resolver for seeding: each sign-in name's site user id, or undefined when SharePoint does not
 * know them (a person with no Microsoft 365 account stays without one).
 */
export function siteUserResolver(sp: GraphPipeline): (signInName: string) => Promise<number | undefined> {
  return async (signInName) => {
    try {
      return await ensureSiteUser(sp, signInName);
    } catch (error) {
      if (error instanceof HubError && error.details.status === 404) return undefined;
      throw error;
    }
  };
}

interface PeopleItem {
  readonly id: string;
  readonly fields?: { readonly Email?: string; readonly AccountLookupId?: string | number };
}

interface ActionItem {
  readonly id: string;
  readonly fields?: { readonly Owners?: readonly { readonly LookupId: number }[]; readonly OwnerAccounts?: readonly { readonly LookupId: number }[] };
}

export interface SiteUserLinks {
  /** People entries whose Account was filled in (or would be, in a dry run). */
  readonly peopleLinked: number;
  /** Sign-in names SharePoint does not know: left without an account. */
  readonly unknown: readonly string[];
  /** Actions whose Owner accounts were brought in line with their owners. */
  readonly actionsFilled: number;
}

/**
 * Records each People entry's site user (its Account), where it is missing, then makes every
 * action's Owner accounts match its owners. Changes only what differs, so a second run changes
 * nothing.
 */
export async function linkSiteUsers(
  graph: GraphPipeline,
  sp: GraphPipeline,
  siteId: string,
  listIds: { readonly people: string; readonly actions: string },
  dryRun: boolean,
): Promise<SiteUserLinks> {
  const peoplePath = graphPath('sites', siteId, 'lists', listIds.people, 'items');
  const people = await readAllPages<PeopleItem>(graph, `${peoplePath}?$expand=fields($select=Email,AccountLookupId)&$top=5000`, { what: 'Reading People' });
  const accountOf = new Map<string, string>();
  const unknown: string[] = [];
  let peopleLinked = 0;
  const resolve = siteUserResolver(sp);
  await inFlight(people, 4, async (item) => {
    const known = item.fields?.AccountLookupId;
    if (known !== undefined && known !== null && known !== '') {
      accountOf.set(item.id, String(known));
      return;
    }
    const email = item.fields?.Email;
    if (!email) return;
    const id = await resolve(email);
    if (id === undefined) {
      unknown.push(email);
      return;
    }
    accountOf.set(item.id, String(id));
    peopleLinked++;
    if (!dryRun) await graph.send({ method: 'PATCH', path: `${peoplePath}/${encodeURIComponent(item.id)}/fields`, body: { AccountLookupId: id }, what: `Recording the account of ${email}` });
  });

  const actionsPath = graphPath('sites', siteId, 'lists', listIds.actions, 'items');
  const actions = await readAllPages<ActionItem>(graph, `${actionsPath}?$expand=fields($select=Owners,OwnerAccounts)&$top=5000`, { what: 'Reading Actions' });
  const directory = [...accountOf].map(([id, siteUserId]) => ({ id, siteUserId }));
  const ids = (values: readonly { readonly LookupId: number }[] | undefined) => (values ?? []).map((v) => String(v.LookupId));
  let actionsFilled = 0;
  await inFlight(actions, 4, async (item) => {
    const wanted = ownerAccountIdsOf(ids(item.fields?.Owners), directory);
    const current = ids(item.fields?.OwnerAccounts);
    if ([...wanted].sort().join() === [...current].sort().join()) return;
    actionsFilled++;
    if (dryRun) return;
    await graph.send({
      method: 'PATCH',
      path: `${actionsPath}/${encodeURIComponent(item.id)}/fields`,
      body: { 'OwnerAccountsLookupId@odata.type': 'Collection(Edm.Int32)', OwnerAccountsLookupId: wanted.map(Number) },
      what: `Filling in the owners’ accounts of action ${item.id}`,
    });
  });
  return { peopleLinked, unknown, actionsFilled };
}
