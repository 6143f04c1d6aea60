import { compileFilter, type Binder } from './evaluate';
import { parseFilter } from './parser';

interface Row {
  readonly id: number;
  readonly Title?: string;
  readonly Level?: number;
  readonly Tags?: string[];
}

const bind: Binder<Row> = (path) => {
  const key = path.replace('fields/', '') as keyof Row;
  return { read: (row) => row[key], coerce: (v) => v };
};

const rows: Row[] = [
  { id: 1, Title: "O'Brien Lab", Level: 3, Tags: ['a', 'b'] },
  { id: 2, Title: 'obscure', Level: 1 },
  { id: 3, Title: 'Workshop', Tags: ['c'] },
];

const ids = (filter: string): number[] => rows.filter(compileFilter(parseFilter(filter), bind)).map((r) => r.id);

describe('OData filter evaluation', () => {
  it('compares text without regard to case, as SharePoint does', () => {
    expect(ids("fields/Title eq 'WORKSHOP'")).toEqual([3]);
  });

  it('finds a title starting with a quote-containing prefix', () => {
    expect(ids("startswith(fields/Title,'o''b')")).toEqual([1]);
    expect(ids("startswith(fields/Title,'ob')")).toEqual([2]);
  });

  it('treats a missing value as null and never as greater or smaller', () => {
    expect(ids('fields/Level eq null')).toEqual([3]);
    expect(ids('fields/Level ne null')).toEqual([1, 2]);
    expect(ids('fields/Level lt 5')).toEqual([1, 2]);
  });

  it('matches multi-value columns when any value matches', () => {
    expect(ids("fields/Tags eq 'b'")).toEqual([1]);
    expect(ids("fields/Tags ne 'b'")).toEqual([2, 3]);
  });

  it('combines with and, or, not and flips a literal on the left', () => {
    expect(ids("fields/Level ge 1 and not (fields/Title eq 'obscure')")).toEqual([1]);
    expect(ids('id eq 2 or id eq 3')).toEqual([2, 3]);
    expect(ids('2 lt fields/Level')).toEqual([1]);
  });
});
