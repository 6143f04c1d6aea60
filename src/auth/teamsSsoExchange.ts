import { HubError } from '../domain/errors';

/**
 * The documented fallback when the Teams client cannot do nested app authentication: Teams SSO
 * (`authentication.getAuthToken`) gives a token for *our* app (`api://{domain}/{clientId}`, the
 * `webApplicationInfo.resource` of the manifest), which cannot call Graph itself. A server of ours
 * swaps it for a Graph token with the OAuth 2.0 on-behalf-of flow, holding the client secret
 * that a browser must never see.
 *
 * Contract of that endpoint (not implemented in this repository; the local server uses dev
 * tokens instead):
 *   POST {exchangeUrl}
 *   Authorization: Bearer <Teams SSO token>
 *   Content-Type: application/json
 *   { "scopes": ["https://graph.microsoft.com/Sites.ReadWrite.All", …] }
 *   → 200 { "accessToken": "<Graph token>", "expiresOn": "2026-11-23T15:00:00Z" }
 *   → 401/403 { "error": "consent_required" | … } when the person must consent first.
 * See https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-graph-api
 */
export interface SsoExchangeResult {
  readonly accessToken: string;
  readonly expiresOn: Date;
}

/** Swaps a Teams SSO token for a Graph token at our on-behalf-of endpoint. */
export async function exchangeSsoToken(
  exchangeUrl: string,
  ssoToken: string,
  scopes: readonly string[],
  fetchImpl: typeof fetch,
): Promise<SsoExchangeResult> {
  let response: Response;
  try {
    response = await fetchImpl(exchangeUrl, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ssoToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ scopes }),
    });
  } catch (cause) {
    throw new HubError('network', `The sign-in service at ${exchangeUrl} did not answer.`, { cause });
  }
  if (response.status === 401 || response.status === 403) {
    throw new HubError('unauthenticated', 'Sign-in needs your consent or your admin\'s; ask your team owner to approve Technician Hub.', {
      status: response.status,
    });
  }
  if (!response.ok) {
    throw new HubError('server', `The sign-in service answered ${response.status}.`, { status: response.status });
  }
  const body = (await response.json()) as { accessToken?: unknown; expiresOn?: unknown };
  if (typeof body.accessToken !== 'string' || typeof body.expiresOn !== 'string' || Number.isNaN(Date.parse(body.expiresOn))) {
    throw new HubError('server', 'The sign-in service answered without an access token and expiry.');
  }
  return { accessToken: body.accessToken, expiresOn: new Date(body.expiresOn) };
}
