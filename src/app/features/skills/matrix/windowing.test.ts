import type { MatrixView } from '../../../../domain/skills/matrix';
import { rowLines, visibleRange } from './windowing';

describe('matrix windowing', () => {
  it('renders the visible items widened to whole blocks with one block of overscan', () => {
    expect(visibleRange(0, 240, 24, 650)).toEqual({ start: 0, end: 24 });
    expect(visibleRange(2400, 240, 24, 650)).toEqual({ start: 88, end: 120 });
  });

  it('never goes past the last item, and is empty when there are none', () => {
    expect(visibleRange(15_000, 600, 24, 650)).toEqual({ start: 616, end: 650 });
    expect(visibleRange(0, 600, 24, 0)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the same range for small scrolls inside a block, so nothing re-renders', () => {
    expect(visibleRange(2400, 240, 24, 650)).toEqual(visibleRange(2410, 240, 24, 650));
  });

  it('puts a unit heading line before each unit’s people', () => {
    const view = { rows: Int32Array.from([4, 5, 9]), rowGroups: [{ key: 'a', label: 'A', start: 0, end: 2 }, { key: 'b', label: 'B', start: 2, end: 3 }] } as unknown as MatrixView;
    expect(Array.from(rowLines(view))).toEqual([-1, 4, 5, -2, 9]);
  });
});
