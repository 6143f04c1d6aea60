/** The syntax tree of an OData `$filter` expression (see parser.ts). */
export type Literal = string | number | boolean | null;

export type Operand =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'literal'; readonly value: Literal };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: ComparisonOperator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'startswith'; readonly path: string; readonly value: string };

/** One `$orderby` key. */
export interface OrderKey {
  readonly path: string;
  readonly descending: boolean;
}
