import type { ParseArgsConfig } from 'node:util';

/** Parsed option values of one command (`--site x` → `{ site: 'x' }`). */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** Where a command writes; tests pass their own. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One CLI command, declared once: its name, a line of help, its options and what it does. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** `node:util` `parseArgs` option declarations. */
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the process exit code (0 when omitted). */
  run(values: OptionValues, positionals: readonly string[], io: CliIo): Promise<number | void>;
}

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
