/**
 * Each attack from issue 9, replayed against the local site as `npm start` sets it up (provisioned,
 * then seeded with the demo world): refused by SharePoint's own permissions (403 in Graph's or
 * SharePoint REST's shape) or, where SharePoint cannot refuse it, not counted by the tab.
 * Permission levels: https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels
 * Breaking inheritance and role assignments over REST:
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
 */
import type { Hub } from '../../src/data/hub';
import { DEMO_GUEST } from '../../src/demo/directory';
import { demoDirectory } from '../../src/demo';
import type { Person } from '../../src/domain/model';
import { cellKey, effectiveRatings } from '../../src/domain/skills/effective';
import { NOT_COUNTED_REASON, trustRegistrations } from '../../src/domain/events/registrationTrust';
import { standingOf, waitingListOf } from '../../src/domain/events/waitingList';
import { withLeavingDates } from '../../src/domain/skills/leavingDates';
import { MEMBER, OWNER, startDemoSite, type CallAnswer, type DemoSite } from './support/demoSite';

jest.setTimeout(240_000);

const SP_ACCESS_DENIED = '-2147024891, System.UnauthorizedAccessException';

let site: DemoSite;
let people: Person[];
let mia: Person;
let neil: Person;
const hubFor = (upn: string): Hub => site.hubFor(upn);
const call = (as: string, method: string, path: string, body?: unknown): Promise<CallAnswer> => site.call(as, method, path, body);

async function listId(name: string): Promise<string> {
  return String((await call(OWNER, 'GET', `/sites/root/lists/${encodeURIComponent(name)}`)).body.id);
}

const graphDenied = { error: expect.objectContaining({ code: 'accessDenied' }) };

beforeAll(async () => {
  // As `npm start` sets it up: provisioned, then seeded, each People entry with its site user (Account).
  site = await startDemoSite('rights');
  people = await hubFor(OWNER).people.all();
  mia = people.find((p) => p.email === MEMBER) as Person;
  neil = people.find((p) => p.name === 'Neil Parry') as Person;
});

afterAll(async () => {
  await site?.stop();
});

