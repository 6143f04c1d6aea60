/**
 * The reliability workload at bench size (the suite in `tests/reliability` runs it at CI size):
 * 50 concurrent clients against a real `tsx src/cli/main.ts start` process on loopback, 100 ms
 * latency, 10% injected 429/503, two `kill -9`s mid-stream with restarts on the same data.
 * Prints requests, acknowledged writes, lost, duplicates, conflicts detected and p50/p95.
 * A run that loses or duplicates anything fails the bench rather than printing a figure.
 */
import { reliabilityFigures, runReliability } from '../tests/reliability/support/workload';
import type { BenchFigure } from './run';

export async function run(): Promise<BenchFigure[]> {
  const report = await runReliability({ clients: 50, opsPerClient: 40, latencyMs: 100, faultRate: 0.1, kills: 2, deadlineMs: 600_000 }, (line) => console.error(line));
  const broken = report.lost + report.duplicates + report.phantoms + report.undetectedConflicts;
  if (broken > 0 || report.problems.length > 0) throw new Error(`Reliability broken:\n${report.problems.join('\n')}`);
  return reliabilityFigures(report, 'reliability_');
}
