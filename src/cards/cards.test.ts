import MarkdownIt from 'markdown-it';
import { adaptiveCardProblems } from '../../tests/fixtures/validateAdaptiveCard';
import { buildDigest } from '../domain/events/digest';
import { overdueReminders } from '../domain/events/reminders';
import { sampleAction, sampleEvent, samplePerson, sampleRegistration as reg } from '../domain/events/sampleRecords';
import { asId } from '../domain/ids';
import { buildActionReminderCard } from './actionReminder';
import { buildDigestCard } from './digest';
import { buildEventAnnouncementCard } from './eventAnnouncement';

const context = { linkTo: (t: { kind: string; id: string }) => `https://hub.example.ac.uk/#/${t.kind}s/${t.id}` };
const clock = () => new Date('2026-03-06T16:00:00Z');
const hostile = 'Click [here](https://evil.example) **now** <at>Everyone</at> ${$root.link} _x_ # big\n> quote\n- item\n1. one www.evil.example';

const textsOf = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' && ['text', 'value', 'title'].includes(k) ? [v] : textsOf(v)));
  }
  return [];
};
const urlsOf = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(urlsOf);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k === 'url' && typeof v === 'string' ? [v] : urlsOf(v)));
  return [];
};
// Teams renders a markdown subset and autolinks; markdown-it with linkify is a strict stand-in.
const md = new MarkdownIt({ html: false, linkify: true });

function expectNoInjectedFormatting(card: object) {
  for (const text of textsOf(card)) {
    const html = md.render(text);
    expect(html).not.toMatch(/<a |<em>|<h\d|<blockquote|<li>|<ol|<ul/);
    expect(text).not.toMatch(/<at>Everyone/);
    expect(text).not.toContain('${');
  }
  expect(urlsOf(card).some((u) => u.includes('evil'))).toBe(false);
}

describe('event announcement card', () => {
  const event = sampleEvent({ capacity: 30, onlineMeetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc', description: 'Posters and demos.\nBring a friend.' });
  const card = buildEventAnnouncementCard(event, { ...context, organiserName: 'Priya Shah', placesLeft: 12, audienceUnitNames: ['Chemistry'] });

  it('is a valid Adaptive Card 1.5', () => {
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it('says what, when in words and time, where, themes, organiser and places', () => {
    const texts = textsOf(card);
    expect(texts).toEqual(expect.arrayContaining(['TechExchange showcase', 'Thursday 12 March 2026, 13:00–14:30 (UK time)', 'Parkinson Court', 'Visibility', 'Priya Shah', '12 places left', 'Chemistry']));
    expect(texts).toContain('Posters and demos.\n\nBring a friend.');
  });

  it('says when replies close, in the reader’s zone', () => {
    const closing = buildEventAnnouncementCard(sampleEvent({ registrationDeadline: '2026-03-10T17:00:00Z' }), context);
    expect((closing.body[1] as { facts: { title: string; value: string }[] }).facts).toContainEqual({ title: 'Reply by', value: 'Tuesday 10 March 2026, 17:00 (UK time)' });
    expect(textsOf(card)).not.toContain('Reply by');
  });

  it('opens the event in the tab to reply, and offers the online link', () => {
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'Open and reply', url: 'https://hub.example.ac.uk/#/events/1' }),
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'Join online', url: 'https://teams.microsoft.com/l/meetup-join/abc' }),
    ]);
  });

  it('says when the event is full and how many wait', () => {
    const full = buildEventAnnouncementCard(event, { ...context, placesLeft: 0, waiting: 3 });
    expect(textsOf(full)).toContain('Full — 3 on the waiting list');
    expect(full.body).toHaveLength(3);
  });

  it('cannot be made to inject links, mentions, formatting or template expressions', () => {
    const evil = buildEventAnnouncementCard(
      sampleEvent({ title: hostile, description: hostile, location: hostile, type: hostile, onlineMeetingUrl: 'javascript:alert(1)' }),
      { ...context, organiserName: hostile },
    );
    expect(adaptiveCardProblems(evil)).toEqual([]);
    expectNoInjectedFormatting(evil);
    // Rendered as markdown, it reads exactly as typed: every character shown, nothing formatted.
    expect(md.render(textsOf(evil)[1])).toBe(
      '<p>Click [here](https://evil.example) **now** &lt;at&gt;Everyone&lt;/at&gt; ${$root.link} _x_ # big</p>\n' +
        '<p>&gt; quote</p>\n<p>- item</p>\n<p>1. one www.evil.example</p>\n',
    );
    expect(evil.actions).toHaveLength(1);
  });
});

