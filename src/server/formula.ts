/**
 * SharePoint validation formulas, the subset the local site evaluates: a column's own rule
 * (Graph `columnDefinition.validation.formula`, e.g. `=OR(ISBLANK([Capacity]),INT([Capacity])=[Capacity])`)
 * and a list's rule across columns (SharePoint REST `ValidationFormula`, e.g. `=[End]>=[Start]`;
 * Graph has no API for it). https://learn.microsoft.com/en-us/graph/api/resources/columnvalidation
 * and https://support.microsoft.com/office/examples-of-common-formulas-in-lists-d81f5f21-2b4e-45ce-b170-bc3ea2b8c8f3
 *
 * Supported: numbers, "text", TRUE/FALSE, `[Column]`, + - * / &, = <> < <= > >=, AND, OR, NOT,
 * ISBLANK, INT, ROUND, LEN, IF. A formula using anything else is refused when it is set, so a rule
 * is never stored and then silently not enforced.
 */
import { badRequest } from './errors';

type Value = number | string | boolean | null;

type Node =
  | { readonly kind: 'literal'; readonly value: Value }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: 'negate'; readonly operand: Node }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] };

/** A parsed formula: the columns it reads and a test of one item's values. */
export interface Formula {
  readonly source: string;
  readonly columns: readonly string[];
  /** True when the values pass the rule. */
  test(values: Readonly<Record<string, unknown>>): boolean;
}

const FUNCTIONS: Readonly<Record<string, { min: number; max: number }>> = {
  AND: { min: 1, max: 30 },
  OR: { min: 1, max: 30 },
  NOT: { min: 1, max: 1 },
  ISBLANK: { min: 1, max: 1 },
  INT: { min: 1, max: 1 },
  ROUND: { min: 2, max: 2 },
  LEN: { min: 1, max: 1 },
  IF: { min: 2, max: 3 },
};
const MAX_FORMULA_LENGTH = 1024;
const MAX_DEPTH = 32;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|\[([^\]]+)\]|([A-Za-z]+)|(<>|<=|>=|[-+*/&=<>(),]))/y;

type Token = { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'column'; name: string } | { kind: 'word'; text: string } | { kind: 'op'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) throw badRequest(`The validation formula cannot be read at position ${at + 1}: '${source.slice(at, at + 10)}'.`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'number', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'string', value: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: 'column', name: m[3].trim() });
    else if (m[4] !== undefined) tokens.push({ kind: 'word', text: m[4].toUpperCase() });
    else tokens.push({ kind: 'op', text: m[5] });
  }
  return tokens;
}

/** Precedence climbing: comparison < & < + - < * / < unary minus. */
const LEVELS: readonly (readonly string[])[] = [['=', '<>', '<', '<=', '>', '>='], ['&'], ['+', '-'], ['*', '/']];

class FormulaParser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.level(0);
    if (this.index < this.tokens.length) throw badRequest('The validation formula has something left over after its end.');
    return node;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.index];
    return t?.kind === 'op' ? t.text : undefined;
  }

  private level(n: number): Node {
    if (n === LEVELS.length) return this.unary();
    let left = this.level(n + 1);
    for (let op = this.peekOp(); op !== undefined && LEVELS[n].includes(op); op = this.peekOp()) {
      this.index += 1;
      left = { kind: 'binary', op, left, right: this.level(n + 1) };
    }
    return left;
  }

  private unary(): Node {
    if (this.peekOp() === '-') {
      this.index += 1;
      return { kind: 'negate', operand: this.nested(() => this.unary()) };
    }
    return this.primary();
  }

  private nested<T>(parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) throw badRequest(`The validation formula nests more than ${MAX_DEPTH} levels deep.`);
    const node = parse();
    this.depth -= 1;
    return node;
  }

  private expectOp(text: string): void {
    if (this.peekOp() !== text) throw badRequest(`The validation formula is missing '${text}'.`);
    this.index += 1;
  }

  private primary(): Node {
    const token = this.tokens[this.index++];
    if (!token) throw badRequest('The validation formula ends too soon.');
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'column':
        return { kind: 'column', name: token.name };
      case 'op': {
        if (token.text !== '(') throw badRequest(`The validation formula has '${token.text}' where a value belongs.`);
        const inner = this.nested(() => this.level(0));
        this.expectOp(')');
        return inner;
      }
      case 'word': {
        if (token.text === 'TRUE' || token.text === 'FALSE') return { kind: 'literal', value: token.text === 'TRUE' };
        const fn = FUNCTIONS[token.text];
        if (!fn) throw badRequest(`The local site does not evaluate the function ${token.text} in validation formulas; use ${Object.keys(FUNCTIONS).join(', ')}.`);
        this.expectOp('(');
        const args: Node[] = [];
        if (this.peekOp() !== ')') {
          for (;;) {
            args.push(this.nested(() => this.level(0)));
            if (this.peekOp() !== ',') break;
            this.index += 1;
          }
        }
        this.expectOp(')');
        if (args.length < fn.min || args.length > fn.max) throw badRequest(`${token.text} takes ${fn.min === fn.max ? fn.min : `${fn.min} to ${fn.max}`} arguments in a validation formula.`);
        return { kind: 'call', name: token.text, args };
      }
    }
  }
}

