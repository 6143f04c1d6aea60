/**
 * The reliability suite at CI size: 20 concurrent clients against a real server process
 * (`tsx src/cli/main.ts start`, as `npm start` runs it) on loopback, with 100 ms latency and 10%
 * injected 429/503, one `kill -9` mid-stream and a restart on the same data. Larger runs:
 * `npm run bench -- reliability` (RELIABILITY_CLIENTS / RELIABILITY_OPS here override the size).
 * Throttling and Retry-After: https://learn.microsoft.com/en-us/graph/throttling; If-Match and
 * 412: https://learn.microsoft.com/en-us/graph/api/listitem-update; $batch:
 * https://learn.microsoft.com/en-us/graph/json-batching.
 */
import { formatFigures, reliabilityFigures, runReliability, type ReliabilityReport } from './support/workload';

jest.setTimeout(300_000);

const size = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

describe('reliability: concurrent clients, injected faults, kill -9 and restart', () => {
  let report: ReliabilityReport;

  beforeAll(async () => {
    report = await runReliability(
      { clients: Math.max(20, size('RELIABILITY_CLIENTS', 20)), opsPerClient: size('RELIABILITY_OPS', 10), latencyMs: 100, faultRate: 0.1, kills: 1, deadlineMs: 120_000 },
      (line) => process.stdout.write(`${line}\n`),
    );
    process.stdout.write(`${formatFigures(reliabilityFigures(report))}\n`);
  });

  it('ran the whole workload: every client, a restart, and writes acknowledged', () => {
    expect({ restarts: report.restarts, anyAcknowledged: report.acknowledged > report.settings.clients, anyRefusedBatch: report.refusedBatches > 0 }).toEqual({ restarts: 1, anyAcknowledged: true, anyRefusedBatch: true });
  });

  it('keeps every acknowledged write, exactly once, in its acknowledged state', () => {
    expect({ lost: report.lost, duplicates: report.duplicates, problems: report.problems }).toEqual({ lost: 0, duplicates: 0, problems: [] });
  });

  it('detects every conflicting edit: of two edits from the same version, one is refused with 412', () => {
    expect(report.undetectedConflicts).toBe(0);
    expect(report.conflictsDetected).toBeGreaterThanOrEqual(report.contests);
    expect(report.contests).toBeGreaterThan(0);
  });

  it('leaves nothing from a refused batch, even across the restart', () => {
    expect(report.phantoms).toBe(0);
  });
});
