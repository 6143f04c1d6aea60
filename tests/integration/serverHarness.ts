/**
 * Starts the local Graph server in-process on a free port with a fresh data directory and a
 * small directory of people, and calls it over real HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphServer, type DirectoryUser, type GraphServerOptions, type LocalGraphServer } from '../../src/server/createGraphServer';

export const PEOPLE: readonly DirectoryUser[] = [
  { id: '0b5e1c3a-0000-4000-8000-000000000001', userPrincipalName: 'owner@demo.local', displayName: 'Olivia Owner', mail: 'owner@demo.local', jobTitle: 'Technical Manager', siteRole: 'owner' },
  { id: '0b5e1c3a-0000-4000-8000-000000000002', userPrincipalName: 'member@demo.local', displayName: 'Marcus Member', mail: 'member@demo.local', jobTitle: 'Technician', siteRole: 'member' },
  { id: '0b5e1c3a-0000-4000-8000-000000000003', userPrincipalName: 'member2@demo.local', displayName: 'Mina Member', mail: 'member2@demo.local', siteRole: 'member' },
  { id: '0b5e1c3a-0000-4000-8000-000000000004', userPrincipalName: 'visitor@demo.local', displayName: 'Victor Visitor', mail: 'visitor@demo.local', siteRole: 'visitor' },
];

export interface CallOptions {
  readonly as?: string | null;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface TestServer {
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly server: LocalGraphServer;
  /** Calls `/graph/v1.0{path}` (or an absolute URL) as `as` (default the owner; null: no token). */
  graph<T = Record<string, unknown>>(method: string, path: string, options?: CallOptions): Promise<Answer<T>>;
  stop(): Promise<void>;
}

export async function startServer(options: Partial<GraphServerOptions> = {}, dataDir = mkdtempSync(join(tmpdir(), 'graph-server-'))): Promise<TestServer> {
  const server = await createGraphServer({ dataDir, directory: PEOPLE, ...options });
  const baseUrl = await server.listen(0, '127.0.0.1');
  return {
    baseUrl,
    dataDir,
    server,
    async graph(method, path, { as = 'owner@demo.local', body, headers = {} } = {}) {
      const url = path.startsWith('http') ? path : `${baseUrl}/graph/v1.0${path}`;
      const response = await fetch(url, {
        method,
        headers: { ...(as ? { Authorization: `Bearer dev:${as}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
    },
    stop: () => server.close(),
  };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** The columns the tests' lists use: enough of every kind. */
export async function createTestLists(t: TestServer): Promise<{ units: string; people: string; ratings: string }> {
  const units = await t.graph<{ id: string }>('POST', '/sites/root/lists', {
    body: { displayName: 'Units', columns: [{ name: 'UnitKind', choice: { choices: ['Faculty', 'School'], allowTextEntry: true } }], list: { template: 'genericList' } },
  });
  const people = await t.graph<{ id: string }>('POST', '/sites/root/lists', {
    body: {
      displayName: 'People',
      columns: [
        { name: 'Email', text: { maxLength: 255 }, required: true, indexed: true, enforceUniqueValues: true },
        { name: 'Unit', lookup: { listId: units.body.id, columnName: 'Title' }, indexed: true },
        { name: 'Units', lookup: { listId: units.body.id, columnName: 'Title', allowMultipleValues: true } },
        { name: 'PersonRole', choice: { choices: ['Technician', 'Manager'] }, defaultValue: { value: 'Technician' }, indexed: true },
        { name: 'Skills', choice: { choices: ['Lasers', 'Microscopy', 'Welding'], displayAs: 'checkBoxes' } },
        { name: 'Level', number: { minimum: 0, maximum: 4 }, indexed: true },
        { name: 'Active', boolean: {}, indexed: true },
        { name: 'Started', dateTime: { format: 'dateOnly' }, indexed: true },
        { name: 'Notes', text: { allowMultipleLines: true } },
      ],
      list: { template: 'genericList' },
    },
  });
  const ratings = await t.graph<{ id: string }>('POST', '/sites/root/lists', {
    body: { displayName: 'Skill Ratings', columns: [{ name: 'Level', number: { minimum: 0, maximum: 4 } }], list: { template: 'genericList' } },
  });
  for (const r of [units, people, ratings]) if (r.status !== 201) throw new Error(`list create failed: ${JSON.stringify(r.body)}`);
  return { units: units.body.id, people: people.body.id, ratings: ratings.body.id };
}
