import type { Context } from '@microsoft/microsoft-graph-client';
import { requestUrl } from './headers';
import { ChainLink } from './link';

/** The last link: sends the request with the injected `fetch`. */
export class HttpMiddleware extends ChainLink {
  constructor(private readonly fetchImpl: typeof fetch) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const url = unjoinAbsoluteUrl(requestUrl(context));
    context.response = await this.fetchImpl(typeof context.request === 'string' ? url : context.request, context.options);
  }
}

/**
 * The Graph client's `GraphRequest.parsePath` only recognises `https://` absolute URLs; an
 * `http://` one (the local server's `@odata.nextLink`, followed by `PageIterator`) arrives joined
 * onto the base URL. Take the embedded absolute URL back out.
 */
export function unjoinAbsoluteUrl(url: string): string {
  const inner = url.slice(1).search(/https?:\/\//);
  return inner === -1 ? url : url.slice(inner + 1);
}
