import { allOf, fieldEquals, fieldStartsWith, graphPath, itemQueryString, odataLiteral, pathSegment } from './odata';

describe('OData literals', () => {
  it('doubles a quote in a person’s text so it cannot end the literal', () => {
    expect(odataLiteral("O'Brien")).toBe("'O''Brien'");
    expect(fieldEquals('Title', "x' or fields/Title ne '")).toBe("fields/Title eq 'x'' or fields/Title ne '''");
  });

  it('writes numbers and booleans bare and dates as quoted UTC', () => {
    expect(odataLiteral(13)).toBe('13');
    expect(odataLiteral(false)).toBe('false');
    expect(odataLiteral(new Date(Date.UTC(2024, 0, 1)))).toBe("'2024-01-01T00:00:00Z'");
  });

  it('refuses a number that is not finite', () => {
    expect(() => odataLiteral(Number.NaN)).toThrow(RangeError);
  });

  it('refuses a column name that is not an internal name', () => {
    expect(() => fieldEquals('Title eq 1 or x', 'a')).toThrow(RangeError);
  });

  it('builds startswith and joins conditions with brackets', () => {
    expect(fieldStartsWith('Reference', 'V')).toBe("startswith(fields/Reference,'V')");
    expect(allOf(['a eq 1', 'b eq 2'])).toBe('(a eq 1) and (b eq 2)');
    expect(allOf(['a eq 1'])).toBe('a eq 1');
  });
});

describe('URL building', () => {
  it('encodes /, #, ? and spaces in a path segment', () => {
    expect(pathSegment('Skill Ratings')).toBe('Skill%20Ratings');
    expect(graphPath('sites', 'a/b#c?d', 'lists')).toBe('/sites/a%2Fb%23c%3Fd/lists');
  });

  it('keeps the commas of a Graph site id', () => {
    expect(pathSegment('contoso.sharepoint.com,1,2')).toBe('contoso.sharepoint.com,1,2');
  });

  it('percent-encodes the filter so &, #, ? and / in text stay inside the literal', () => {
    const q = itemQueryString({ select: ['Title', 'PlanLookupId'], filter: fieldEquals('Title', "Tom's R&D / #1?"), top: 5000 });
    expect(q).toBe(`?$expand=fields($select=Title,PlanLookupId)&$filter=${encodeURIComponent("fields/Title eq 'Tom''s R&D / #1?'")}&$top=5000`);
    const filter = new URLSearchParams(q.slice(1)).get('$filter');
    expect(filter).toBe("fields/Title eq 'Tom''s R&D / #1?'");
    expect(q).not.toContain('#');
  });

  it('expands all fields when nothing is selected', () => {
    expect(itemQueryString({})).toBe('?$expand=fields');
  });
});
