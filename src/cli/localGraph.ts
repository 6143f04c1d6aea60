import { HubError } from '../domain/errors';

/** The local server's dev identity: `Bearer dev:<userPrincipalName>` (CONTRACTS.md). */
export function devToken(upn: string): string {
  return `dev:${upn}`;
}

/** The site owner every local command acts as unless told otherwise. */
export const LOCAL_OWNER = 'owner@demo.local';

/** Graph settings from the environment: `GRAPH_BASE_URL`, `GRAPH_TOKEN` (else the local owner's dev token). */
export function graphFromEnv(env: Readonly<Record<string, string | undefined>>): { baseUrl: string; getAccessToken: () => Promise<string>; getSharePointToken?: () => Promise<string> } {
  const port = env.PORT ?? '53000';
  const host = env.HOST ?? '127.0.0.1';
  const baseUrl = (env.GRAPH_BASE_URL ?? `http://${host}:${port}/graph/v1.0`).replace(/\/+$/, '');
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
