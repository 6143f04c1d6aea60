/**
 * Every card × every destination's version: built from one template, valid against that version's
 * schema and readable by the official renderer at that version. Workflows renders up to 1.4
 * (microsoft/AdaptiveCards#8965, MicrosoftDocs/msteams-docs#9801); Graph-posted messages render 1.5.
 */
import { adaptiveCardProblems } from '../../tests/fixtures/validateAdaptiveCard';
import { buildDigest } from '../domain/events/digest';
import { overdueReminders } from '../domain/events/reminders';
import { sampleAction, sampleEvent, samplePerson, sampleRegistration as reg } from '../domain/events/sampleRecords';
import { asId } from '../domain/ids';
import { buildActionReminderCard } from './actionReminder';
import { buildDigestCard } from './digest';
import { buildEventAnnouncementCard } from './eventAnnouncement';
import type { AdaptiveCardJson, CardContext } from './types';
import { DESTINATION_VERSION, forVersion, versionFits, type CardDestination } from './version';

const linkTo: CardContext['linkTo'] = (t) => `https://hub.example.ac.uk/#/${t.kind}s/${t.id}`;
const clock = () => new Date('2026-03-06T16:00:00Z');
const people = [samplePerson('p1', 'Priya Shah')];

const builders: Record<string, (context: Pick<CardContext, 'version'>) => AdaptiveCardJson> = {
  'event announcement': (c) => buildEventAnnouncementCard(sampleEvent({ capacity: 3, onlineMeetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' }), { linkTo, ...c }),
  digest: (c) =>
    buildDigestCard(
      buildDigest(
        {
          events: [sampleEvent({ capacity: 1 })],
          registrations: [reg(1, 'p1', 'Going', '2026-03-01T00:00:00Z')],
          actions: [sampleAction('1', { reference: 'V2', targetDate: '2026-03-20', ownerIds: [asId('p1')] }), sampleAction('2', { reference: 'CD7', targetDate: '2026-02-28', ragStatus: 'Red' })],
          actionUpdates: [],
          people,
          units: [],
        },
        clock,
      ),
      { linkTo, hubLink: 'https://hub.example.ac.uk/', ...c },
    ),
  'action reminder': (c) => {
    const [reminder] = overdueReminders([sampleAction('2', { reference: 'CD7', targetDate: '2026-02-27', ownerIds: [asId('p1')] })], people, clock);
    return buildActionReminderCard(reminder, { linkTo, ...c });
  },
};

const destinations = Object.entries(DESTINATION_VERSION) as [CardDestination, '1.4' | '1.5'][];

describe.each(Object.keys(builders))('the %s card', (name) => {
  it.each(destinations)('built for %s messages is a valid Adaptive Card %s', (_destination, version) => {
    const card = builders[name]({ version });
    expect(card.version).toBe(version);
    expect(adaptiveCardProblems(card, version)).toEqual([]);
  });

  it('says the same thing at 1.4 as at 1.5: only 1.5-only properties differ', () => {
    const at14 = builders[name]({ version: '1.4' });
    const at15 = builders[name]({ version: '1.5' });
    expect(JSON.stringify(at14).replace(/,"style":"heading"/g, '')).toBe(JSON.stringify(at15).replace(/,"style":"heading"/g, '').replace('"version":"1.5"', '"version":"1.4"'));
  });
});

describe('card versions', () => {
  it('a 1.5 card fails the 1.4 check, which is why Workflows refuses it', () => {
    const card = builders['event announcement']({ version: '1.5' });
    const problems = adaptiveCardProblems(card, '1.4');
    expect(problems.some((p) => p.startsWith('schema: /version'))).toBe(true);
    expect(problems.some((p) => p.includes('"style" is supported in version 1.5'))).toBe(true);
  });

  it('lowering drops 1.5-only action properties and leaves the rest', () => {
    const lowered = forVersion({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.OpenUrl', url: 'https://x.org', title: 'Open', mode: 'secondary', tooltip: 't', style: 'positive' }] }, '1.4');
    expect(lowered.actions).toEqual([{ type: 'Action.OpenUrl', url: 'https://x.org', title: 'Open', style: 'positive' }]);
  });

  it('knows which versions a destination shows', () => {
    expect(versionFits('1.5', DESTINATION_VERSION.workflow)).toBe(false);
    expect(versionFits('1.4', DESTINATION_VERSION.workflow)).toBe(true);
    expect(versionFits('1.5', DESTINATION_VERSION.graph)).toBe(true);
    expect(versionFits('x', DESTINATION_VERSION.graph)).toBe(false);
  });
});
