/**
 * How the tab builds `.ics` files: UIDs on the site's host name (stable across downloads, so a
 * calendar updates the event rather than duplicating it), links that open the event in the tab,
 * and the organiser's name and email.
 */
import type { IcsOptions } from '../../../domain/events/ics';
import { deepLink } from '../../../domain/links';
import type { Person } from '../../../domain/model';
import type { Session } from '../../services/session';

export function icsOptions(session: Session, people: readonly Person[], now: Date): IcsOptions {
  const byId = new Map(people.map((p) => [p.id, p]));
  const uidDomain = session.host.sharePointSite?.teamSiteDomain ?? window.location.hostname ?? 'technician-hub.local';
  return {
    uidDomain,
    now,
    linkFor: (event) => {
      const link = deepLink({ kind: 'event', id: event.id }, session.linkOptions);
      return /^https?:/.test(link) ? link : undefined;
    },
    organiserFor: (event) => {
      const person = event.organiserId ? byId.get(event.organiserId) : undefined;
      return person ? { name: person.name, email: person.email } : undefined;
    },
  };
}
