import { COMMITMENT_THEMES } from '../../vocabulary';
import { meansAllThemes, proposeThemes } from './themeWords';

const known = [...COMMITMENT_THEMES, 'Technical Staff Wellbeing'];

describe('theme words of an imported plan', () => {
  it('reads "All", "All themes" and "A1–A7" as every Commitment theme', () => {
    for (const word of ['All', 'All themes', 'All (A1–A7)', 'A1–A7', 'all the commitment themes']) {
      expect(meansAllThemes(word)).toBe(true);
      expect(proposeThemes(word, known)).toEqual({ themes: [...COMMITMENT_THEMES], reason: 'all' });
    }
    expect(meansAllThemes('Allocation of space')).toBe(false);
  });

  it('maps combined and partial words onto the Commitment themes', () => {
    expect(proposeThemes('Visibility and sustainability', known)).toEqual({ themes: ['Visibility', 'Sustainability'], reason: 'words' });
    expect(proposeThemes('Recognition / Career development', known)).toEqual({ themes: ['Recognition', 'Career Development'], reason: 'words' });
    expect(proposeThemes('development', known)).toEqual({ themes: ['Career Development'], reason: 'words' });
    expect(proposeThemes('career development (CD4)', known)).toEqual({ themes: ['Career Development'], reason: 'same' });
  });

  it('keeps a word that names no known theme as a new plan theme, and finds the plan’s own themes', () => {
    expect(proposeThemes('Ongoing Actions', known)).toEqual({ themes: ['Ongoing Actions'], reason: 'new' });
    expect(proposeThemes('Wellbeing', known)).toEqual({ themes: ['Technical Staff Wellbeing'], reason: 'words' });
    expect(proposeThemes('Equality and diversity', known)).toEqual({ themes: ['Equality and diversity'], reason: 'new' });
  });
});
