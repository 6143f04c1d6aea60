import { eventTypesOf, searchEvents } from './search';

const event = (title: string, type: string, extra: { location?: string; description?: string; themes?: string[] } = {}) => ({ title, type, themes: [], ...extra });
const events = [
  event('CaféTech: confocal tips', 'CaféTech', { location: 'Bioimaging suite' }),
  event('Showcase 2026', 'Showcase', { description: 'Posters on microscopy and 3D printing' }),
  event('Induction stall', 'Outreach', { themes: ['Visibility'] }),
  event('Cafetech: glassblowing', 'cafétech'),
];

describe('finding an event', () => {
  it('matches every word, anywhere in the title, place, description or themes, ignoring case and accents', () => {
    expect(searchEvents(events, { words: 'cafetech CONFOCAL' }).map((e) => e.title)).toEqual(['CaféTech: confocal tips']);
    expect(searchEvents(events, { words: 'microscopy posters' }).map((e) => e.title)).toEqual(['Showcase 2026']);
    expect(searchEvents(events, { words: 'visibility' }).map((e) => e.title)).toEqual(['Induction stall']);
    expect(searchEvents(events, { words: 'bioimaging' }).map((e) => e.title)).toEqual(['CaféTech: confocal tips']);
  });

  it('filters by type without regard to case, with and without words', () => {
    expect(searchEvents(events, { type: 'CaféTech' }).map((e) => e.title)).toEqual(['CaféTech: confocal tips', 'Cafetech: glassblowing']);
    expect(searchEvents(events, { type: 'CaféTech', words: 'glass' }).map((e) => e.title)).toEqual(['Cafetech: glassblowing']);
    expect(searchEvents(events, { type: 'Showcase', words: 'glass' })).toEqual([]);
  });

  it('keeps everything when there is nothing to search for', () => {
    expect(searchEvents(events, { words: '  ' })).toHaveLength(4);
  });

  it('offers each type in use once, by name', () => {
    expect(eventTypesOf(events)).toEqual(['CaféTech', 'Outreach', 'Showcase']);
  });
});
