/**
 * `npm run provision -- --site … [--dry-run]` and `npm run seed` as a person runs them, through
 * the command line's `main` against the local server on a fresh DATA_DIR: a dry run changes
 * nothing, the first run prints what it made, and a second run of either makes nothing and says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { demoDirectory } from '../../src/demo';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';

jest.setTimeout(120_000);

let server: LocalGraphServer;
let baseUrl: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'th-cli-'));
  server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  baseUrl = await server.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { port, hostname } = new URL(baseUrl);
  // As `npm run provision` finds the local server: PORT and HOST, the owner's dev token by default.
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { PORT: port, HOST: hostname } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function listNames(): Promise<string[]> {
  const response = await fetch(`${baseUrl}/graph/v1.0/sites/root/lists`, { headers: { Authorization: 'Bearer dev:owner@demo.local' } });
  return ((await response.json()) as { value: { displayName: string }[] }).value.map((l) => l.displayName);
}

describe('npm run provision', () => {
  it('asks for --site, naming the forms it takes', async () => {
    const answer = await run('provision');
    expect(answer.code).toBe(2);
    expect(answer.err).toMatch(/needs --site: the SharePoint site URL .* its Graph id, or "root"/);
  });

  it('with --dry-run says what it would create and creates nothing', async () => {
    const answer = await run('provision', '--site', 'root', '--dry-run');
    expect(answer.code).toBe(0);
    expect(answer.out).toMatch(/^Checking site localhost,/m);
    expect(answer.out).toMatch(/^would create Actions: /m);
    expect(answer.out).toMatch(/^would create Skill Ratings: /m);
    // Lookups are described in the list names a person sees on the site.
    expect(answer.out).toContain('would add Actions: column "Plan" (Plan, looks up Action Plans)');
    expect(answer.out).toMatch(/^Would make \d+ change\(s\)/m);
    expect(server.isEmpty()).toBe(true);
    expect(await listNames()).toEqual([]);
  });

  it('creates the lists on the site named by its URL and prints each change', async () => {
    const answer = await run('provision', '--site', `${baseUrl}/`);
    expect(answer.code).toBe(0);
    expect(answer.out).toMatch(/^create Actions: /m);
    expect(answer.out).toMatch(/^Made [1-9]\d* change\(s\)/m);
    expect(await listNames()).toEqual(expect.arrayContaining(['Action Plans', 'Actions', 'Action Updates', 'Events', 'Event Registrations', 'People', 'Skills', 'Skill Ratings', 'Units']));
  });

  it('creates nothing the second time, and says so', async () => {
    const before = await listNames();
    const answer = await run('provision', '--site', 'root');
    expect(answer.code).toBe(0);
    expect(answer.out).toContain('Nothing created: every list, column and view is already there.');
    expect(answer.out).toMatch(/^Made 0 change\(s\)/m);
    expect(await listNames()).toEqual(before);
  });

  it('adds "Not yet assessed" to the RAG status of a site provisioned before it existed, keeping its items', async () => {
    // Graph "Update columnDefinition" (PATCH /sites/{id}/lists/{id}/columns/{id}) replaces the choice facet.
    const headers = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };
    const lists = (await (await fetch(`${baseUrl}/graph/v1.0/sites/root/lists`, { headers })).json()) as { value: { id: string; displayName: string }[] };
    const actions = lists.value.find((l) => l.displayName === 'Actions')!;
    const columnUrl = `${baseUrl}/graph/v1.0/sites/root/lists/${actions.id}/columns/RagStatus`;
    const old = await fetch(columnUrl, { method: 'PATCH', headers, body: JSON.stringify({ choice: { allowTextEntry: false, choices: ['Red', 'Amber', 'Green', 'Complete'], displayAs: 'dropDownMenu' }, defaultValue: { value: 'Amber' } }) });
    expect(old.status).toBe(200);

    const answer = await run('provision', '--site', 'root');
    expect(answer.code).toBe(0);
    expect(answer.out).toContain('add Actions: choices "Not yet assessed" of "RAG status"');
    const column = (await (await fetch(columnUrl, { headers })).json()) as { choice: { choices: string[] }; defaultValue: { value: string } };
    expect(column.choice.choices).toEqual(['Red', 'Amber', 'Green', 'Complete', 'Not yet assessed']);
    expect(column.defaultValue.value).toBe('Not yet assessed');
    expect((await run('provision', '--site', 'root')).out).toMatch(/^Made 0 change\(s\)/m);
  });

  it('adds "Walk-in" to the Response of Event Registrations on a site provisioned before it, once', async () => {
    const headers = { Authorization: 'Bearer dev:owner@demo.local', 'Content-Type': 'application/json' };
    const lists = (await (await fetch(`${baseUrl}/graph/v1.0/sites/root/lists`, { headers })).json()) as { value: { id: string; displayName: string }[] };
    const registrations = lists.value.find((l) => l.displayName === 'Event Registrations')!;
    const columnUrl = `${baseUrl}/graph/v1.0/sites/root/lists/${registrations.id}/columns/Response`;
    const old = await fetch(columnUrl, { method: 'PATCH', headers, body: JSON.stringify({ choice: { allowTextEntry: false, choices: ['Going', 'Maybe', 'Not going'], displayAs: 'dropDownMenu' } }) });
    expect(old.status).toBe(200);

    const answer = await run('provision', '--site', 'root');
    expect(answer.code).toBe(0);
    expect(answer.out).toContain('add Event Registrations: choices "Walk-in" of "Response"');
    const column = (await (await fetch(columnUrl, { headers })).json()) as { choice: { choices: string[] } };
    expect(column.choice.choices).toEqual(['Going', 'Maybe', 'Not going', 'Walk-in']);
    expect((await run('provision', '--site', 'root')).out).toMatch(/^Made 0 change\(s\)/m);
  });

  it('says which site could not be found', async () => {
    const answer = await run('provision', '--site', `${baseUrl}/sites/elsewhere`);
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/provision failed: .*\/sites\/elsewhere/);
  });
});

describe('commands pointed at the wrong place', () => {
  async function runWith(env: Record<string, string>, ...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('provision against a tenant asks how to sign in instead of sending a local dev token', async () => {
    const answer = await runWith({ GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0' }, 'provision', '--site', 'https://contoso.sharepoint.com/sites/tech', '--dry-run');
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/Say how to sign in to https:\/\/graph.microsoft.com\/v1.0: AZURE_CLIENT_ID and AZURE_TENANT_ID \(after npm run login\)/);
  });

  it('seed refuses a tenant, since demo people only exist on the local server', async () => {
    const answer = await runWith({ GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0', GRAPH_TOKEN: 'token' }, 'seed');
    expect(answer.code).toBe(2);
    expect(answer.err).toMatch(/runs only against the local server.*npm run provision -- --site/);
  });

  it('provision with no local server running says to start it', async () => {
    const answer = await runWith({ PORT: '1' }, 'provision', '--site', 'root');
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(/Is the local server running\? Start it with npm start \(it listens on port 1\)/);
  });
});

describe('npm run seed', () => {
  it('loads the demo data once, and a second run leaves every list alone', async () => {
    const first = await run('seed');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Seeded [1-9]\d* items/m);
    const second = await run('seed');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^ {2}Actions: already has \d+ items, left alone$/m);
    expect(second.out).toMatch(/^ {2}Hub Settings: already has \d+ items?, left alone$/m);
    expect(second.out).toMatch(/^Seeded 0 items/m);
  });
});

describe('npm start settings', () => {
  it.each([
    ['GRAPH_FAULT_RATE', '2', /GRAPH_FAULT_RATE must be a number from 0 to 1 \(got "2"\)/],
    ['GRAPH_LATENCY_MS', 'slow', /GRAPH_LATENCY_MS must be a number from 0 to 60000 \(got "slow"\)/],
    ['PORT', '70000', /PORT must be a number from 0 to 65535/],
  ])('refuses %s=%s before serving anything, naming the variable', async (name, value, message) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['start'], { out: (l) => out.push(l), err: (l) => err.push(l), env: { PORT: '0', DATA_DIR: join(dataDir, 'unused'), [name]: value } });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(out).toEqual([]);
  });
});
