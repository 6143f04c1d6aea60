import ICAL from 'ical.js';
import { asId } from '../ids';
import { buildEventIcs, buildEventsFeed, icsFileName } from './ics';
import { escapeIcsText, foldIcsLine } from './icsText';
import { sampleEvent } from './sampleRecords';

const options = {
  uidDomain: 'contoso.sharepoint.com',
  now: new Date('2026-03-01T08:00:00Z'),
  linkFor: () => 'https://teams.microsoft.com/l/entity/app/events?context=%7B%22subEntityId%22%3A%22event%3A1%22%7D',
  organiserFor: () => ({ name: 'Smith, Jo: Technical manager', email: 'jo.smith@demo.local' }),
};

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('.ics for one event', () => {
  const tricky = sampleEvent({
    title: 'Showcase; posters, demos & \\ backslashes',
    description: 'Line one\nLine two, with a comma; and a semicolon — and a long tail of words so the line must fold: ' + 'é'.repeat(80),
    location: 'Room 1.01, Parkinson Building',
  });
  const text = buildEventIcs(tricky, options);
  const vevent = parse(text).getFirstSubcomponent('vevent')!;

  it('parses back to the same title, description and location', () => {
    expect(vevent.getFirstPropertyValue('summary')).toBe(tricky.title);
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(tricky.description!);
    expect(vevent.getFirstPropertyValue('location')).toBe(tricky.location);
  });

  it('has a stable UID, a DTSTAMP and UTC start and end', () => {
    expect(vevent.getFirstPropertyValue('uid')).toBe('event-1@contoso.sharepoint.com');
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-03-12T13:00:00.000Z');
    expect(end.toJSDate().toISOString()).toBe('2026-03-12T14:30:00.000Z');
    expect(start.zone?.tzid).toBe('UTC');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });

  it('keeps the organiser name quoted when it holds a colon or comma', () => {
    const organiser = vevent.getFirstProperty('organizer')!;
    expect(organiser.getParameter('cn')).toBe('Smith, Jo: Technical manager');
    expect(organiser.getFirstValue()).toBe('mailto:jo.smith@demo.local');
  });

  it('uses CRLF and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/);
  });

  it('keeps an event across the BST→GMT change at the right instants', () => {
    const autumn = sampleEvent({ start: '2025-10-25T23:30:00Z', end: '2025-10-26T02:30:00Z' });
    const ev = parse(buildEventIcs(autumn, options)).getFirstSubcomponent('vevent')!;
    const duration = (ev.getFirstPropertyValue('dtend') as ICAL.Time).subtractDate(ev.getFirstPropertyValue('dtstart') as ICAL.Time);
    expect(duration.toSeconds()).toBe(3 * 3600);
  });
});

describe('calendar feed', () => {
  it('lists events not yet ended, soonest first, with cancelled ones marked', () => {
    const events = [
      sampleEvent({ id: asId('2'), title: 'Later', start: '2026-05-01T10:00:00Z', end: '2026-05-01T11:00:00Z' }),
      sampleEvent({ id: asId('3'), title: 'Past', start: '2026-01-01T10:00:00Z', end: '2026-01-01T11:00:00Z' }),
      sampleEvent({ id: asId('4'), title: 'Called off', cancelled: true }),
    ];
    const cal = parse(buildEventsFeed(events, { ...options, calendarName: 'Leeds technicians' }));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Leeds technicians');
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Called off', 'Later']);
    expect(vevents.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'CONFIRMED']);
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character', () => {
    const folded = foldIcsLine('DESCRIPTION:' + '€'.repeat(40));
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('DESCRIPTION:' + '€'.repeat(40));
  });

  it('names the file after the event', () => {
    expect(icsFileName({ title: 'CaféTech: March!' })).toBe('cafetech-march.ics');
  });
});
