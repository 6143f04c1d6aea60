import { isHubError } from '../errors';
import { labelsFor, toCanonical, toLabel, tryCanonical } from './statusSchemes';

describe('status schemes', () => {
  it('offers De Montfort its four colours, Blue meaning complete', () => {
    expect(labelsFor('Red/Amber/Green/Blue')).toEqual(['Red', 'Amber', 'Green', 'Blue', 'Not yet assessed']);
    expect(toCanonical('Red/Amber/Green/Blue', 'Blue')).toBe('Complete');
  });

  it('reads the letters R, A, G and B as plans write them', () => {
    expect(['R', 'A', 'G', 'B'].map((l) => toCanonical('Red/Amber/Green/Blue', l))).toEqual(['Red', 'Amber', 'Green', 'Complete']);
    expect(toCanonical('Red/Amber/Green', ' g ')).toBe('Green');
  });

  it("maps Hertfordshire's words onto the canonical statuses, including Completed/Start Pending", () => {
    const scheme = 'Delayed/In progress/Completed';
    expect(toCanonical(scheme, 'Delayed')).toBe('Red');
    expect(toCanonical(scheme, 'In Progress')).toBe('Green');
    expect(toCanonical(scheme, 'Completed/Start Pending')).toBe('Complete');
    expect(toCanonical(scheme, 'completed')).toBe('Complete');
  });

  it('gives each canonical status back in the plan’s own words, and round-trips every label', () => {
    expect(toLabel('Red/Amber/Green/Blue', 'Complete')).toBe('Blue');
    expect(toLabel('Delayed/In progress/Completed', 'Red')).toBe('Delayed');
    for (const scheme of ['Red/Amber/Green/Blue', 'Red/Amber/Green', 'Delayed/In progress/Completed'] as const) {
      for (const label of labelsFor(scheme)) expect(toLabel(scheme, toCanonical(scheme, label))).toBe(label);
    }
  });

  it('refuses an unknown label with a validation error that lists the expected labels', () => {
    expect(() => toCanonical('Red/Amber/Green/Blue', 'Purple')).toThrow(/Purple.*expected one of Red, Amber, Green, Blue/);
    const thrown = (() => {
      try {
        toCanonical('Red/Amber/Green', 'constructor');
      } catch (e) {
        return e;
      }
    })();
    expect(isHubError(thrown, 'validation')).toBe(true);
  });

  it('treats an empty label as no status rather than a guess', () => {
    expect(tryCanonical('Red/Amber/Green/Blue', '  ')).toBeUndefined();
  });

  it('has "Not yet assessed" in every scheme, read also as plans write it', () => {
    for (const scheme of ['Red/Amber/Green/Blue', 'Red/Amber/Green', 'Delayed/In progress/Completed'] as const) {
      expect(labelsFor(scheme)).toContain('Not yet assessed');
      expect(toCanonical(scheme, 'not assessed')).toBe('Not yet assessed');
      expect(toLabel(scheme, 'Not yet assessed')).toBe('Not yet assessed');
    }
  });
});
