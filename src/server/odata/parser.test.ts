import { FILTER_LIMITS, filterPaths, parseFilter, parseOrderBy } from './parser';
import { tokenize } from './tokenizer';

/** Builds a literal the way a careful client does: single quotes doubled. */
const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

describe('OData $filter tokenizer', () => {
  it('reads a doubled quote inside a string as one quote', () => {
    const tokens = tokenize("fields/Title eq 'O''Brien'");
    expect(tokens.map((t) => t.kind)).toEqual(['identifier', 'identifier', 'string', 'end']);
    expect(tokens[2]).toMatchObject({ value: "O'Brien" });
  });

  it('reads negative and decimal numbers', () => {
    expect(tokenize('fields/Level ge -1.5')[2]).toMatchObject({ kind: 'number', value: -1.5 });
  });

  it('refuses a string with no closing quote, saying where it starts', () => {
    expect(() => tokenize("fields/Title eq 'abc")).toThrow(/position 17 has no closing quote/);
  });

  it('refuses characters OData does not use', () => {
    expect(() => tokenize('fields/Title == 1')).toThrow(/unexpected character '='/);
  });
});

describe('OData $filter parser', () => {
  it('parses every comparison operator', () => {
    for (const op of ['eq', 'ne', 'gt', 'ge', 'lt', 'le']) {
      expect(parseFilter(`fields/Level ${op} 3`)).toEqual({ kind: 'compare', op, left: { kind: 'path', path: 'fields/Level' }, right: { kind: 'literal', value: 3 } });
    }
  });

  it('binds and tighter than or, and not tighter than and', () => {
    const tree = parseFilter("not fields/A eq 1 and fields/B eq 2 or fields/C eq 3");
    expect(tree).toMatchObject({
      kind: 'or',
      left: { kind: 'and', left: { kind: 'not', operand: { kind: 'compare', left: { path: 'fields/A' } } }, right: { kind: 'compare', left: { path: 'fields/B' } } },
      right: { kind: 'compare', left: { path: 'fields/C' } },
    });
  });

  it('lets parentheses override precedence', () => {
    const tree = parseFilter('fields/A eq 1 and (fields/B eq 2 or fields/C eq 3)');
    expect(tree).toMatchObject({ kind: 'and', right: { kind: 'or' } });
  });

  it('reads true, false, null and quoted dates as literals', () => {
    expect(parseFilter('fields/Done eq true')).toMatchObject({ right: { value: true } });
    expect(parseFilter('fields/Done ne false')).toMatchObject({ right: { value: false } });
    expect(parseFilter('fields/Due eq null')).toMatchObject({ right: { value: null } });
    expect(parseFilter("fields/Due ge '2024-01-01T00:00:00Z'")).toMatchObject({ right: { value: '2024-01-01T00:00:00Z' } });
  });

  it('parses startswith with a field and a string', () => {
    expect(parseFilter("startswith(fields/Title,'Lab')")).toEqual({ kind: 'startswith', path: 'fields/Title', value: 'Lab' });
  });

  it("keeps a person's search text containing ' as one literal that cannot change the filter", () => {
    const search = "x') or fields/Secret eq ('1";
    const tree = parseFilter(`startswith(fields/Title,${quote(search)}) and fields/Plan eq 4`);
    expect(tree).toEqual({
      kind: 'and',
      left: { kind: 'startswith', path: 'fields/Title', value: search },
      right: { kind: 'compare', op: 'eq', left: { kind: 'path', path: 'fields/Plan' }, right: { kind: 'literal', value: 4 } },
    });
    expect(filterPaths(tree)).toEqual(['fields/Title', 'fields/Plan']);
  });

  it('accepts the literal on the left', () => {
    expect(parseFilter('3 lt fields/Level')).toMatchObject({ left: { kind: 'literal', value: 3 }, right: { kind: 'path' } });
  });

  it.each([
    ['fields/Title eq', /expected a field or a value .* found the end/],
    ['fields/Title equals 1', /expected a comparison operator/],
    ["contains(fields/Title,'a')", /function 'contains' is not supported/],
    ['(fields/A eq 1', /expected '\)'/],
    ['fields/A eq 1 fields/B eq 2', /expected 'and', 'or' or the end/],
    ['1 eq 1', /compares two literals/],
    ['', /\$filter is empty/],
    ["startswith(fields/Title, 3)", /quoted string as the second argument/],
  ])('refuses %p with a message naming the problem', (source, message) => {
    expect(() => parseFilter(source)).toThrow(message);
  });

  it('gives bad filters the invalidRequest code and status 400', () => {
    expect(() => parseFilter('fields/A eq')).toThrow(expect.objectContaining({ status: 400, code: 'invalidRequest' }));
  });
});

describe('OData $orderby parser', () => {
  it('reads keys with asc and desc', () => {
    expect(parseOrderBy('fields/Due desc, id')).toEqual([
      { path: 'fields/Due', descending: true },
      { path: 'id', descending: false },
    ]);
  });

  it('refuses a trailing comma', () => {
    expect(() => parseOrderBy('fields/Due,')).toThrow(/field path/);
  });
});

describe('OData $filter limits (a deep or long filter is 400, never a stack overflow)', () => {
  const within = (error: unknown) => ({ status: (error as { status?: number }).status, message: String((error as Error).message) });
  const refusal = (source: string): { status?: number; message: string } => {
    try {
      parseFilter(source);
    } catch (error) {
      return within(error);
    }
    return { message: 'accepted' };
  };

  it('refuses nesting deeper than the limit, however deep, with 400', () => {
    const deep = (n: number) => `${'('.repeat(n)}fields/Level eq 1${')'.repeat(n)}`;
    expect(() => parseFilter(deep(FILTER_LIMITS.maxDepth))).not.toThrow();
    expect(refusal(deep(FILTER_LIMITS.maxDepth + 1))).toEqual({ status: 400, message: expect.stringMatching(/more than 32 levels deep/) });
    expect(refusal(`${'not '.repeat(1000)}fields/Active eq true`)).toEqual({ status: 400, message: expect.stringMatching(/levels deep/) });
  });

  it('refuses more conditions than the limit', () => {
    const terms = (n: number) => Array.from({ length: n }, (_, i) => `id eq ${i}`).join(' or ');
    expect(() => parseFilter(terms(FILTER_LIMITS.maxTerms))).not.toThrow();
    expect(refusal(terms(FILTER_LIMITS.maxTerms + 1))).toEqual({ status: 400, message: expect.stringMatching(/more than 200 conditions/) });
  });

  it('refuses a filter longer than the limit before reading it', () => {
    expect(refusal(`fields/Title eq '${'x'.repeat(FILTER_LIMITS.maxLength)}'`)).toEqual({ status: 400, message: expect.stringMatching(/at most 4096/) });
  });
});
