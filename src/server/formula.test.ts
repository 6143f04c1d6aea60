import { parseFormula } from './formula';

// Formulas as SharePoint lists evaluate them: https://support.microsoft.com/office/examples-of-common-formulas-in-lists-d81f5f21-2b4e-45ce-b170-bc3ea2b8c8f3
// Column validation (Graph): https://learn.microsoft.com/en-us/graph/api/resources/columnvalidation

describe('SharePoint validation formulas (the subset the local site evaluates)', () => {
  it('compares date-times across columns, as a list rule [End]>=[Start] does', () => {
    const rule = parseFormula('=[End]>=[Start]');
    expect(rule.columns).toEqual(['End', 'Start']);
    expect(rule.test({ Start: '2027-03-01T10:00:00Z', End: '2027-03-01T12:00:00Z' })).toBe(true);
    expect(rule.test({ Start: '2027-03-01T10:00:00Z', End: '2027-03-01T10:00:00Z' })).toBe(true);
    expect(rule.test({ Start: '2027-03-01T10:00:00Z', End: '2027-03-01T09:59:59Z' })).toBe(false);
  });

  it('keeps a number whole, allowing it to be empty', () => {
    const rule = parseFormula('=OR(ISBLANK([Capacity]),INT([Capacity])=[Capacity])');
    expect([2, 0, 2.5, -1.5, undefined].map((Capacity) => rule.test({ Capacity }))).toEqual([true, true, false, false, true]);
  });

  it('reads text, arithmetic, IF and NOT', () => {
    expect(parseFormula('=IF(LEN([Code])=4,NOT([Code]="ABCD"),FALSE)').test({ Code: 'ABCE' })).toBe(true);
    expect(parseFormula('=[A]*2+1>=-3').test({ A: -2 })).toBe(true);
    expect(parseFormula('=[A]&"-"&[B]="x-y"').test({ A: 'x', B: 'y' })).toBe(true);
  });

  it.each([
    ['=TODAY()>[Due]', /does not evaluate the function TODAY/],
    ['=([A]>1', /missing '\)'/],
    ['=[A]>', /ends too soon/],
    ['=', /empty/],
    [`=${'('.repeat(40)}1${')'.repeat(40)}`, /more than 32 levels/],
    ['=[A] ! 2', /cannot be read/],
  ])('refuses %s when it is set, so no rule is stored unenforced', (source, message) => {
    expect(() => parseFormula(source)).toThrow(message);
  });
});
