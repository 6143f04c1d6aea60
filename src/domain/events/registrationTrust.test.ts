import { asId } from '../ids';
import type { Person } from '../model';
import { sampleEvent, samplePerson, sampleRegistration as reg } from './sampleRecords';
import { NOT_COUNTED_REASON, trustRegistrations } from './registrationTrust';
import { waitingListOf } from './waitingList';

// People with Entra object ids (the People list's Account id), and mail that differs from the sign-in name.
const withAccount = (p: Person, accountId: string, email = p.email): Person => ({ ...p, accountId, email });
const ann = withAccount(samplePerson('10', 'Ann Registrant'), 'oid-ann');
const olu = withAccount(samplePerson('11', 'Olu Organiser'), 'oid-olu');
const mia = withAccount(samplePerson('12', 'Mia Member'), 'oid-mia');
const cara = withAccount(samplePerson('13', 'Cara Creator'), 'oid-cara');
const people = [ann, olu, mia, cara];
// Olu is named organiser; Cara created the event item.
const event = sampleEvent({ organiserId: olu.id, createdBy: 'cara@uni.example', createdById: 'oid-cara' });
const changedBy = (who: Person, mail = who.email) => ({ modifiedById: who.accountId, modifiedBy: mail });

describe('which registrations count (Event Registrations have no item-level write)', () => {
  it('counts a registration last changed by the registrant', () => {
    const r = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', changedBy(ann));
    expect(trustRegistrations([r], [event], people)).toEqual({ counted: [r], notCounted: [] });
  });

  it('counts attendance recorded by the event’s organiser, and by whoever created the event', () => {
    const byOrganiser = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', { attended: true, ...changedBy(olu) });
    const byCreator = reg(2, mia.id, 'Going', '2026-02-01T09:05:00Z', { attended: true, ...changedBy(cara) });
    expect(trustRegistrations([byOrganiser, byCreator], [event], people).counted).toEqual([byOrganiser, byCreator]);
  });

  it('counts a walk-in the organiser recorded, and not one another member recorded', () => {
    const recorded = reg(1, ann.id, 'Walk-in', '2026-03-12T15:00:00Z', { attended: true, createdById: 'oid-olu', createdBy: olu.email, ...changedBy(olu) });
    const byMia = reg(2, cara.id, 'Walk-in', '2026-03-12T15:00:00Z', { attended: true, createdById: 'oid-mia', createdBy: mia.email, ...changedBy(mia) });
    const { counted, notCounted } = trustRegistrations([recorded, byMia], [event], people);
    expect(counted).toEqual([recorded]);
    expect(notCounted.map((n) => n.registration)).toEqual([byMia]);
    expect(waitingListOf(event, counted).walkIns).toEqual([recorded]);
  });

  it('does not count a registration another member changed, and says why', () => {
    const forged = reg(1, ann.id, 'Not going', '2026-02-01T09:00:00Z', changedBy(mia));
    const { counted, notCounted } = trustRegistrations([forged], [event], people);
    expect(counted).toEqual([]);
    expect(notCounted).toEqual([{ registration: forged, changedBy: mia.email, reason: NOT_COUNTED_REASON }]);
    expect(NOT_COUNTED_REASON).toBe('Changed by someone other than the registrant or the event’s organiser — not counted.');
  });

  it('does not count a registration a member created about someone else', () => {
    const madeUp = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', { createdById: 'oid-mia', createdBy: mia.email, ...changedBy(mia) });
    expect(trustRegistrations([madeUp], [event], people).notCounted.map((n) => n.registration)).toEqual([madeUp]);
  });

  it('matches people by object id, not by email: a same-mail stranger is not the registrant, a changed mail still is', () => {
    const impostor = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', { modifiedById: 'oid-someone-else', modifiedBy: ann.email });
    const aliasMail = reg(2, ann.id, 'Going', '2026-02-01T09:00:00Z', { modifiedById: 'OID-ANN', modifiedBy: 'a.registrant@uni.example' });
    const { counted, notCounted } = trustRegistrations([impostor, aliasMail], [event], people);
    expect(counted).toEqual([aliasMail]);
    expect(notCounted.map((n) => n.registration)).toEqual([impostor]);
  });

  it('lets the organiser named on the event, not a former one, record attendance', () => {
    const moved = { ...event, organiserId: mia.id };
    const byOlu = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', { attended: true, ...changedBy(olu) });
    expect(trustRegistrations([byOlu], [moved], people).counted).toEqual([]);
  });

  it('takes a registration built in memory, which says nobody changed it, as it is', () => {
    const draft = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z');
    expect(trustRegistrations([draft], [event], people).counted).toEqual([draft]);
  });

  it('keeps the registrant’s own reply in the waiting list when someone else adds a newer one for them', () => {
    const own = reg(1, ann.id, 'Going', '2026-02-01T09:00:00Z', changedBy(ann));
    const newer = reg(2, ann.id, 'Not going', '2026-02-02T09:00:00Z', changedBy(mia));
    const list = waitingListOf(event, trustRegistrations([own, newer], [event], people).counted);
    expect(list.confirmed.map((r) => r.personId)).toEqual([asId(ann.id)]);
    expect(list.notGoing).toEqual([]);
  });
});
