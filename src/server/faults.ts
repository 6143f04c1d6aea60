/**
 * Fault injection, in the manner of Microsoft's Dev Proxy and the Graph client's ChaosHandler:
 * added latency per Graph request and a share of requests answered 429 or 503 with
 * `Retry-After: 1` (https://learn.microsoft.com/en-us/graph/throttling). The random source is
 * injected so tests are deterministic.
 */
import { badRequest, serviceNotAvailable, tooManyRequests, type GraphError } from './errors';

/** The most latency that can be added to a request (one minute, as GRAPH_LATENCY_MS allows). */
export const MAX_LATENCY_MS = 60_000;

export interface FaultSettings {
  latencyMs: number;
  faultRate: number;
  /**
   * Added per list item in an answer (a page of 5,000 then costs 5,000 × this): real SharePoint
   * takes seconds for a large page, and a bench that ignores it flatters full loads.
   */
  itemLatencyMs?: number;
}

export interface Faults {
  readonly settings: FaultSettings;
  /** Waits the configured latency. */
  delay(): Promise<void>;
  /** Waits the per-item cost for an answer holding `items` list items. */
  delayForItems(items: number): Promise<void>;
  /** The injected failure for this request, if the dice say so. */
  roll(): GraphError | undefined;
  update(patch: unknown): FaultSettings;
}

export function createFaults(initial: FaultSettings, random: () => number): Faults {
  const settings: FaultSettings = { ...initial };
  return {
    settings,
    delay: () => (settings.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, settings.latencyMs)) : Promise.resolve()),
    delayForItems: (items) => {
      const ms = Math.min(MAX_LATENCY_MS, (settings.itemLatencyMs ?? 0) * items);
      return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
    },
    roll() {
      if (settings.faultRate <= 0 || random() >= settings.faultRate) return undefined;
      return random() < 0.5 ? tooManyRequests(1) : serviceNotAvailable(1);
    },
    update(patch) {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw badRequest('Send { "latencyMs": number, "faultRate": number between 0 and 1, "itemLatencyMs": number }.');
      const unknown = Object.keys(patch).filter((k) => k !== 'latencyMs' && k !== 'faultRate' && k !== 'itemLatencyMs');
      if (unknown.length) throw badRequest(`Unknown fault setting '${unknown[0]}': send latencyMs, faultRate and/or itemLatencyMs.`);
      const { latencyMs, faultRate, itemLatencyMs } = patch as Record<string, unknown>;
      if (itemLatencyMs !== undefined && (typeof itemLatencyMs !== 'number' || !Number.isFinite(itemLatencyMs) || itemLatencyMs < 0 || itemLatencyMs > 100)) {
        throw badRequest('itemLatencyMs must be a number of milliseconds per item from 0 to 100.');
      }
      if (latencyMs !== undefined && (typeof latencyMs !== 'number' || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS)) {
        throw badRequest(`latencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}.`);
      }
      if (faultRate !== undefined && (typeof faultRate !== 'number' || faultRate < 0 || faultRate > 1)) throw badRequest('faultRate must be a number between 0 and 1.');
      if (typeof latencyMs === 'number') settings.latencyMs = latencyMs;
      if (typeof faultRate === 'number') settings.faultRate = faultRate;
      if (typeof itemLatencyMs === 'number') settings.itemLatencyMs = itemLatencyMs;
      return { ...settings };
    },
  };
}