describe('after provisioning, SharePoint refuses what members must not do', () => {
  it('refuses a member making themselves someone’s line manager (People is owner-written)', async () => {
    const forged = await call(MEMBER, 'PATCH', `/sites/root/lists/People/items/${neil.id}/fields`, { LineManagerLookupId: Number(mia.id) });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject(graphDenied);
    expect((await hubFor(OWNER).people.get(neil.id)).lineManagerId).toBe(neil.lineManagerId);
  });

  it('refuses a member changing anyone’s People entry, Units, Skills or Hub Settings', async () => {
    expect((await call(MEMBER, 'PATCH', `/sites/root/lists/People/items/${mia.id}/fields`, { ExpectedLeavingDate: '2030-01-01' })).status).toBe(403);
    expect((await call(MEMBER, 'POST', '/sites/root/lists/Units/items', { fields: { Title: 'Fake unit' } })).status).toBe(403);
    expect((await call(MEMBER, 'POST', '/sites/root/lists/Skills/items', { fields: { Title: 'Fake skill', Category: 'Equipment' } })).status).toBe(403);
    const labels = await call(MEMBER, 'POST', '/sites/root/lists/Hub%20Settings/items', { fields: { Title: 'proficiencyLabels', SettingValue: '["a","b","c","d","e"]' } });
    expect(labels.status).toBe(403);
    expect(labels.body).toMatchObject(graphDenied);
  });

  it('refuses a member deleting or re-configuring a hub list (no Manage Lists: Contribute, not Edit)', async () => {
    const actions = await listId('Actions');
    expect((await call(MEMBER, 'DELETE', '/sites/root/lists/Actions')).status).toBe(403);
    expect((await call(MEMBER, 'POST', '/sites/root/lists/Actions/columns', { name: 'Sneaky', text: {} })).status).toBe(403);
    const ratings = await listId('Skill Ratings');
    const writeOff = await call(MEMBER, 'PATCH', `/_api/web/lists(guid'${ratings}')`, { WriteSecurity: 1 });
    expect(writeOff.status).toBe(403);
    expect(writeOff.body).toMatchObject({ 'odata.error': { code: SP_ACCESS_DENIED } });
    const reset = await call(MEMBER, 'POST', `/_api/web/lists(guid'${actions}')/resetroleinheritance`);
    expect(reset.status).toBe(403);
    const grab = await call(MEMBER, 'POST', `/_api/web/lists(guid'${actions}')/roleassignments/addroleassignment(principalid=2,roledefid=1073741829)`);
    expect(grab.status).toBe(403);
    expect((await call(OWNER, 'GET', '/sites/root/lists/Actions')).status).toBe(200);
  });

  it('treats a team guest as a member: may add items, may not manage lists', async () => {
    const guest = DEMO_GUEST.userPrincipalName;
    const actionsItems = await call(guest, 'GET', '/sites/root/lists/Actions/items?$top=1');
    expect(actionsItems.status).toBe(200);
    expect((await call(guest, 'DELETE', '/sites/root/lists/Events')).status).toBe(403);
    expect((await call(guest, 'PATCH', `/sites/root/lists/People/items/${neil.id}/fields`, { JobTitle: 'Guest was here' })).status).toBe(403);
  });

  it('shows each hub list with its own permissions: owners Full Control, members Contribute or Read, visitors Read', async () => {
    const members = (await call(OWNER, 'GET', '/_api/web/AssociatedMemberGroup')).body.Id as number;
    for (const [name, level] of [['People', 'Read'], ['Hub Settings', 'Read'], ['Skill Ratings', 'Contribute'], ['Actions', 'Contribute']] as const) {
      const id = await listId(name);
      expect((await call(OWNER, 'GET', `/_api/web/lists(guid'${id}')/HasUniqueRoleAssignments`)).body).toEqual({ value: true });
      const assignments = (await call(OWNER, 'GET', `/_api/web/lists(guid'${id}')/roleassignments?$expand=RoleDefinitionBindings,Member`)).body.value as { PrincipalId: number; RoleDefinitionBindings: { Name: string }[]; Member: { Title: string } }[];
      expect(assignments.find((a) => a.PrincipalId === members)?.RoleDefinitionBindings.map((r) => r.Name)).toEqual([level]);
      expect(assignments.map((a) => `${a.Member.Title}: ${a.RoleDefinitionBindings.map((r) => r.Name).join(', ')}`)).toEqual(
        expect.arrayContaining(['Technician Network Owners: Full Control', 'Technician Network Visitors: Read']),
      );
      expect((await call(OWNER, 'GET', `/_api/web/lists(guid'${id}')?$select=EnableVersioning`)).body).toEqual({ EnableVersioning: true });
    }
  });

  it('changes nothing when provisioning runs again (idempotent upgrade)', async () => {
    const again = await site.provisionAgain();
    expect(again.steps).toEqual([]);
  });

  it('still lets a member delete and re-configure a list provisioning did not touch, as SharePoint does', async () => {
    expect((await call(OWNER, 'POST', '/sites/root/lists', { displayName: 'Team notes', list: { template: 'genericList' } })).status).toBe(201);
    const id = await listId('Team notes');
    expect((await call(MEMBER, 'POST', '/sites/root/lists/Team%20notes/columns', { name: 'Mood', text: {} })).status).toBe(201);
    expect((await call(MEMBER, 'PATCH', `/_api/web/lists(guid'${id}')`, { WriteSecurity: 2 })).status).toBe(204);
    expect((await call(MEMBER, 'DELETE', '/sites/root/lists/Team%20notes')).status).toBe(204);
  });
});

