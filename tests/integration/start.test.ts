/**
 * `npm start` on an empty DATA_DIR (without the tab build): the command provisions and seeds the
 * local site through the data layer over HTTP, prints its URL, and then
 * `GET /graph/v1.0/sites/root/lists` lists every contract list with seeded items.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LISTS } from '../../src/data/schema/lists';

jest.setTimeout(180_000);

const CONTRACT_LISTS = ['Action Plans', 'Actions', 'Action Updates', 'Events', 'Event Registrations', 'People', 'Skills', 'Skill Ratings', 'Units'];
const ROOT = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Resolves with the printed URL once the command says it is running; rejects if it exits first. */
function waitForUrl(child: ChildProcess, output: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Technician Hub is running at (http:\/\/\S+)/.exec(output.join(''));
      if (match) done(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => fail(new Error(`start exited with ${code} before serving:\n${output.join('')}`)));
  });
}

describe('npm start on an empty data directory', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;

  afterAll(() => {
    // The command runs in its own process group (detached): end that group, nothing else.
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('provisions and seeds, then serves every list with items', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'th-start-'));
    const port = await freePort();
    const output: string[] = [];
    child = spawn('npx', ['tsx', 'src/cli/main.ts', 'start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, GRAPH_LATENCY_MS: '', GRAPH_FAULT_RATE: '' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await waitForUrl(child, output);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(output.join('')).toContain(`Provisioned ${LISTS.length} lists`);

    const get = async (path: string) => {
      const response = await fetch(`${url}graph/v1.0${path}`, { headers: { Authorization: 'Bearer dev:visitor@demo.local' } });
      expect(response.status).toBe(200);
      return (await response.json()) as { value: { displayName: string }[] };
    };
    const lists = (await get('/sites/root/lists')).value.map((l) => l.displayName);
    expect(lists).toEqual(expect.arrayContaining(CONTRACT_LISTS));
    for (const name of CONTRACT_LISTS) {
      const items = await get(`/sites/root/lists/${encodeURIComponent(name)}/items?$top=1`);
      expect({ name, seeded: items.value.length }).toEqual({ name, seeded: 1 });
    }
  });
});
