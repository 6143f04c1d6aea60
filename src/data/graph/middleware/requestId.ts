import type { Context } from '@microsoft/microsoft-graph-client';
import { getHeader, setHeader } from './headers';
import { ChainLink } from './link';

/**
 * Gives every request a `client-request-id`, so a failure a person reports can be found in Graph's
 * logs (Graph echoes it in `innerError['client-request-id']`). Retries keep the same id.
 */
export class RequestIdMiddleware extends ChainLink {
  constructor(private readonly newId: () => string = () => globalThis.crypto.randomUUID()) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (!getHeader(context, 'client-request-id')) setHeader(context, 'client-request-id', this.newId());
    await this.callNext(context);
  }
}
