/**
 * Timing of matrix interactions for the benchmark: from the state change to the first animation
 * frame after React committed it (with layout forced), kept on `window.__hubPerf`. Costs nothing
 * unless something reads it; tests never assert on it.
 */
import type { MatrixFilter } from '../../../../domain/skills/matrix';

export type PerfKind = 'filter' | 'scroll';

export interface HubPerf {
  filter: number[];
  scroll: number[];
  /** `performance.now()` when the matrix first showed data (ms since navigation start). */
  matrixReadyAt?: number;
  /** Drives the mounted matrix; each resolves with the measured milliseconds. */
  matrix?: {
    setFilter(filter: MatrixFilter): Promise<number>;
    scrollBy(dx: number, dy: number): Promise<number>;
  };
}

declare global {
  interface Window {
    __hubPerf?: HubPerf;
  }
}

export function hubPerf(): HubPerf {
  window.__hubPerf ??= { filter: [], scroll: [] };
  return window.__hubPerf;
}

/** Records `performance.now() - start` for `kind` at the next frame, after forcing layout of `element`. */
export function recordAfterFrame(kind: PerfKind, start: number, element: HTMLElement | null): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      element?.getBoundingClientRect();
      const ms = performance.now() - start;
      hubPerf()[kind].push(ms);
      resolve(ms);
    }),
  );
}
