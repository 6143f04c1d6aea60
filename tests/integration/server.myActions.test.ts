/**
 * "My actions" in SharePoint: SharePoint's [Me] (CAML `<UserID/>`, the viewer's site user id:
 * https://learn.microsoft.com/en-us/sharepoint/dev/schema/userid-element-query) compares only a
 * Person column with the viewer, so Actions carries Owner accounts — a multi-person column
 * (https://learn.microsoft.com/en-us/graph/api/resources/personorgroupcolumn) — which the hub
 * fills from the owners' People entries (their Account, a site user that SharePoint REST's
 * `ensureuser` gives: https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj245233(v=office.15))
 * whenever it saves an action. The site is set up as `npm start` sets it up: provisioned, then
 * seeded. Graph writes a multi-person value as `<Name>LookupId` with
 * `@odata.type: Collection(Edm.Int32)` (https://learn.microsoft.com/en-us/graph/api/listitem-update)
 * and reads it back as `[{ LookupId, LookupValue, Email }]`.
 */
import type { Hub } from '../../src/data/hub';
import type { Action, Person } from '../../src/domain/model';
import { MEMBER, OWNER, startDemoSite, type CallAnswer, type DemoSite } from './support/demoSite';

jest.setTimeout(240_000);

const MY_ACTIONS_QUERY = '<Where><Eq><FieldRef Name="OwnerAccounts"/><Value Type="Integer"><UserID/></Value></Eq></Where><OrderBy><FieldRef Name="TargetDate"/></OrderBy>';

let site: DemoSite;
let people: Person[];
let mia: Person;

const hubFor = (upn: string): Hub => site.hubFor(upn);
const provisionAgain = () => site.provisionAgain();
const call = (as: string, method: string, path: string, body?: unknown): Promise<CallAnswer> => site.call(as, method, path, body);

/** Mia's site user id, as SharePoint knows her: `/_api/web/currentuser` when she asks. */
async function siteUserIdOf(upn: string): Promise<string> {
  return String((await call(upn, 'GET', '/_api/web/currentuser?$select=Id')).body.Id);
}

beforeAll(async () => {
  site = await startDemoSite('my-actions');
  people = await hubFor(OWNER).people.all();
  mia = people.find((p) => p.email === MEMBER) as Person;
});

afterAll(async () => {
  await site?.stop();
});

