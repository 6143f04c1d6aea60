import { HubError } from '../domain/errors';
import type { TokenProvider } from './tokenProvider';

/** The local server's token scheme: `dev:<upn>` acts as that demo person (never accepted by Graph). */
export const DEV_TOKEN_PREFIX = 'dev:';

/**
 * Local mode's token provider: the acting person's UPN as a dev token. `getUpn` is read on every
 * call, so switching the acting person takes effect on the next request.
 */
export function createDevTokenProvider(getUpn: () => string): TokenProvider {
  return {
    async getAccessToken() {
      const upn = getUpn().trim();
      if (!upn) throw new HubError('unauthenticated', 'Pick a demo person to act as before using the local server.');
      return `${DEV_TOKEN_PREFIX}${upn}`;
    },
  };
}
