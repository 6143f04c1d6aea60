import { HubError } from '../domain/errors';

/** The local server's dev identity: `Bearer dev:<userPrincipalName>` (CONTRACTS.md). */
export function devToken(upn: string): string {
  return `dev:${upn}`;
}

/** The site owner every local command acts as unless told otherwise. */
export const LOCAL_OWNER = 'owner@demo.local';

/** True for the local server's addresses (loopback), where dev tokens are accepted. */
export function isLocalGraph(baseUrl: string): boolean {
  const { hostname } = new URL(baseUrl);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

/**
 * Graph settings from the environment: `GRAPH_BASE_URL`, `GRAPH_TOKEN` (else, on the local server
 * only, the local owner's dev token — a tenant would answer a dev token with 401).
 */
export function graphFromEnv(env: Readonly<Record<string, string | undefined>>): { baseUrl: string; getAccessToken: () => Promise<string>; getSharePointToken?: () => Promise<string> } {
  const port = env.PORT ?? '53000';
  const host = env.HOST ?? '127.0.0.1';
  const baseUrl = (env.GRAPH_BASE_URL ?? `http://${host}:${port}/graph/v1.0`).replace(/\/+$/, '');
  if (env.GRAPH_TOKEN === undefined && env.GRAPH_BASE_URL !== undefined && !isLocalGraph(baseUrl)) {
    throw new HubError('validation', `GRAPH_TOKEN is needed to call ${baseUrl}: set it to a delegated Microsoft Graph access token (and SHAREPOINT_TOKEN for views and item-level permissions).`, {
      issues: [{ field: 'GRAPH_TOKEN', message: 'missing' }],
    });
  }
  const token = env.GRAPH_TOKEN ?? devToken(LOCAL_OWNER);
  const isLocal = env.GRAPH_TOKEN === undefined;
  // Locally the same dev token works for SharePoint REST; on a tenant it needs its own token.
  const spToken = env.SHAREPOINT_TOKEN ?? (isLocal ? token : undefined);
  return { baseUrl, getAccessToken: async () => token, ...(spToken ? { getSharePointToken: async () => spToken } : {}) };
}

/** Reads a whole number from the environment, with a clear error naming the variable. */
export function envNumber(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, range: { min: number; max: number }): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw new HubError('validation', `${name} must be a number from ${range.min} to ${range.max} (got "${raw}").`, { issues: [{ field: name, message: `expected ${range.min}–${range.max}` }] });
  }
  return value;
}
