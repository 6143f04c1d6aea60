/**
 * The app's server as a real process — `tsx src/cli/main.ts start`, the command behind
 * `npm start` (without the tab build) — on loopback, with a DATA_DIR that outlives it, so a test
 * can kill it with SIGKILL mid-stream and start it again on the same port and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../..');

export interface ServerProcessOptions {
  readonly port: number;
  readonly dataDir: string;
  /** Extra environment (GRAPH_LATENCY_MS, GRAPH_FAULT_RATE…). */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for "running at" (a first start provisions and seeds). */
  readonly timeoutMs: number;
}

export interface ServerProcess {
  readonly url: string;
  /** SIGKILL to the whole process group: no shutdown hooks, no flushing. Resolves once it is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (then SIGKILL after 5 s): a normal stop. */
  stop(): Promise<void>;
  output(): string;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', DATA_DIR: options.dataDir, GRAPH_LATENCY_MS: '', GRAPH_FAULT_RATE: '', ...options.env },
    // Its own process group, so a signal reaches npx, tsx and the server together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const end = async (signal: NodeJS.Signals): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child, signal);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((done) => (timer = setTimeout(() => done('late'), 5000)));
    if ((await Promise.race([exited, late])) === 'late') {
      signalGroup(child, 'SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  };

  try {
    const url = await waitForUrl(child, () => output, options.port, options.timeoutMs);
    return { url, kill9: () => end('SIGKILL'), stop: () => end('SIGTERM'), output: () => output };
  } catch (error) {
    await end('SIGKILL');
    throw error;
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function waitForUrl(child: ChildProcess, output: () => string, port: number, timeoutMs: number): Promise<string> {
  const pattern = new RegExp(`running at (http://127\\.0\\.0\\.1:${port})/`);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => finish(new Error(`The server printed no URL within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = pattern.exec(output());
      if (match) finish(undefined, match[1]);
    };
    const onExit = (code: number | null) => finish(new Error(`The server exited (code ${code}) before serving:\n${output()}`));
    function finish(error?: Error, url?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
      if (error) fail(error);
      else done(url as string);
    }
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', onExit);
    check();
  });
}