describe('what SharePoint lets a member write, the tab does not believe', () => {
  // Contribute lets anyone add an item about anyone with any Source; only the Author is trustworthy.
  it('does not count a Self rating a member made about someone else, nor a validation by someone who is not their line manager', async () => {
    const hub = hubFor(OWNER);
    const skills = await hub.skills.all();
    const skill = skills[0];
    const before = effectiveRatings(await hub.ratings.all(), people, { now: new Date() }).get(cellKey(neil.id, skill.id));
    const self = await call(MEMBER, 'POST', '/sites/root/lists/Skill%20Ratings/items', { fields: { Title: 'forged', PersonLookupId: Number(neil.id), SkillLookupId: Number(skill.id), Source: 'Self', Level: 0 } });
    expect(self.status).toBe(201); // SharePoint allows it: Add Items is all Contribute checks
    const validation = await call(MEMBER, 'POST', '/sites/root/lists/Skill%20Ratings/items', { fields: { Title: 'forged', PersonLookupId: Number(neil.id), SkillLookupId: Number(skill.id), Source: 'Manager', Level: 4 } });
    expect(validation.status).toBe(201);
    const after = effectiveRatings(await hub.ratings.all(), people, { now: new Date() }).get(cellKey(neil.id, skill.id));
    expect(after?.selfLevel).toBe(before?.selfLevel);
    expect(after?.validation?.by).toBe(before?.validation?.by);
    expect(after?.level).toBe(before?.level);
  });

  it('refuses a member editing someone else’s rating (item-level write)', async () => {
    const theirs = (await hubFor(OWNER).ratings.all()).find((r) => r.personId === neil.id);
    expect(theirs).toBeDefined();
    expect((await call(MEMBER, 'PATCH', `/sites/root/lists/Skill%20Ratings/items/${theirs?.id}/fields`, { Level: 0 })).status).toBe(403);
  });

  // Event Registrations have no item-level write (organisers record attendance on other people's
  // registrations), so SharePoint lets any member change any registration. Its Editor
  // (`lastModifiedBy`) cannot be forged: a registration counts only if the registrant, the event's
  // organiser or its author changed it last. Graph's listItem `lastModifiedBy`:
  // https://learn.microsoft.com/en-us/graph/api/resources/listitem
  it('does not count a registration a member changed for someone else through Graph, and counts it again once the registrant replies', async () => {
    const hub = hubFor(OWNER);
    const events = await hub.events.all();
    const eventById = new Map(events.map((e) => [e.id, e]));
    const target = (await hub.registrations.all()).find((r) => {
      const event = eventById.get(r.eventId);
      return r.response === 'Going' && r.personId !== mia.id && event && event.organiserId !== mia.id && !event.cancelled;
    });
    expect(target).toBeDefined();
    const registrant = people.find((p) => p.id === target!.personId) as Person;
    const event = eventById.get(target!.eventId)!;
    expect(trustRegistrations([target!], [event], people).counted).toEqual([target]);

    const forged = await call(MEMBER, 'PATCH', `/sites/root/lists/Event%20Registrations/items/${target!.id}/fields`, { Response: 'Not going' });
    expect(forged.status).toBe(200); // SharePoint allows it: members have Contribute and the list no item-level write

    const stored = await hub.registrations.get(target!.id);
    expect(stored.response).toBe('Not going');
    expect(stored.modifiedById).toBe(mia.accountId);
    const all = await hub.registrations.where({ eventId: event.id });
    const { counted, notCounted } = trustRegistrations(all, [event], people);
    expect(counted.map((r) => r.id)).not.toContain(target!.id);
    expect(notCounted).toEqual([expect.objectContaining({ registration: expect.objectContaining({ id: target!.id }), reason: NOT_COUNTED_REASON })]);
    expect(waitingListOf(event, counted).notGoing.map((r) => r.personId)).not.toContain(registrant.id);

    // The registrant replies again through the hub: their own change counts.
    await hubFor(registrant.email).registrations.update(target!.id, { response: 'Going', respondedAt: new Date().toISOString() }, stored.eTag);
    const fixed = trustRegistrations(await hub.registrations.where({ eventId: event.id }), [event], people);
    expect(fixed.notCounted).toEqual([]);
    expect(standingOf(waitingListOf(event, fixed.counted), registrant.id).kind).not.toBe('none');
  });

  // People is owner-written, so line managers record leaving dates in Leaving Dates, where anyone
  // may add an entry about anyone (Contribute) but one counts only if its author is the person's
  // line manager; item-level write keeps each entry its author's.
  // https://learn.microsoft.com/en-us/graph/api/resources/listitem (createdBy)
  // The organiser an event names records attendance that counts, so naming one must be refused to
  // anyone but the event's creator and site owners: item-level write on Events ("Create items and
  // edit items that were created by the user"), which owners' Override list behaviors bypasses.
  // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee536658(v=office.15)
  it('refuses a member naming themselves organiser of an event someone else created, but lets them change their own, and owners any', async () => {
    const hub = hubFor(OWNER);
    const theirs = (await hub.events.all()).find((e) => e.createdById !== mia.accountId && e.organiserId !== mia.id);
    expect(theirs).toBeDefined();
    const forged = await call(MEMBER, 'PATCH', `/sites/root/lists/Events/items/${theirs!.id}/fields`, { OrganiserLookupId: Number(mia.id) });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject(graphDenied);
    expect((await hub.events.get(theirs!.id)).organiserId).toBe(theirs!.organiserId);

    const start = new Date(Date.now() + 7 * 86_400_000);
    const own = await call(MEMBER, 'POST', '/sites/root/lists/Events/items', {
      fields: { Title: 'Mia’s CaféTech', EventType: 'CaféTech', Start: start.toISOString(), End: new Date(start.getTime() + 3_600_000).toISOString(), OrganiserLookupId: Number(mia.id) },
    });
    expect(own.status).toBe(201);
    const ownId = String(own.body.id);
    expect((await call(MEMBER, 'PATCH', `/sites/root/lists/Events/items/${ownId}/fields`, { Location: 'Library café' })).status).toBe(200);
    expect((await call(OWNER, 'PATCH', `/sites/root/lists/Events/items/${ownId}/fields`, { Location: 'Atrium' })).status).toBe(200);
  });

  it('counts a leaving date Mia’s line manager records, who is no site owner, and not one a colleague forges', async () => {
    const manager = people.find((p) => p.id === mia.lineManagerId) as Person;
    expect(manager).toBeDefined();
    const leaving = async () => withLeavingDates(await hubFor(OWNER).people.all(), await hubFor(OWNER).leavingDates.all()).find((p) => p.id === mia.id)?.expectedLeavingDate;
    const before = await leaving();
    expect(demoDirectory('demo').find((u) => u.userPrincipalName === manager.email)?.siteRole).toBe('member');
    const forged = await call(neil.email, 'POST', '/sites/root/lists/Leaving%20Dates/items', { fields: { Title: 'forged', PersonLookupId: Number(mia.id), LeavingDate: '2026-01-31' } });
    expect(forged.status).toBe(201); // SharePoint allows it: Add Items is all Contribute checks
    expect(await leaving()).toBe(before);

    const entry = await hubFor(manager.email).leavingDates.create({ personId: mia.id, leavingDate: '2031-07-31' });
    expect(await leaving()).toBe('2031-07-31');
    // Mia cannot change her manager's entry (item-level write), and her own entry does not count.
    expect((await call(MEMBER, 'PATCH', `/sites/root/lists/Leaving%20Dates/items/${entry.id}/fields`, { LeavingDate: '2040-01-01' })).status).toBe(403);
    await hubFor(MEMBER).leavingDates.create({ personId: mia.id, leavingDate: '2040-01-01' });
    expect(await leaving()).toBe('2031-07-31');
  });
});
