import type { Context } from '@microsoft/microsoft-graph-client';
import { setHeader } from './headers';
import { ChainLink } from './link';

/**
 * Adds `Authorization: Bearer <token>` to every request, whatever its host. The Graph client's own
 * `AuthenticationHandler` only does so for Microsoft's Graph hosts (or declared custom hosts); our
 * pipeline also talks to the local server and to a site's SharePoint REST endpoint.
 */
export class AuthMiddleware extends ChainLink {
  constructor(private readonly getAccessToken: () => Promise<string>) {
    super();
  }

  async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.getAccessToken()}`);
    await this.callNext(context);
  }
}
