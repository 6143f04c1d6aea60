/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (each exports
 * `run(): Promise<BenchFigure[]>`) and prints one figure a line as `name: value unit`
 * (CONTRACTS.md), so runs can be compared by script. Add a module by adding a file; nothing here
 * changes. `npm run bench -- dataLoad` runs only modules whose file name contains "dataLoad".
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One measured figure. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

interface BenchModule {
  run(): Promise<readonly BenchFigure[]>;
}

function isBenchModule(value: unknown): value is BenchModule {
  return typeof (value as Partial<BenchModule> | undefined)?.run === 'function';
}

/** `name: value unit`, values rounded to what is meaningful. */
export function formatFigure(figure: BenchFigure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(Math.abs(figure.value) >= 100 ? 0 : 2);
  return `${figure.name}: ${value} ${figure.unit}`;
}

async function main(filters: readonly string[]): Promise<number> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  let failed = 0;
  for (const file of files) {
    const mod: unknown = await import(join(__dirname, file));
    if (!isBenchModule(mod)) {
      console.error(`${file}: exports no run() — skipped`);
      continue;
    }
    try {
      for (const figure of await mod.run()) console.log(formatFigure(figure));
    } catch (error) {
      failed++;
      console.error(`${file} failed:`, error);
    }
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
