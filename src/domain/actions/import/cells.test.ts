import { readList, readReferences, readTalentRefs, readThemeReferences, titleFromTask } from './cells';

describe('import cells', () => {
  it('splits strategy lists on slashes and commas', () => {
    expect(readList('Empowering People/ Learning for Life')).toEqual(['Empowering People', 'Learning for Life']);
    expect(readList('Knowledge Creation, Partnerships with Purpose')).toEqual(['Knowledge Creation', 'Partnerships with Purpose']);
  });

  it('reads TALENT references as plans write them and refuses others', () => {
    expect(readTalentRefs('R1.')).toEqual({ ok: true, value: ['R1'] });
    expect(readTalentRefs('R15, R16 and R15')).toEqual({ ok: true, value: ['R15', 'R16'] });
    expect(readTalentRefs('R17')).toEqual({ ok: false, message: '"R17" is not a TALENT recommendation; expected R1 to R16.' });
  });

  it('reads Leeds-style theme references', () => {
    expect(readThemeReferences('Visibility (V5) Sustainability (S1)')).toEqual({ themes: ['Visibility', 'Sustainability'], reference: 'V5', references: ['V5', 'S1'] });
    expect(readThemeReferences('Career development (CD4)')).toEqual({ themes: ['Career development'], reference: 'CD4', references: ['CD4'] });
    expect(readThemeReferences('All (A1–A7)')).toEqual({ themes: ['All'], reference: undefined, references: [] });
  });

  it('reads one or several references from a reference cell', () => {
    expect(readReferences('CD 7.')).toEqual({ ok: true, value: ['CD7'] });
    expect(readReferences('15.1 15.2 15.3')).toEqual({ ok: true, value: ['15.1', '15.2', '15.3'] });
    expect(readReferences('B1000')).toEqual({ ok: true, value: ['B1000'] });
    expect(readReferences('Four')).toMatchObject({ ok: false, message: expect.stringMatching(/^"Four" is not a reference/) });
  });

  it('makes a short title from the first sentence of a task', () => {
    expect(titleFromTask('Seek academic representatives. Then more.')).toBe('Seek academic representatives');
    const long = titleFromTask('Ensure Team Leaders and Managers are aware and align University, Faculty and Departmental strategy with the skillset');
    expect(long.length).toBeLessThanOrEqual(81);
    expect(long.endsWith('…')).toBe(true);
  });
});
