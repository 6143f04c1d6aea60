/**
 * Which rows and columns of the matrix to render for a scroll position. Ranges snap to blocks so
 * small scrolls inside a block re-render nothing; the overscan block hides edges while scrolling.
 */
import type { MatrixView } from '../../../../domain/skills/matrix';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Items per block: ranges start and end on a multiple of it (or at the last item). */
export const BLOCK = 8;

/** The items (of `size` px each, `count` in all) visible in `[scroll, scroll + viewport)`, widened to whole blocks plus one. */
export function visibleRange(scroll: number, viewport: number, size: number, count: number, block = BLOCK): Range {
  const first = Math.min(count, Math.max(0, Math.floor(scroll / size)));
  const last = Math.min(count, Math.ceil((scroll + viewport) / size));
  const start = Math.max(0, (Math.floor(first / block) - 1) * block);
  const end = Math.min(count, (Math.ceil(last / block) + 1) * block);
  return { start, end: Math.max(start, end) };
}

/** Row lines of the matrix: a unit heading before its people. Values ≥ 0 are matrix rows; -1-g is heading of row group g. */
export function rowLines(view: MatrixView): Int32Array {
  const lines = new Int32Array(view.rows.length + view.rowGroups.length);
  let i = 0;
  view.rowGroups.forEach((g, gi) => {
    lines[i++] = -1 - gi;
    for (let k = g.start; k < g.end; k++) lines[i++] = view.rows[k];
  });
  return lines;
}

export const sameRange = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;
