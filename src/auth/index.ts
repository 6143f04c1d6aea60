/**
 * Tokens for Microsoft Graph: nested app authentication in Teams (with the Teams SSO +
 * on-behalf-of fallback), dev tokens against the local server.
 */
export {
  GRAPH_SCOPES,
  PROVISIONING_SCOPES,
  SHAREPOINT_PERMISSIONS,
  sharePointScopes,
  type TokenProvider,
} from './tokenProvider';
export { createDevTokenProvider, DEV_TOKEN_PREFIX } from './devTokenProvider';
export {
  createNaaTokenProvider,
  isInteractionRequired,
  type NaaTokenProviderOptions,
  type NaaClient,
  type TeamsAuthApi,
} from './naaTokenProvider';
export { exchangeSsoToken, type SsoExchangeResult } from './teamsSsoExchange';