describe('the "My actions" view of Actions', () => {
  it('is provisioned with a [Me] query on Owner accounts, a multi-person column of users only', async () => {
    const actionsId = String((await call(OWNER, 'GET', '/sites/root/lists/Actions')).body.id);
    const view = await call(OWNER, 'GET', `/_api/web/lists(guid'${actionsId}')/views/getbytitle('My%20actions')`);
    expect(view.status).toBe(200);
    expect(view.body.ViewQuery).toBe(MY_ACTIONS_QUERY);
    const columns = (await call(OWNER, 'GET', '/sites/root/lists/Actions/columns')).body.value as { name: string; personOrGroup?: Record<string, unknown> }[];
    expect(columns.find((c) => c.name === 'OwnerAccounts')?.personOrGroup).toMatchObject({ allowMultipleSelection: true, chooseFromType: 'peopleOnly' });
  });

  it('records each person’s site user on their People entry, as ensureuser gives it', async () => {
    expect(mia.siteUserId).toBe(await siteUserIdOf(MEMBER));
    const ensured = await call(OWNER, 'POST', '/_api/web/ensureuser', { logonName: `i:0#.f|membership|${MEMBER}` });
    expect(ensured.status).toBe(200);
    expect(String(ensured.body.Id)).toBe(mia.siteUserId);
    expect((await call(OWNER, 'POST', '/_api/web/ensureuser', { logonName: 'i:0#.f|membership|nobody@demo.local' })).status).toBe(404);
  });

  it('would show member@demo.local exactly the demo actions Mia owns', async () => {
    const actions = await hubFor(MEMBER).actions.all();
    const me = await siteUserIdOf(MEMBER);
    const owned = actions.filter((a) => a.ownerIds.includes(mia.id)).map((a) => a.id).sort();
    const matched = actions.filter((a) => (a.ownerAccountIds ?? []).includes(me)).map((a) => a.id).sort();
    expect(owned.length).toBeGreaterThan(0);
    expect(matched).toEqual(owned);
  });

  // The view's own query, run by SharePoint REST GetItems as the viewer: `<UserID/>` is whoever asks.
  // https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
  async function viewItems(as: string, title: string): Promise<{ Id: number; TargetDate?: string | null }[]> {
    const actionsId = String((await call(OWNER, 'GET', '/sites/root/lists/Actions')).body.id);
    const view = await call(as, 'GET', `/_api/web/lists(guid'${actionsId}')/views/getbytitle('${encodeURIComponent(title)}')`);
    const answer = await call(as, 'POST', `/_api/web/lists(guid'${actionsId}')/GetItems`, { query: { ViewXml: `<View><Query>${String(view.body.ViewQuery)}</Query></View>` } });
    expect(answer.status).toBe(200);
    return answer.body.value as { Id: number; TargetDate?: string | null }[];
  }

  it('returns member@demo.local exactly the actions Mia owns, in target-date order, and another member theirs', async () => {
    const actions = await hubFor(OWNER).actions.all();
    const mine = await viewItems(MEMBER, 'My actions');
    expect(mine.map((a) => String(a.Id)).sort()).toEqual(actions.filter((a) => a.ownerIds.includes(mia.id)).map((a) => a.id).sort());
    const dates = mine.map((a) => a.TargetDate ?? '');
    expect(dates).toEqual([...dates].sort());
    const someoneElse = people.find((p) => p.email !== MEMBER && actions.some((a) => a.ownerIds.includes(p.id)) && p.siteUserId) as Person;
    const theirs = await viewItems(someoneElse.email, 'My actions');
    expect(theirs.map((a) => String(a.Id)).sort()).toEqual(actions.filter((a) => a.ownerIds.includes(someoneElse.id)).map((a) => a.id).sort());
  });

  it('evaluates the other Actions views as SharePoint would: Red actions are exactly the Red ones', async () => {
    const red = (await hubFor(OWNER).actions.all()).filter((a) => a.ragStatus === 'Red').map((a) => a.id).sort();
    expect(red.length).toBeGreaterThan(0);
    expect((await viewItems(MEMBER, 'Red actions')).map((a) => String(a.Id)).sort()).toEqual(red);
  });

  it('fills Owner accounts whenever a member saves an action’s owners, in Graph’s multi-person shape', async () => {
    const hub = hubFor(MEMBER);
    const action = (await hub.actions.all()).find((a) => !a.ownerIds.includes(mia.id) && a.ownerIds.length > 0) as Action;
    const saved = await hub.actions.update(action.id, { ownerIds: [...action.ownerIds, mia.id] }, action.eTag);
    expect(saved.ownerAccountIds).toContain(mia.siteUserId);
    const raw = await call(MEMBER, 'GET', `/sites/root/lists/Actions/items/${action.id}/fields?$select=OwnerAccounts`);
    expect(raw.body.OwnerAccounts).toContainEqual({ LookupId: Number(mia.siteUserId), LookupValue: 'Mia Morgan', Email: expect.any(String) });
    // Removing her takes her out again.
    const back = await hub.actions.update(action.id, { ownerIds: action.ownerIds }, saved.eTag);
    expect(back.ownerAccountIds).not.toContain(mia.siteUserId);
  });

  it('fills Owner accounts on actions created in bulk, as an import or carrying a plan forward creates them', async () => {
    const hub = hubFor(MEMBER);
    const planId = (await hub.actions.all())[0].planId;
    const [made] = await hub.actions.createMany(
      [{ planId, title: 'Imported action', reference: 'IMP1', talentRefs: [], themes: [], task: 'From a file', ragStatus: 'Not yet assessed', ownerIds: [mia.id], strategyAlignment: [] }],
      { atomic: true },
    );
    expect(made.ownerAccountIds).toEqual([mia.siteUserId]);
  });

  it('refuses, as SharePoint does, a person value that is no user of the site', async () => {
    const action = (await hubFor(OWNER).actions.all())[0];
    const wrong = await call(OWNER, 'PATCH', `/sites/root/lists/Actions/items/${action.id}/fields`, { 'OwnerAccountsLookupId@odata.type': 'Collection(Edm.Int32)', OwnerAccountsLookupId: [999_999] });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('is not a user of this site');
  });

  it('fills in actions saved without Owner accounts when provisioning runs again, then changes nothing', async () => {
    const owned = (await hubFor(OWNER).actions.all()).find((a) => a.ownerIds.includes(mia.id)) as Action;
    const cleared = await call(OWNER, 'PATCH', `/sites/root/lists/Actions/items/${owned.id}/fields`, { 'OwnerAccountsLookupId@odata.type': 'Collection(Edm.Int32)', OwnerAccountsLookupId: [] });
    expect(cleared.status).toBe(200);
    const upgrade = await provisionAgain();
    expect(upgrade.steps).toEqual([expect.objectContaining({ kind: 'ownerAccounts', list: 'Actions', detail: expect.stringContaining('1 action') })]);
    expect((await hubFor(OWNER).actions.get(owned.id)).ownerAccountIds).toContain(mia.siteUserId);
    expect((await provisionAgain()).steps).toEqual([]);
  });
});
