/**
 * Where the contract suite runs: the local server (in-process, fresh temp DATA_DIR) always, and
 * real Microsoft Graph when GRAPH_CONTRACT_BASE_URL, GRAPH_CONTRACT_TOKEN and GRAPH_CONTRACT_SITE
 * are set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDirectory } from '../../src/demo';
import { createGraphServer } from '../../src/server/createGraphServer';

export type Role = 'owner' | 'member' | 'visitor';

/**
 * What a target can be asked to do, known before it starts, so a test that cannot run there is
 * skipped by name with its reason instead of returning early and passing.
 */
export interface TargetAbilities {
  /** Why there is no member / visitor token, or undefined when there is one. */
  readonly noMember?: string;
  readonly noVisitor?: string;
  /** Why cards cannot be posted, or undefined when a team and channel are set. */
  readonly noMessages?: string;
  /** Why faults cannot be injected, or undefined on the local server. */
  readonly noFaults?: string;
  /** Why provisioning cannot reach SharePoint REST (versioning, permissions), or undefined when it can. */
  readonly noSharePoint?: string;
}

export const LOCAL_ABILITIES: TargetAbilities = {};

export interface ContractTarget {
  readonly label: string;
  readonly graphBaseUrl: string;
  /** Site reference for `parseSiteArgument` (`root`, a URL or an id). */
  readonly site: string;
  /** A token acting in that role, when the target has one. */
  tokenFor(role: Role): string | undefined;
  readonly sharePointToken?: string;
  /** Changes fault injection (local server only). */
  setFaults?(settings: { faultRate?: number; latencyMs?: number }): Promise<void>;
  /** Posting cards: where (local team; on a tenant only when configured). */
  readonly messageTarget?: { teamId: string; channelId: string };
  close(): Promise<void>;
}

export async function localTarget(): Promise<ContractTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'th-contract-'));
  const server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  const base = await server.listen(0, '127.0.0.1');
  const upn: Record<Role, string> = { owner: 'owner@demo.local', member: 'member@demo.local', visitor: 'visitor@demo.local' };
  return {
    label: `local server ${base}`,
    graphBaseUrl: `${base}/graph/v1.0`,
    site: 'root',
    tokenFor: (role) => `dev:${upn[role]}`,
    sharePointToken: `dev:${upn.owner}`,
    async setFaults(settings) {
      const response = await fetch(`${base}/_local/faults`, { method: 'POST', headers: { Authorization: `Bearer dev:${upn.owner}`, 'Content-Type': 'application/json' }, body: JSON.stringify(settings) });
      if (!response.ok) throw new Error(`setting faults failed: ${response.status}`);
    },
    messageTarget: { teamId: 'local-team', channelId: 'general' },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Real Graph, or the reason it is skipped. */
export function tenantTarget(env: NodeJS.ProcessEnv = process.env): { target: () => Promise<ContractTarget>; abilities: TargetAbilities } | { skipReason: string } {
  const { GRAPH_CONTRACT_BASE_URL: base, GRAPH_CONTRACT_TOKEN: token, GRAPH_CONTRACT_SITE: site } = env;
  const missing = [!base && 'GRAPH_CONTRACT_BASE_URL', !token && 'GRAPH_CONTRACT_TOKEN', !site && 'GRAPH_CONTRACT_SITE'].filter(Boolean);
  if (missing.length > 0 || !base || !token || !site) return { skipReason: `skipped: set ${missing.join(', ')} to run the contract against a real tenant` };
  const team = env.GRAPH_CONTRACT_TEAM;
  const channel = env.GRAPH_CONTRACT_CHANNEL;
  return {
    abilities: {
      noMember: env.GRAPH_CONTRACT_MEMBER_TOKEN ? undefined : 'set GRAPH_CONTRACT_MEMBER_TOKEN (a site member’s token) to run it',
      noVisitor: env.GRAPH_CONTRACT_VISITOR_TOKEN ? undefined : 'set GRAPH_CONTRACT_VISITOR_TOKEN (a site visitor’s token) to run it',
      noMessages: team && channel ? undefined : 'set GRAPH_CONTRACT_TEAM and GRAPH_CONTRACT_CHANNEL to post to a real channel',
      noFaults: 'fault injection exists only on the local server (use Microsoft Dev Proxy to throttle real Graph)',
      noSharePoint: env.GRAPH_CONTRACT_SHAREPOINT_TOKEN ? undefined : 'set GRAPH_CONTRACT_SHAREPOINT_TOKEN so provisioning can turn versioning on',
    },
    target: async () => ({
      label: `Microsoft Graph ${base}`,
      graphBaseUrl: base,
      site,
      tokenFor: (role) => (role === 'owner' ? token : role === 'visitor' ? env.GRAPH_CONTRACT_VISITOR_TOKEN : env.GRAPH_CONTRACT_MEMBER_TOKEN),
      sharePointToken: env.GRAPH_CONTRACT_SHAREPOINT_TOKEN,
      messageTarget: team && channel ? { teamId: team, channelId: channel } : undefined,
      close: async () => undefined,
    }),
  };
}
