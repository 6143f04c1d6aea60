/**
 * Turns a parsed `$filter` into a predicate. The caller binds each path to a reader and a literal
 * coercion for that column's type (dates to ISO strings, `1`/`0` to booleans, lookups to ids), so
 * this module knows nothing about lists. Text compares case-insensitively, as SharePoint's default
 * collation does; a multi-value column matches `eq` when any of its values does.
 */
import type { ComparisonOperator, FilterNode, Literal, Operand } from './ast';

export type Comparable = string | number | boolean;

export interface PathBinding<T> {
  read(record: T): Comparable | readonly Comparable[] | undefined;
  coerce(literal: Literal): Comparable | null;
}

export type Binder<T> = (path: string) => PathBinding<T>;

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function normalise(value: Comparable): Comparable {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

function compareOne(op: ComparisonOperator, actual: Comparable | undefined, expected: Comparable | null): boolean {
  if (expected === null) {
    if (op === 'eq') return actual === undefined;
    if (op === 'ne') return actual !== undefined;
    return false;
  }
  if (actual === undefined) return op === 'ne';
  const a = normalise(actual);
  const b = normalise(expected);
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
  }
}

function compileCompare<T>(op: ComparisonOperator, left: Operand, right: Operand, bind: Binder<T>): (record: T) => boolean {
  const [pathSide, literalSide, effectiveOp] =
    left.kind === 'path' ? [left, right, op] : [right, left, FLIPPED[op]];
  if (pathSide.kind !== 'path') throw new Error('parser guarantees one path side');
  const binding = bind(pathSide.path);
  if (literalSide.kind === 'path') {
    const other = bind(literalSide.path);
    return (record) => {
      const a = binding.read(record);
      const b = other.read(record);
      if (Array.isArray(a) || Array.isArray(b)) return false;
      return compareOne(effectiveOp, a as Comparable | undefined, (b as Comparable | undefined) ?? null);
    };
  }
  const expected = binding.coerce(literalSide.value);
  return (record) => {
    const actual = binding.read(record);
    if (Array.isArray(actual)) {
      const values = actual as readonly Comparable[];
      if (effectiveOp === 'ne') return !values.some((v) => compareOne('eq', v, expected));
      if (expected === null) return compareOne(effectiveOp, values.length ? values[0] : undefined, null);
      return values.some((v) => compareOne(effectiveOp, v, expected));
    }
    return compareOne(effectiveOp, actual as Comparable | undefined, expected);
  };
}

/** Compiles a filter tree into a predicate over records of type T. */
export function compileFilter<T>(node: FilterNode, bind: Binder<T>): (record: T) => boolean {
  switch (node.kind) {
    case 'and': {
      const l = compileFilter(node.left, bind);
      const r = compileFilter(node.right, bind);
      return (record) => l(record) && r(record);
    }
    case 'or': {
      const l = compileFilter(node.left, bind);
      const r = compileFilter(node.right, bind);
      return (record) => l(record) || r(record);
    }
    case 'not': {
      const inner = compileFilter(node.operand, bind);
      return (record) => !inner(record);
    }
    case 'startswith': {
      const binding = bind(node.path);
      const prefix = node.value.toLowerCase();
      return (record) => {
        const actual = binding.read(record);
        const values = Array.isArray(actual) ? (actual as readonly Comparable[]) : actual === undefined ? [] : [actual as Comparable];
        return values.some((v) => typeof v === 'string' && v.toLowerCase().startsWith(prefix));
      };
    }
    case 'compare':
      return compileCompare(node.op, node.left, node.right, bind);
  }
}
