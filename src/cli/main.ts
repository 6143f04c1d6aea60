/**
 * Technician Hub's command line: `tsx src/cli/main.ts <command> [options]`.
 * Every file in `src/cli/commands/` exports one `CliCommand`; this lists them, parses the options
 * with `node:util` `parseArgs` and runs the one asked for.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isHubError } from '../domain/errors';
import type { CliCommand, CliIo } from './command';

function isCommand(value: unknown): value is CliCommand {
  const c = value as Partial<CliCommand> | undefined;
  return typeof c === 'object' && c !== null && typeof c.name === 'string' && typeof c.run === 'function' && typeof c.options === 'object';
}

/** Every command in `src/cli/commands/` (each file adds one; nothing else to edit). */
export async function loadCommands(dir = join(__dirname, 'commands')): Promise<CliCommand[]> {
  const files = readdirSync(dir).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !f.endsWith('.d.ts'));
  const modules = await Promise.all(files.map((f) => import(join(dir, f)) as Promise<Record<string, unknown>>));
  return modules.flatMap((m) => Object.values(m).filter(isCommand)).sort((a, b) => a.name.localeCompare(b.name));
}

function usage(commands: readonly CliCommand[]): string {
  return ['Usage: tsx src/cli/main.ts <command> [options]', '', ...commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`)].join('\n');
}

/** Runs one command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(name && name !== '--help' ? `Unknown command "${name}".\n\n${usage(commands)}` : usage(commands));
    return name && name !== '--help' ? 2 : 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${command.name}: ${(error as Error).message}`);
    return 2;
  }
  try {
    return (await command.run(parsed.values, parsed.positionals, io)) ?? 0;
  } catch (error) {
    if (isHubError(error)) {
      io.err(`${command.name} failed: ${error.message}`);
      for (const issue of error.details.issues ?? []) io.err(`  ${issue.row !== undefined ? `row ${issue.row}, ` : ''}${issue.field}: ${issue.message}`);
      if (error.details.requestId) io.err(`  (Graph request id ${error.details.requestId})`);
      if (error.code === 'network' && io.env.GRAPH_BASE_URL === undefined) {
        io.err(`  Is the local server running? Start it with npm start (it listens on port ${io.env.PORT || 53000}).`);
      }
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env }).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
