import { compareReferences, isValidReference, normaliseReference } from './references';

describe('action references', () => {
  it('accepts the forms real plans use', () => {
    for (const ref of ['1.1', '15.3', 'V5', 'CD7', 'A2', 'OA12']) expect(isValidReference(ref)).toBe(true);
  });

  it('rejects text that is not a reference', () => {
    for (const ref of ['', 'Visibility', '1..1', 'R1 and R2', 'ABCDE1']) expect(isValidReference(ref)).toBe(false);
  });

  it('tidies spaces and a trailing full stop', () => {
    expect(normaliseReference(' CD 7. ')).toBe('CD7');
  });

  it('sorts numerically so 2.1 comes before 10.1 and CD2 before CD10', () => {
    expect(['10.1', '2.1', '15.3', '15.10', '1.1'].sort(compareReferences)).toEqual(['1.1', '2.1', '10.1', '15.3', '15.10']);
    expect(['CD10', 'V1', 'CD2'].sort(compareReferences)).toEqual(['CD2', 'CD10', 'V1']);
  });
});
