/**
 * Where the tab opens when Teams started it from a deep link: the link's `subEntityId`
 * ("action:12") comes back in the context as `page.subPageId`
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application).
 */
import { parseSubEntityId, routePath } from '../../domain/links';
import type { HostInfo } from '../host';

/** The route to open on start (`/actions/12`), or undefined when the tab was not opened on one thing. */
export function deepLinkRoute(host: Pick<HostInfo, 'subPageId'>): string | undefined {
  const target = parseSubEntityId(host.subPageId);
  return target ? routePath(target) : undefined;
}
