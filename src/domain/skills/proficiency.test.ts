import { checkProficiencyLabels, DEFAULT_LABELS, levelText, parseProficiency, proficiencyLabelsFrom } from './proficiency';

describe('proficiency labels', () => {
  it('uses the default scale None … Can train others when no setting is stored', () => {
    expect(proficiencyLabelsFrom(undefined)).toEqual(['None', 'Aware', 'Practitioner', 'Expert', 'Can train others']);
  });

  it('uses a plan’s renamed labels from the proficiencyLabels setting', () => {
    const labels = proficiencyLabelsFrom(['Nil', 'Basic', 'Competent', 'Advanced', 'Trainer']);
    expect(levelText(3, labels)).toBe('3 · Advanced');
  });

  it('refuses a setting without exactly five distinct labels, naming the level', () => {
    expect(checkProficiencyLabels(['a', 'b'])[0].message).toMatch(/exactly five/);
    expect(checkProficiencyLabels(['a', 'b', 'A', 'c', 'd'])[0].message).toMatch(/Level 2 repeats/);
    expect(checkProficiencyLabels(['a', '', 'b', 'c', 'd'])[0].message).toMatch(/Level 1 needs a label/);
    expect(proficiencyLabelsFrom(['a', 'b'])).toBe(DEFAULT_LABELS);
  });
});

describe('reading a level from a spreadsheet cell', () => {
  const renamed = proficiencyLabelsFrom(['Nil', 'Basic', 'Competent', 'Advanced', 'Trainer']);

  it('reads numbers, renamed labels and default labels in any case', () => {
    expect(parseProficiency('3', renamed)).toEqual({ ok: true, level: 3 });
    expect(parseProficiency(4, renamed)).toEqual({ ok: true, level: 4 });
    expect(parseProficiency('trainer', renamed)).toEqual({ ok: true, level: 4 });
    expect(parseProficiency('Expert', renamed)).toEqual({ ok: true, level: 3 });
  });

  it('treats a blank or dash as no rating', () => {
    expect(parseProficiency('  ')).toEqual({ ok: true, level: undefined });
    expect(parseProficiency('-')).toEqual({ ok: true, level: undefined });
    expect(parseProficiency(null)).toEqual({ ok: true, level: undefined });
  });

  it('explains what was expected for out-of-range numbers and unknown words', () => {
    const five = parseProficiency('5');
    expect(five.ok).toBe(false);
    expect(!five.ok && five.message).toMatch(/“5” is not a level: use a whole number from 0 to 4/);
    expect(parseProficiency('2.5').ok).toBe(false);
    expect(parseProficiency('guru').ok).toBe(false);
  });
});
