import { matchTheme, planThemes, sameTheme, themeCode } from './themes';

describe('plan themes', () => {
  it('always has the four Commitment themes, then the plan’s own', () => {
    expect(planThemes({ extraThemes: ['Technical Staff Wellbeing', 'Ongoing actions'] })).toEqual([
      'Visibility',
      'Recognition',
      'Career Development',
      'Sustainability',
      'Technical Staff Wellbeing',
      'Ongoing actions',
    ]);
  });

  it('does not repeat a Commitment theme a plan also lists, nor blank lines', () => {
    expect(planThemes({ extraThemes: ['career development', ' ', 'All'] })).toEqual([
      'Visibility',
      'Recognition',
      'Career Development',
      'Sustainability',
      'All',
    ]);
  });

  it('matches theme names regardless of case, spacing and ampersands', () => {
    const themes = planThemes({ extraThemes: ['Technical Staff Wellbeing'] });
    expect(matchTheme('CAREER  DEVELOPMENT', themes)).toBe('Career Development');
    expect(matchTheme('Technical staff wellbeing', themes)).toBe('Technical Staff Wellbeing');
    expect(matchTheme('Confirm future project sponsorship', themes)).toBeUndefined();
    expect(sameTheme('Health & Safety', 'health and safety')).toBe(true);
  });

  it('codes themes as Leeds writes references', () => {
    expect(themeCode('Visibility')).toBe('V');
    expect(themeCode('Career Development')).toBe('CD');
    expect(themeCode('Ongoing Actions')).toBe('OA');
  });
});
