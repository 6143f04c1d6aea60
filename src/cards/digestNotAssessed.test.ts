import { asId } from '../domain/ids';
import { buildDigest } from '../domain/events/digest';
import { sampleAction } from '../domain/events/sampleRecords';
import { buildDigestCard } from './digest';

describe('digest card and actions not yet assessed', () => {
  it('lists them in a section of their own, apart from the Red ones', () => {
    const actions = [sampleAction('1', { reference: 'R1', ragStatus: 'Red' }), sampleAction('2', { reference: 'W1', ragStatus: 'Not yet assessed', ownerIds: [asId('p1')] })];
    const digest = buildDigest({ events: [], registrations: [], actions, actionUpdates: [], people: [], units: [] }, () => new Date('2026-03-06T16:00:00Z'));
    const card = JSON.stringify(buildDigestCard(digest, { hubLink: 'https://teams.example/hub', linkTo: () => 'https://teams.example/action', timeZone: 'Europe/London' }));
    expect(card).toMatch(/"text":"Red actions".*"text":"Not yet assessed".*W1.*No status given yet/);
  });
});
