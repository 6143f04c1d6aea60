/**
 * Starts the app as a person would (`tsx src/cli/main.ts start`, the command behind `npm start`)
 * on a free port with a fresh, empty DATA_DIR, which the start command provisions and seeds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths';

export interface StartAppOptions {
  /** Demo data size: the small demo network (default) or a Liverpool-scale one. */
  readonly scale?: 'demo' | 'liverpool';
  /** Extra environment, e.g. `{ GRAPH_LATENCY_MS: '50' }`. */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the URL to be printed (seeding Liverpool scale takes a while). */
  readonly timeoutMs?: number;
}

export interface RunningApp {
  /** The URL the start command printed, e.g. `http://127.0.0.1:53123/`. */
  readonly url: string;
  readonly dataDir: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Stops the app (its whole process group) and deletes the DATA_DIR. */
  stop(): Promise<void>;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'technician-hub-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...(options.scale ? { DEMO_SCALE: options.scale } : {}),
    ...options.env,
  };
  const args = ['tsx', 'src/cli/main.ts', 'start'];
  // detached: its own process group, so stop() ends tsx and the server it runs together.
  const child = spawn('npx', args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // If the test run ends without stop() (a hook timed out, jest was interrupted), take the app
  // down with it rather than leaving a server running.
  const killOnExit = () => {
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  };
  process.once('exit', killOnExit);
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    process.off('exit', killOnExit);
    await killGroup(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await waitForUrl(child, () => output, port, options.timeoutMs ?? 300_000);
    // Once it is up, the running app must not keep the test process alive on its own (the exit
    // handler above still stops it).
    child.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
    return { url, dataDir, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForUrl(child: ChildProcess, output: () => string, port: number, timeoutMs: number): Promise<string> {
  // The start command's last line: "Technician Hub is running at http://127.0.0.1:PORT/".
  const pattern = new RegExp(`running at (https?://[^\\s]*:${port}/?)`, 'i');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`The app printed no URL within ${timeoutMs} ms. Output:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = pattern.exec(output());
      if (match) finish(undefined, match[1]);
    };
    const onExit = (code: number | null) => finish(new Error(`The app exited (code ${code}) before printing its URL. Output:\n${output()}`));
    function finish(error?: Error, url?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url as string);
    }
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', onExit);
    check();
  });
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  // Hold the event loop open until the app has gone (startApp unref'd it once it was up).
  child.ref();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), 5000)));
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await exited;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** A port nobody is listening on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
