/**
 * The reliability workload: N concurrent clients doing mixed reads and writes against a real
 * server process on loopback, with injected latency and 429/503 faults (honouring `Retry-After`,
 * as https://learn.microsoft.com/en-us/graph/throttling asks), conflicting edits guarded by
 * `If-Match` (https://learn.microsoft.com/en-us/graph/api/listitem-update), batches refused for a
 * `dependsOn` cycle, and `kill -9` of the server mid-stream followed by a restart on the same data.
 * At the end everything is read back and checked: every acknowledged write present exactly once
 * and in its acknowledged state, no duplicates, nothing from a refused batch, every conflicting
 * edit refused with 412. Every loop is bounded in count and in time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../../browser/support/startApp';
import { startServerProcess, type ServerProcess } from './serverProcess';

export interface ReliabilitySettings {
  /** Concurrent clients (at least 20 for the suite). */
  readonly clients: number;
  /** Operations each client performs (an operation is one or a few requests). */
  readonly opsPerClient: number;
  /** Latency the server adds to every request. */
  readonly latencyMs: number;
  /** Share of requests the server answers 429 or 503. */
  readonly faultRate: number;
  /** How many times the server is killed with SIGKILL mid-stream and started again. */
  readonly kills: number;
  /** The whole workload stops issuing operations after this long. */
  readonly deadlineMs: number;
}

export interface ReliabilityReport {
  readonly settings: ReliabilitySettings;
  /** HTTP requests the clients sent, retries included. */
  readonly requests: number;
  /** Writes (creates, updates, deletes) the server acknowledged with a 2xx. */
  readonly acknowledged: number;
  /** Acknowledged writes missing, or not in their acknowledged state, at the end. */
  readonly lost: number;
  /** Items present more than once. */
  readonly duplicates: number;
  /** Items written by a refused `$batch` that are present anyway. */
  readonly phantoms: number;
  /** Conflicting edits refused with 412. */
  readonly conflictsDetected: number;
  /** Conflicting edits (same If-Match) both accepted: lost updates in the making. */
  readonly undetectedConflicts: number;
  /** Contests where both edits were answered (each must give one 200 and one 412). */
  readonly contests: number;
  readonly refusedBatches: number;
  /** Writes whose answer never came (in flight at a kill): may be present once or not at all. */
  readonly unknownOutcome: number;
  readonly restarts: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly durationMs: number;
  /** Anything unexpected, in words. */
  readonly problems: readonly string[];
}

/** A figure in the bench format (`name: value unit`). */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export function reliabilityFigures(report: ReliabilityReport, prefix = ''): Figure[] {
  const f = (name: string, value: number, unit: string): Figure => ({ name: `${prefix}${name}`, value, unit });
  return [
    f('clients', report.settings.clients, 'clients'),
    f('requests', report.requests, 'requests'),
    f('acknowledged', report.acknowledged, 'writes'),
    f('lost', report.lost, 'writes'),
    f('duplicates', report.duplicates, 'items'),
    f('phantoms', report.phantoms, 'items'),
    f('conflicts_detected', report.conflictsDetected, 'conflicts'),
    f('undetected_conflicts', report.undetectedConflicts, 'conflicts'),
    f('refused_batches', report.refusedBatches, 'batches'),
    f('unknown_outcome', report.unknownOutcome, 'writes'),
    f('restarts', report.restarts, 'restarts'),
    f('p50_ms', Math.round(report.p50Ms), 'ms'),
    f('p95_ms', Math.round(report.p95Ms), 'ms'),
    f('duration_ms', Math.round(report.durationMs), 'ms'),
  ];
}

export const formatFigures = (figures: readonly Figure[]): string => figures.map((x) => `${x.name}: ${x.value} ${x.unit}`).join('\n');

const OWNER = 'owner@demo.local';
const WRITERS = ['member@demo.local', 'owner@demo.local'];
const LIST = 'Reliability Probe';
/** One request never waits longer than this for its answer. */
const REQUEST_TIMEOUT_MS = 15_000;
/** Attempts per request under injected faults before giving up (nothing was written then). */
const MAX_FAULT_ATTEMPTS = 10;
/** How long clients wait for a killed server to come back. */
const RESTART_WAIT_MS = 90_000;

