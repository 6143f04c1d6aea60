import { isHubError } from '../errors';
import { aPlan, anAction } from './__fixtures__/records';
import { checkAction, ensurePlanOpen } from './validation';

const fields = (issues: readonly { field: string }[]) => issues.map((i) => i.field);

describe('action validation', () => {
  it('accepts a complete action', () => {
    expect(checkAction(anAction(), aPlan())).toEqual({ errors: [], warnings: [] });
  });

  it('requires an explanation for every Red action', () => {
    const red = anAction({ ragStatus: 'Red', statusLabel: 'Red' });
    expect(fields(checkAction(red, aPlan()).errors)).toEqual(['redExplanation']);
    expect(checkAction({ ...red, redExplanation: 'Funding was withdrawn' }, aPlan()).errors).toEqual([]);
  });

  it('names a malformed or repeated reference', () => {
    expect(checkAction(anAction({ reference: 'Visibility' }), aPlan()).errors[0]?.message).toMatch(/"Visibility" is not a reference/);
    const other = anAction({ reference: '2.1' });
    expect(checkAction(anAction({ reference: '2.1' }), aPlan(), [other]).errors[0]?.message).toMatch(/already has reference 2.1/);
  });

  it('refuses a status label the plan’s scheme does not have, or one that disagrees with the RAG status', () => {
    expect(checkAction(anAction({ statusLabel: 'Delayed' }), aPlan()).errors[0]?.field).toBe('statusLabel');
    expect(checkAction(anAction({ statusLabel: 'Blue', ragStatus: 'Green' }), aPlan()).errors[0]?.message).toMatch(/means Complete/);
  });

  it('refuses TALENT references outside R1–R16', () => {
    expect(checkAction(anAction({ talentRefs: ['R17'] }), aPlan()).errors[0]?.message).toMatch(/R17.*R1 to R16/);
  });

  it('warns, without refusing, when the target date falls outside the plan period', () => {
    const late = checkAction(anAction({ targetDate: '2025-03-31' }), aPlan());
    expect(late.errors).toEqual([]);
    expect(late.warnings[0]?.message).toMatch(/after the plan ends \(2024-08-31\)/);
    expect(checkAction(anAction({ targetDate: '2020-01-01' }), aPlan()).warnings[0]?.message).toMatch(/before the plan starts/);
  });

  it('refuses changes to a Closed plan with a validation error naming it', () => {
    expect(() => ensurePlanOpen(aPlan({ state: 'Closed' }))).toThrow(/is closed/);
    expect(() => ensurePlanOpen(aPlan())).not.toThrow();
    const thrown = (() => {
      try {
        ensurePlanOpen(aPlan({ state: 'Closed' }));
      } catch (e) {
        return e;
      }
    })();
    expect(isHubError(thrown, 'validation')).toBe(true);
  });
});