const isBlank = (v: Value): boolean => v === null || v === '';
const asNumber = (v: Value): number => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : v === null || v === '' ? 0 : Number(v));
const asBoolean = (v: Value): boolean => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : v !== null && v !== '' && v.toUpperCase() !== 'FALSE');

function compare(op: string, a: Value, b: Value): boolean {
  // Dates are stored as ISO instants in UTC ("2027-03-01T10:00:00Z"), which compare as text in time order.
  const both = typeof a === 'number' || typeof b === 'number' ? [asNumber(a), asNumber(b)] : [String(a ?? ''), String(b ?? '')];
  const [x, y] = both as [number, number] | [string, string];
  switch (op) {
    case '=':
      return x === y;
    case '<>':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

function evaluate(node: Node, values: Readonly<Record<string, unknown>>): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'column': {
      const v = values[node.name];
      return v === undefined || v === null ? null : Array.isArray(v) ? v.join(';') : (v as Value);
    }
    case 'negate':
      return -asNumber(evaluate(node.operand, values));
    case 'binary': {
      const a = evaluate(node.left, values);
      const b = evaluate(node.right, values);
      switch (node.op) {
        case '+':
          return asNumber(a) + asNumber(b);
        case '-':
          return asNumber(a) - asNumber(b);
        case '*':
          return asNumber(a) * asNumber(b);
        case '/':
          return asNumber(a) / asNumber(b);
        case '&':
          return `${a ?? ''}${b ?? ''}`;
        default:
          return compare(node.op, a, b);
      }
    }
    case 'call': {
      const arg = (i: number) => evaluate(node.args[i], values);
      switch (node.name) {
        case 'AND':
          return node.args.every((_, i) => asBoolean(arg(i)));
        case 'OR':
          return node.args.some((_, i) => asBoolean(arg(i)));
        case 'NOT':
          return !asBoolean(arg(0));
        case 'ISBLANK':
          return isBlank(arg(0));
        case 'INT':
          return Math.floor(asNumber(arg(0)));
        case 'ROUND': {
          const factor = 10 ** asNumber(arg(1));
          return Math.round(asNumber(arg(0)) * factor) / factor;
        }
        case 'LEN':
          return String(arg(0) ?? '').length;
        default:
          return asBoolean(arg(0)) ? arg(1) : node.args.length > 2 ? arg(2) : false;
      }
    }
  }
}

function columnsOf(node: Node, into: Set<string>): Set<string> {
  if (node.kind === 'column') into.add(node.name);
  else if (node.kind === 'binary') {
    columnsOf(node.left, into);
    columnsOf(node.right, into);
  } else if (node.kind === 'negate') columnsOf(node.operand, into);
  else if (node.kind === 'call') for (const a of node.args) columnsOf(a, into);
  return into;
}

/** Parses a validation formula (`=…`); 400 naming what is wrong when it cannot be evaluated. */
export function parseFormula(source: string): Formula {
  if (source.length > MAX_FORMULA_LENGTH) throw badRequest(`A validation formula may be at most ${MAX_FORMULA_LENGTH} characters long.`);
  const body = source.trim().replace(/^=/, '');
  if (body.trim() === '') throw badRequest('The validation formula is empty.');
  const node = new FormulaParser(tokenize(body)).parse();
  return { source, columns: [...columnsOf(node, new Set())], test: (values) => asBoolean(evaluate(node, values)) };
}
