import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { appTokenProvider, cachedUserTokenProvider, publicClient } from '../auth/cliSignIn';
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

/** How the CLI signs in to Graph (see README "Run the digest every Friday"). */
export type GraphAuthMode = 'local' | 'token' | 'user' | 'app';

export interface GraphFromEnv {
  readonly baseUrl: string;
  readonly mode: GraphAuthMode;
  readonly getAccessToken: () => Promise<string>;
  readonly getSharePointToken?: () => Promise<string>;
  /** Unattended (app-only) runs have no `/me`: this names the app in the Sent Cards list. */
  readonly appName?: string;
}

/** Where `npm run login` keeps its token cache (TECHNICIAN_HUB_TOKEN_CACHE overrides). */
export function tokenCachePath(env: Readonly<Record<string, string | undefined>>): string {
  return env.TECHNICIAN_HUB_TOKEN_CACHE || join(homedir(), '.technician-hub', 'msal-token-cache.json');
}

/**
 * Graph settings from the environment: `GRAPH_BASE_URL` and one way to sign in, first found wins:
 * 1. `GRAPH_TOKEN` — a token pasted by hand (expires in about an hour);
 * 2. `AZURE_CLIENT_ID` + `AZURE_TENANT_ID` + `AZURE_CLIENT_CERTIFICATE_PATH` — the app itself
 *    (client credentials with a certificate; `Sites.Selected`), for unattended runs;
 * 3. `AZURE_CLIENT_ID` + `AZURE_TENANT_ID` — the person who ran `npm run login` (cached, refreshed silently);
 * 4. on the local server only, the local owner's dev token (a tenant answers a dev token with 401).
 */
export function graphFromEnv(env: Readonly<Record<string, string | undefined>>): GraphFromEnv {
  const port = env.PORT ?? '53000';
  const host = env.HOST ?? '127.0.0.1';
  const baseUrl = (env.GRAPH_BASE_URL ?? `http://${host}:${port}/graph/v1.0`).replace(/\/+$/, '');
  const registration = env.AZURE_CLIENT_ID && env.AZURE_TENANT_ID ? { clientId: env.AZURE_CLIENT_ID, tenantId: env.AZURE_TENANT_ID } : undefined;
  const spToken = env.SHAREPOINT_TOKEN;
  const sharePoint = spToken ? { getSharePointToken: async () => spToken } : {};
  if (env.GRAPH_TOKEN !== undefined) {
    const token = env.GRAPH_TOKEN;
    return { baseUrl, mode: 'token', getAccessToken: async () => token, ...sharePoint };
  }
  if (registration && env.AZURE_CLIENT_CERTIFICATE_PATH) {
    const pem = readFileSync(env.AZURE_CLIENT_CERTIFICATE_PATH, 'utf8');
    return { baseUrl, mode: 'app', getAccessToken: appTokenProvider(registration, pem), appName: `Technician Hub app ${registration.clientId}`, ...sharePoint };
  }
  if (registration) {
    return { baseUrl, mode: 'user', getAccessToken: cachedUserTokenProvider(publicClient(registration, tokenCachePath(env))), ...sharePoint };
  }
  if (env.GRAPH_BASE_URL !== undefined && !isLocalGraph(baseUrl)) {
    throw new HubError('validation', `Say how to sign in to ${baseUrl}: AZURE_CLIENT_ID and AZURE_TENANT_ID (after npm run login), plus AZURE_CLIENT_CERTIFICATE_PATH for unattended runs — or GRAPH_TOKEN.`, {
      issues: [{ field: 'AZURE_CLIENT_ID', message: 'missing' }],
    });
  }
  const token = devToken(LOCAL_OWNER);
  // Locally the same dev token works for SharePoint REST.
  return { baseUrl, mode: 'local', getAccessToken: async () => token, getSharePointToken: async () => spToken ?? token };
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