type Outcome =
  | { readonly kind: 'answer'; readonly status: number; readonly etag?: string; readonly retryAfterMs: number; readonly body: unknown }
  /** Refused before anything was sent: the server was down. Safe to send again. */
  | { readonly kind: 'refused' }
  /** Sent, but no answer: it may or may not have been done. */
  | { readonly kind: 'unknown'; readonly reason: string };
/** What a client ends up with: refusals are retried until the server is back. */
type Settled = Exclude<Outcome, { kind: 'refused' }>;

/** A small seeded random source (mulberry32), so a run's mix of operations is repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const versionOf = (etag: string | undefined): number => Number(/,(\d+)"?$/.exec(etag ?? '')?.[1] ?? NaN);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface OwnItem {
  readonly title: string;
  readonly id: string;
  etag: string | undefined;
  /** Values the item may hold at the end: the last acknowledged one and any sent after it without an answer. */
  allowed: string[];
  deleted: 'no' | 'acknowledged' | 'unknown';
}

interface SharedItem {
  readonly id: string;
  readonly initialVersion: number;
  readonly acks: { version: number; value: string }[];
  readonly unknownValues: string[];
}

export async function runReliability(settings: ReliabilitySettings, log: (line: string) => void = () => undefined): Promise<ReliabilityReport> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'th-reliability-'));
  const port = await freePort();
  const faultEnv = { GRAPH_LATENCY_MS: String(settings.latencyMs), GRAPH_FAULT_RATE: String(settings.faultRate) };
  const problems: string[] = [];
  const latencies: number[] = [];
  let requests = 0;
  let acknowledged = 0;
  let conflictsDetected = 0;
  let undetectedConflicts = 0;
  let contests = 0;
  let refusedBatches = 0;
  let unknownOutcome = 0;
  let restarts = 0;
  let completedOps = 0;

  // A first start on an empty DATA_DIR provisions and seeds the demo site, without faults.
  let server: ServerProcess = await startServerProcess({ port, dataDir, timeoutMs: 240_000 });
  const base = server.url;
  let serverUp: Promise<void> = Promise.resolve();

  const once = async (method: string, path: string, as: string, body?: unknown, headers: Record<string, string> = {}): Promise<Outcome> => {
    await serverUp;
    requests += 1;
    const t0 = performance.now();
    try {
      const response = await fetch(path.startsWith('http') ? path : `${base}/graph/v1.0${path}`, {
        method,
        headers: { Authorization: `Bearer dev:${as}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      latencies.push(performance.now() - t0);
      const retryAfter = Number(response.headers.get('retry-after') ?? '1');
      return { kind: 'answer', status: response.status, etag: response.headers.get('etag') ?? undefined, retryAfterMs: Math.min(5, Math.max(0, retryAfter)) * 1000, body: text ? (JSON.parse(text) as unknown) : undefined };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      return code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'unknown', reason: String(code ?? (error as Error).message) };
    }
  };

  /** Waits (bounded) until the server answers again after a kill. */
  const waitForServer = async (): Promise<void> => {
    const until = Date.now() + RESTART_WAIT_MS;
    while (Date.now() < until) {
      await serverUp;
      try {
        await fetch(`${base}/graph/v1.0/me`, { headers: { Authorization: `Bearer dev:${OWNER}` }, signal: AbortSignal.timeout(2000) });
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`The server did not come back within ${RESTART_WAIT_MS} ms:\n${server.output()}`);
  };

  /** One request with the retries a careful Graph client makes: after 429/503 (Retry-After) and while the server is down. */
  const send = async (method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>): Promise<Settled> => {
    for (let attempt = 1, faults = 0; attempt <= MAX_FAULT_ATTEMPTS * 3; attempt += 1) {
      const outcome = await once(method, path, as, body, headers);
      if (outcome.kind === 'refused') {
        await waitForServer();
        continue;
      }
      if (outcome.kind === 'answer' && (outcome.status === 429 || outcome.status === 503) && ++faults < MAX_FAULT_ATTEMPTS) {
        await sleep(outcome.retryAfterMs);
        continue;
      }
      return outcome;
    }
    return { kind: 'unknown', reason: 'too many attempts' };
  };

  const expectStatus = (what: string, outcome: Outcome, ...statuses: number[]): outcome is Extract<Outcome, { kind: 'answer' }> => {
    if (outcome.kind !== 'answer') return false;
    if (statuses.includes(outcome.status)) return true;
    problems.push(`${what}: answered ${outcome.status} ${JSON.stringify(outcome.body).slice(0, 300)}`);
    return false;
  };

  try {
    // The probe list and the items every client contends for, made before faults are switched on.
    const listAnswer = await send('POST', '/sites/root/lists', OWNER, {
      displayName: LIST,
      columns: [{ name: 'Client', text: {} }, { name: 'Value', text: {} }],
      list: { template: 'genericList' },
    });
    if (!expectStatus('creating the probe list', listAnswer, 201)) throw new Error(problems.join('\n'));
    const items = `/sites/root/lists/${(listAnswer.body as { id: string }).id}/items`;
    const shared: SharedItem[] = [];
    for (let i = 0; i < Math.max(1, Math.ceil(settings.clients / 5)); i += 1) {
      const made = await send('POST', items, OWNER, { fields: { Title: `shared-${i}`, Value: 'start' } });
      if (!expectStatus('creating a shared item', made, 201)) throw new Error(problems.join('\n'));
      shared.push({ id: (made.body as { id: string }).id, initialVersion: versionOf(made.etag), acks: [], unknownValues: [] });
    }
    const setFaults = await fetch(`${base}/_local/faults`, { method: 'POST', headers: { Authorization: `Bearer dev:${OWNER}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: settings.latencyMs, faultRate: settings.faultRate }) });
    if (!setFaults.ok) throw new Error(`Setting faults failed: ${setFaults.status} ${await setFaults.text()}`);

    const own: OwnItem[] = [];
    const unknownCreates = new Set<string>();
    const refusedMarkers = new Set<string>();
    const deadline = Date.now() + settings.deadlineMs;
    const totalOps = settings.clients * settings.opsPerClient;

    const create = async (as: string, client: number, title: string): Promise<void> => {
      const outcome = await send('POST', items, as, { fields: { Title: title, Client: String(client), Value: 'v0' } });
      if (outcome.kind === 'unknown') {
        unknownOutcome += 1;
        unknownCreates.add(title);
      } else if (expectStatus(`creating ${title}`, outcome, 201, 429, 503) && outcome.status === 201) {
        acknowledged += 1;
        own.push({ title, id: (outcome.body as { id: string }).id, etag: outcome.etag, allowed: ['v0'], deleted: 'no' });
      }
    };

    /** The current eTag of an item whose last write had no answer. */
    const refresh = async (item: OwnItem, as: string): Promise<boolean> => {
      const read = await send('GET', `${items}/${item.id}`, as);
      if (read.kind === 'answer' && read.status === 200) {
        item.etag = (read.body as { eTag: string }).eTag;
        return true;
      }
      if (read.kind === 'answer' && read.status === 404 && item.deleted === 'unknown') return false;
      if (read.kind === 'answer' && read.status !== 429 && read.status !== 503) problems.push(`reading ${item.title}: ${read.status}`);
      return false;
    };

    const client = async (index: number): Promise<void> => {
      const random = seeded(index + 1);
      const as = WRITERS[index % WRITERS.length];
      const mine = () => own.filter((o) => o.title.startsWith(`c${index}-`) && o.deleted === 'no');
      for (let n = 0; n < settings.opsPerClient && Date.now() < deadline; n += 1, completedOps += 1) {
        const roll = random();
        const pick = mine()[Math.floor(random() * mine().length)];
        if (roll < 0.3 || !pick) {
          await create(as, index, `c${index}-${n}`);
        } else if (roll < 0.52) {
          // Update one of my items with If-Match: nobody else writes it, so it must be accepted.
          if (pick.etag === undefined && !(await refresh(pick, as))) continue;
          const value = `v${n}`;
          const outcome = await send('PATCH', `${items}/${pick.id}/fields`, as, { Value: value }, { 'If-Match': pick.etag ?? '*' });
          if (outcome.kind === 'unknown') {
            unknownOutcome += 1;
            pick.allowed.push(value);
            pick.etag = undefined;
          } else if (expectStatus(`updating ${pick.title}`, outcome, 200, 429, 503) && outcome.status === 200) {
            acknowledged += 1;
            pick.allowed = [value];
            pick.etag = outcome.etag;
          }
        } else if (roll < 0.72) {
          const read = random() < 0.5 ? await send('GET', `${items}/${pick.id}?$expand=fields`, as) : await send('GET', `${items}?$expand=fields&$top=50`, as);
          expectStatus('reading', read, 200, 429, 503);
        } else if (roll < 0.8) {
          // Two people edit the same shared item from the same version: exactly one may win.
          const item = shared[index % shared.length];
          const read = await send('GET', `${items}/${item.id}`, as);
          if (!expectStatus('reading a shared item', read, 200, 429, 503) || read.status !== 200) continue;
          const etag = (read.body as { eTag: string }).eTag;
          const values = [`s${index}-${n}-a`, `s${index}-${n}-b`];
          const answers = await Promise.all(values.map((value, k) => send('PATCH', `${items}/${item.id}/fields`, WRITERS[k], { Value: value }, { 'If-Match': etag })));
          let won = 0;
          answers.forEach((outcome, k) => {
            if (outcome.kind === 'unknown') {
              unknownOutcome += 1;
              item.unknownValues.push(values[k]);
            } else if (outcome.status === 200) {
              won += 1;
              acknowledged += 1;
              item.acks.push({ version: versionOf(outcome.etag), value: values[k] });
            } else if (outcome.status === 412) {
              conflictsDetected += 1;
            } else expectStatus('a contested edit', outcome, 429, 503);
          });
          if (answers.every((a) => a.kind === 'answer' && (a.status === 200 || a.status === 412))) contests += 1;
          if (won > 1) undetectedConflicts += 1;
        } else if (roll < 0.86) {
          if (pick.etag === undefined && !(await refresh(pick, as))) continue;
          const outcome = await send('DELETE', `${items}/${pick.id}`, as, undefined, { 'If-Match': pick.etag ?? '*' });
          if (outcome.kind === 'unknown') {
            unknownOutcome += 1;
            pick.deleted = 'unknown';
          } else if (expectStatus(`deleting ${pick.title}`, outcome, 204, 429, 503) && outcome.status === 204) {
            acknowledged += 1;
            pick.deleted = 'acknowledged';
          }
        } else if (roll < 0.94) {
          // A batch of three creates: a sub-request throttled on its own was not run, so it is sent again alone.
          const titles = [0, 1, 2].map((k) => `c${index}-${n}-b${k}`);
          const requests = titles.map((title, k) => ({ id: String(k + 1), method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: title, Client: String(index), Value: 'v0' } } }));
          const outcome = await send('POST', '/$batch', as, { requests });
          if (outcome.kind === 'unknown') {
            unknownOutcome += titles.length;
            titles.forEach((t) => unknownCreates.add(t));
          } else if (expectStatus('a batch of creates', outcome, 200, 429, 503) && outcome.status === 200) {
            for (const sub of (outcome.body as { responses: { id: string; status: number; headers?: Record<string, string>; body?: { id?: string; eTag?: string } }[] }).responses) {
              const title = titles[Number(sub.id) - 1];
              if (sub.status === 201) {
                acknowledged += 1;
                own.push({ title, id: String(sub.body?.id), etag: sub.body?.eTag, allowed: ['v0'], deleted: 'no' });
              } else if (sub.status === 429 || sub.status === 503) await create(as, index, title);
              else problems.push(`batch create ${title}: ${sub.status}`);
            }
          }
        } else {
          // A batch refused whole (dependsOn cycle): its create must never appear.
          const marker = `refused-c${index}-${n}`;
          refusedMarkers.add(marker);
          const outcome = await send('POST', '/$batch', as, {
            requests: [
              { id: '1', method: 'POST', url: items, headers: { 'Content-Type': 'application/json' }, body: { fields: { Title: marker } } },
              { id: '2', method: 'GET', url: '/me', dependsOn: ['3'] },
              { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] },
            ],
          });
          if (expectStatus('a batch with a dependsOn cycle', outcome, 400)) refusedBatches += 1;
        }
      }
    };

    const killer = async (): Promise<void> => {
      for (let k = 1; k <= settings.kills; k += 1) {
        const at = Math.floor((totalOps * k) / (settings.kills + 1));
        while (completedOps < at && Date.now() < deadline) await sleep(20);
        if (Date.now() >= deadline) return;
        log(`kill -9 after ${completedOps} operations`);
        let up!: () => void;
        serverUp = new Promise<void>((done) => (up = done));
        // Requests already in flight meet the kill; new ones wait for the restart.
        await server.kill9();
        up();
        server = await startServerProcess({ port, dataDir, env: faultEnv, timeoutMs: 60_000 });
        restarts += 1;
      }
    };

    await Promise.all([...Array.from({ length: settings.clients }, (_, i) => client(i)), killer()]);
    await serverUp;

    // Read everything back at full speed.
    await fetch(`${base}/_local/faults`, { method: 'POST', headers: { Authorization: `Bearer dev:${OWNER}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: 0, faultRate: 0 }) });
    const found = new Map<string, { id: string; eTag: string; value: unknown }[]>();
    let next: string | undefined = `${base}/graph/v1.0${items}?$expand=fields&$top=5000`;
    for (let page = 0; next && page < 100; page += 1) {
      const answer: Response = await fetch(next, { headers: { Authorization: `Bearer dev:${OWNER}` } });
      if (!answer.ok) throw new Error(`Reading back failed: ${answer.status} ${await answer.text()}`);
      const body = (await answer.json()) as { value: { id: string; eTag: string; fields: { Title: string; Value?: unknown } }[]; '@odata.nextLink'?: string };
      for (const item of body.value) found.set(item.fields.Title, [...(found.get(item.fields.Title) ?? []), { id: item.id, eTag: item.eTag, value: item.fields.Value }]);
      next = body['@odata.nextLink'];
    }

    let lost = 0;
    let duplicates = 0;
    let phantoms = 0;
    for (const [title, copies] of found) {
      if (copies.length > 1) {
        duplicates += copies.length - 1;
        problems.push(`${title} is present ${copies.length} times`);
      }
      if (refusedMarkers.has(title)) {
        phantoms += 1;
        problems.push(`${title}, from a refused batch, is present`);
      }
    }
    for (const item of own) {
      const copies = found.get(item.title) ?? [];
      if (item.deleted === 'acknowledged') {
        if (copies.length > 0) {
          lost += 1;
          problems.push(`${item.title} was deleted (acknowledged) but is present`);
        }
      } else if (item.deleted === 'no' && copies.length === 0) {
        lost += 1;
        problems.push(`${item.title} was acknowledged but is missing`);
      } else if (copies.length === 1 && !item.allowed.includes(String(copies[0].value))) {
        lost += 1;
        problems.push(`${item.title} holds ${String(copies[0].value)}; acknowledged: ${item.allowed.join(' or ')}`);
      }
    }
    for (const item of shared) {
      const copy = [...found.values()].flat().find((c) => c.id === item.id);
      const versions = item.acks.map((a) => a.version);
      if (new Set(versions).size !== versions.length) {
        lost += 1;
        problems.push(`shared item ${item.id}: two acknowledged edits share a version (${versions.join(', ')})`);
      }
      if (!copy) {
        lost += item.acks.length;
        problems.push(`shared item ${item.id} is missing`);
        continue;
      }
      const finalVersion = versionOf(copy.eTag);
      const made = finalVersion - item.initialVersion;
      if (made < item.acks.length || made > item.acks.length + item.unknownValues.length) {
        lost += Math.max(0, item.acks.length - made);
        problems.push(`shared item ${item.id}: ${item.acks.length} acknowledged edits (+${item.unknownValues.length} unanswered) but its version moved by ${made}`);
      }
      const latest = item.acks.reduce<{ version: number; value: string } | undefined>((best, a) => (!best || a.version > best.version ? a : best), undefined);
      const expected = latest && latest.version === finalVersion ? [latest.value] : item.unknownValues.length ? item.unknownValues : latest ? [latest.value] : ['start'];
      if (!expected.includes(String(copy.value))) {
        lost += 1;
        problems.push(`shared item ${item.id} holds ${String(copy.value)}; expected ${expected.join(' or ')}`);
      }
    }
    for (const title of unknownCreates) if ((found.get(title)?.length ?? 0) > 1) problems.push(`${title} (unanswered create) is present more than once`);

    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      settings,
      requests,
      acknowledged,
      lost,
      duplicates,
      phantoms,
      conflictsDetected,
      undetectedConflicts,
      contests,
      refusedBatches,
      unknownOutcome,
      restarts,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      durationMs: performance.now() - started,
      problems,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
