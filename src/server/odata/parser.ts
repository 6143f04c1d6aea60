/**
 * Recursive-descent parser for `$filter` and `$orderby`.
 * Grammar (OData v4 precedence: not > comparison > and > or):
 *   expr    := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | primary
 *   primary := '(' expr ')' | 'startswith' '(' path ',' string ')' | operand op operand
 * Paths are `fields/X` or `id`; literals are strings ('' for a quote), numbers, true/false/null.
 * Dates are compared as quoted ISO strings, as Graph accepts them on SharePoint list items.
 */
import { badRequest } from '../errors';
import type { ComparisonOperator, FilterNode, Literal, Operand, OrderKey } from './ast';
import { tokenize, type Token } from './tokenizer';

const COMPARISONS: readonly ComparisonOperator[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/**
 * Bounds on a `$filter`, so that any expression is either answered or refused with 400 — never
 * a stack overflow (500). The parser and evaluator recurse once per nesting level and once per
 * `and`/`or` term; these limits keep both far from the stack's depth. SharePoint refuses very
 * large queries too (CAML built from too many conditions fails), so a real client stays well inside.
 */
export const FILTER_LIMITS = { maxLength: 4096, maxDepth: 32, maxTerms: 200 } as const;

function describe(token: Token): string {
  switch (token.kind) {
    case 'identifier':
      return `'${token.text}'`;
    case 'string':
      return `the string '${token.value}'`;
    case 'number':
      return `the number ${token.value}`;
    case 'open':
      return "'('";
    case 'close':
      return "')'";
    case 'comma':
      return "','";
    case 'end':
      return 'the end of the expression';
  }
}

class Parser {
  private index = 0;
  private depth = 0;
  private terms = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private fail(expected: string, token: Token = this.peek()): never {
    throw badRequest(`Invalid filter: expected ${expected} at position ${token.at + 1} but found ${describe(token)}.`);
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token.kind === 'identifier' && token.text.toLowerCase() === word) {
      this.index += 1;
      return true;
    }
    return false;
  }

  private expect(kind: 'open' | 'close' | 'comma', text: string): void {
    if (this.peek().kind !== kind) this.fail(text);
    this.index += 1;
  }

  parseFilter(): FilterNode {
    const node = this.parseOr();
    if (this.peek().kind !== 'end') this.fail("'and', 'or' or the end of the expression");
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.parseUnary() };
    return left;
  }

  /** Runs `parse` one nesting level deeper (a parenthesis or a `not`), refusing past the limit. */
  private nested<T>(at: Token, parse: () => T): T {
    this.depth += 1;
    if (this.depth > FILTER_LIMITS.maxDepth) {
      throw badRequest(`Invalid filter: it nests parentheses or 'not' more than ${FILTER_LIMITS.maxDepth} levels deep (at position ${at.at + 1}). Simplify the expression.`);
    }
    const node = parse();
    this.depth -= 1;
    return node;
  }

  /** Counts one comparison or function call, refusing past the limit. */
  private countTerm(at: Token): void {
    this.terms += 1;
    if (this.terms > FILTER_LIMITS.maxTerms) {
      throw badRequest(`Invalid filter: it has more than ${FILTER_LIMITS.maxTerms} conditions (at position ${at.at + 1}). Split the query or filter on fewer values.`);
    }
  }

  private parseUnary(): FilterNode {
    const token = this.peek();
    if (this.keyword('not')) return this.nested(token, () => ({ kind: 'not', operand: this.parseUnary() }));
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token.kind === 'open') {
      this.next();
      const inner = this.nested(token, () => this.parseOr());
      this.expect('close', "')'");
      return inner;
    }
    this.countTerm(token);
    if (token.kind === 'identifier' && this.tokens[this.index + 1]?.kind === 'open') {
      return this.parseFunction();
    }
    const left = this.parseOperand();
    const opToken = this.peek();
    const op = opToken.kind === 'identifier' ? (opToken.text.toLowerCase() as ComparisonOperator) : undefined;
    if (!op || !COMPARISONS.includes(op)) this.fail('a comparison operator (eq, ne, gt, ge, lt, le)');
    this.next();
    const right = this.parseOperand();
    if (left.kind === 'literal' && right.kind === 'literal') {
      throw badRequest(`Invalid filter: the comparison at position ${token.at + 1} compares two literals; one side must be a field such as fields/Title.`);
    }
    return { kind: 'compare', op, left, right };
  }

  private parseFunction(): FilterNode {
    const name = this.next() as Extract<Token, { kind: 'identifier' }>;
    if (name.text.toLowerCase() !== 'startswith') {
      throw badRequest(`Invalid filter: the function '${name.text}' is not supported on list items; use startswith(fields/X,'text') or a comparison.`);
    }
    this.expect('open', "'('");
    const path = this.parseOperand();
    if (path.kind !== 'path') this.fail('a field path such as fields/Title as the first argument of startswith');
    this.expect('comma', "','");
    const value = this.next();
    if (value.kind !== 'string') this.fail('a quoted string as the second argument of startswith', value);
    this.expect('close', "')'");
    return { kind: 'startswith', path: path.path, value: value.value };
  }

  private parseOperand(): Operand {
    const token = this.next();
    if (token.kind === 'string') return { kind: 'literal', value: token.value };
    if (token.kind === 'number') return { kind: 'literal', value: token.value };
    if (token.kind === 'identifier') {
      const lower = token.text.toLowerCase();
      const words: Record<string, Literal> = { true: true, false: false, null: null };
      if (lower in words) return { kind: 'literal', value: words[lower] };
      if (['and', 'or', 'not', ...COMPARISONS].includes(lower)) this.fail('a field or a value', token);
      return { kind: 'path', path: token.text };
    }
    return this.fail('a field or a value', token);
  }

  parseOrderBy(): OrderKey[] {
    const keys: OrderKey[] = [];
    for (;;) {
      const token = this.next();
      if (token.kind !== 'identifier') this.fail('a field path such as fields/Title', token);
      let descending = false;
      if (this.keyword('desc')) descending = true;
      else this.keyword('asc');
      keys.push({ path: token.text, descending });
      if (this.peek().kind === 'end') return keys;
      this.expect('comma', "',' or the end of $orderby");
    }
  }
}

/** Parses a `$filter` expression; throws 400 invalidRequest saying what was expected and where. */
export function parseFilter(source: string): FilterNode {
  if (source.trim() === '') throw badRequest('Invalid filter: $filter is empty.');
  if (source.length > FILTER_LIMITS.maxLength) throw badRequest(`Invalid filter: it is ${source.length} characters long; at most ${FILTER_LIMITS.maxLength} are accepted.`);
  return new Parser(tokenize(source)).parseFilter();
}

/** Parses `$orderby` (`fields/X desc, id`). */
export function parseOrderBy(source: string): OrderKey[] {
  if (source.trim() === '') throw badRequest('Invalid $orderby: it is empty.');
  if (source.length > FILTER_LIMITS.maxLength) throw badRequest(`Invalid $orderby: it is ${source.length} characters long; at most ${FILTER_LIMITS.maxLength} are accepted.`);
  return new Parser(tokenize(source)).parseOrderBy();
}

/** Every path a filter reads (for the indexed-column check). */
export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.operand);
    case 'startswith':
      return [node.path];
    case 'compare':
      return [node.left, node.right].flatMap((o) => (o.kind === 'path' ? [o.path] : []));
  }
}