describe('digest card', () => {
  const people = [samplePerson('p1', 'Priya Shah')];
  const input = {
    events: [sampleEvent({ capacity: 1 }), sampleEvent({ id: asId('2'), title: hostile, start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' })],
    registrations: [reg(1, 'p1', 'Going', '2026-03-01T00:00:00Z'), reg(2, 'p1', 'Going', '2026-03-01T00:00:00Z', { eventId: asId('2'), attended: true })],
    actions: [
      sampleAction('1', { reference: 'V2', title: hostile, targetDate: '2026-03-20', ownerIds: [asId('p1')] }),
      sampleAction('2', { reference: 'CD7', targetDate: '2026-02-28', ragStatus: 'Red', redExplanation: hostile }),
    ],
    actionUpdates: [],
    people,
    units: [],
  };
  const card = buildDigestCard(buildDigest(input, clock), { ...context, hubLink: 'https://hub.example.ac.uk/' });

  it('is a valid Adaptive Card 1.5', () => {
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('has a section for each kind of news, in order', () => {
    const headings = textsOf(card).filter((t) => ['Coming up', 'Overdue', 'Red actions', 'Due in the next 30 days', 'Completed recently', 'Attendance'].includes(t));
    expect(headings).toEqual(['Coming up', 'Overdue', 'Red actions', 'Due in the next 30 days', 'Attendance']);
    expect(textsOf(card)).toContain('Technician network news for Friday 6 March 2026');
    expect(textsOf(card)).toContain('Thursday 12 March 2026, 13:00–14:30 (UK time) · Parkinson Court · Full');
  });

  it('escapes what people typed', () => {
    expectNoInjectedFormatting(card);
  });

  it('says so when there is nothing to report, and stays valid', () => {
    const empty = buildDigestCard(buildDigest({ ...input, events: [], actions: [] }, clock), { ...context, hubLink: 'https://hub.example.ac.uk/' });
    expect(adaptiveCardProblems(empty)).toEqual([]);
    expect(textsOf(empty).join(' ')).toContain('Nothing to report this week');
  });

  it('shows a few items per section and how many more there are', () => {
    const many = Array.from({ length: 9 }, (_, i) => sampleAction(String(i + 10), { reference: `R${i + 1}`, ragStatus: 'Red' }));
    const big = buildDigestCard(buildDigest({ ...input, actions: many }, clock), { ...context, hubLink: 'https://hub.example.ac.uk/', itemsPerSection: 4 });
    expect(textsOf(big)).toContain('and 5 more in Technician Hub');
  });
});

describe('action reminder card', () => {
  const people = [samplePerson('p1', 'Priya *Shah*'), samplePerson('p2', 'Tom Reed')];
  const [reminder] = overdueReminders([sampleAction('2', { reference: 'CD7', title: hostile, targetDate: '2026-02-27', ragStatus: 'Amber', ownerIds: [asId('p1'), asId('p2')] })], people, clock);
  const card = buildActionReminderCard(reminder, { ...context, planTitle: 'DMU 2021–24' });

  it('is a valid Adaptive Card 1.5 that mentions each owner', () => {
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect((card.msteams as { entities: unknown[] }).entities).toEqual([
      { type: 'mention', text: '<at>Priya Shah</at>', mentioned: { id: 'priya.shah.@demo.local', name: 'Priya Shah' } },
      { type: 'mention', text: '<at>Tom Reed</at>', mentioned: { id: 'tom.reed@demo.local', name: 'Tom Reed' } },
    ]);
  });

  it('says how late the action is and opens it in the tab', () => {
    expect(textsOf(card)).toContain('<at>Priya Shah</at>, <at>Tom Reed</at>: this action was due on Friday 27 February 2026 (7 days ago). Please update its status or add evidence.');
    expect(card.actions).toEqual([expect.objectContaining({ url: 'https://hub.example.ac.uk/#/actions/2' })]);
  });

  it('escapes the action title', () => {
    const title = textsOf(card).find((t) => t.startsWith('CD7'))!;
    expect(md.render(title)).not.toMatch(/<a |<strong>|<em>/);
  });
});

describe('card validation used above', () => {
  it('catches a misspelt property, a bad enum value and an unknown element', () => {
    const problems = adaptiveCardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x', colour: 'red' }, { type: 'TextBlock', text: 'y', size: 'huge' }, { type: 'Bogus' }],
    });
    expect(problems.some((p) => p.includes('additionalProperty') && p.includes('colour'))).toBe(true);
    expect(problems.some((p) => p.startsWith('schema: /body/1/size'))).toBe(true);
    expect(problems.some((p) => p.startsWith('renderer:') && p.includes('Bogus'))).toBe(true);
  });
});
