/**
 * Going / Maybe / Not going for the signed-in person, and where they stand: a place, or their
 * number on the waiting list. Changing a reply stamps a new reply time, so someone who drops out
 * and comes back joins the end of the queue.
 */
import { useState } from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { promotedBetween, registrationOpen, standingOf, waitingListOf, type WaitingList } from '../../../domain/events/waitingList';
import type { HubEvent, Person, Registration } from '../../../domain/model';
import type { UncountedRegistration } from '../../../domain/events/registrationTrust';
import { RSVP_RESPONSES, type RsvpResponse } from '../../../domain/vocabulary';
import { useNotify } from '../../services/notify';
import { tellPlacesOffered } from '../../../data/notices/placeOffered';
import { deepLink } from '../../../domain/links';
import { useHub, useSession, useSiteTimeZone } from '../../services/session';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

export interface RsvpPanelProps {
  readonly event: HubEvent;
  readonly person?: Person;
  readonly canEdit: boolean;
  readonly list: WaitingList;
  readonly registrations: readonly Registration[];
  /** Registrations the hub does not count (see `trustRegistrations`): one of the person's own is named. */
  readonly notCounted?: readonly UncountedRegistration[];
  /** To name anyone a reply moves up from the waiting list. */
  readonly people: readonly Person[];
  readonly onChanged: () => void;
}

const WALKED_IN = { title: 'You came as a walk-in', body: 'The organiser recorded that you came without replying.', intent: 'info' } as const;

function standingWords(list: WaitingList, person: Person, past: boolean): { title: string; body: string; intent: 'success' | 'warning' | 'info' } | undefined {
  const standing = standingOf(list, person.id);
  if (past) {
    // After the start, what someone replied is history: no "see you there", no calendar nudge.
    if (standing.kind === 'confirmed') return { title: 'You had a place', body: '', intent: 'info' };
    if (standing.kind === 'waiting') return { title: `You were number ${standing.place} on the waiting list`, body: '', intent: 'info' };
    if (standing.kind === 'walkIn') return WALKED_IN;
    return undefined;
  }
  switch (standing.kind) {
    case 'confirmed':
      return { title: 'You have a place', body: 'See you there. “Add to calendar (.ics)” at the top of the page puts it in your calendar.', intent: 'success' };
    case 'waiting':
      return {
        title: `You are number ${standing.place} on the waiting list`,
        body: `The event is full. If someone drops out, places go in order of reply (${standing.of} waiting).`,
        intent: 'warning',
      };
    case 'maybe':
      return { title: 'You said maybe', body: 'Say "Going" to take a place while there are some left.', intent: 'info' };
    case 'notGoing':
      return { title: 'You said you are not going', body: 'Changed your mind? Say "Going".', intent: 'info' };
    case 'walkIn':
      return WALKED_IN;
    default:
      return undefined;
  }
}

/**
 * "Daniel Okafor now has a place." when giving up a place moves people up from the waiting list
 * (`list` before the reply, `after` with it).
 */
function promotionWords(list: WaitingList, after: WaitingList, people: readonly Person[]): string {
  const names = promotedBetween(list, after).map((id) => people.find((p) => p.id === id)?.name ?? 'Someone');
  if (names.length === 0) return '';
  return ` ${names.join(', ')} ${names.length === 1 ? 'moves up from the waiting list and now has' : 'move up from the waiting list and now have'} a place.`;
}

export function RsvpPanel({ event, person, canEdit, list, registrations, notCounted = [], people, onChanged }: RsvpPanelProps) {
  const styles = useStyles();
  const hub = useHub();
  const session = useSession();
  const siteTimeZone = useSiteTimeZone();
  const notify = useNotify();
  const [busy, setBusy] = useState<RsvpResponse>();
  if (!person) {
    return (
      <MessageBar intent="info"><MessageBarBody>You are not in the People list yet, so you cannot reply. Ask a network owner to add you.</MessageBarBody></MessageBar>
    );
  }
  const mine = registrations
    .filter((r) => r.personId === person.id)
    .sort((a, b) => b.respondedAt.localeCompare(a.respondedAt))[0];
  const open = registrationOpen(event, new Date());
  const past = Date.parse(event.start) <= Date.now();
  const words = standingWords(list, person, past);
  // Only when nothing of theirs counts: a reply someone else added beside their own changes nothing.
  const mineNotCounted = !mine && notCounted.some((n) => n.registration.personId === person.id);
  // Replying again rewrites that same registration (its last editor becomes them, so it counts
  // again) rather than adding a second one beside it.
  const toRewrite = mine ?? (mineNotCounted ? notCounted.find((n) => n.registration.personId === person.id)?.registration : undefined);

  const reply = async (response: RsvpResponse) => {
    if (mine?.response === response) return;
    setBusy(response);
    try {
      const respondedAt = new Date().toISOString();
      const saved = toRewrite
        ? await hub.registrations.update(toRewrite.id, { response, respondedAt }, toRewrite.eTag)
        : await hub.registrations.create({ eventId: event.id, personId: person.id, response, respondedAt, attended: false });
      // The replies as they are now, and the waiting list they make (the same rule as the list itself).
      const replies = [...registrations.filter((r) => r.id !== saved.id), saved];
      const listAfter = waitingListOf(event, replies);
      // Say what the reply actually got them: "Going" on a full event is a place on the waiting list.
      const after = standingOf(listAfter, person.id);
      const promoted = promotionWords(list, listAfter, people);
      if (after.kind === 'waiting') notify.warning(`You are on the waiting list: number ${after.place}`, `${event.title} is full. Places go in order of reply if someone drops out.${promoted}`);
      else if (after.kind === 'confirmed') notify.success('Reply saved: Going, with a place', `${event.title}.${promoted}`);
      else notify.success(`Reply saved: ${response}`, `${event.title}.${promoted}`);
      onChanged();
      // Whoever moved up hears it in their Teams activity feed, from the person who released the place.
      const teamId = session.messageTarget?.kind === 'channel' ? session.messageTarget.teamId : undefined;
      const offered = await tellPlacesOffered(hub, {
        event, before: list, registrations: replies, people, teamId,
        linkTo: (target) => deepLink(target, session.linkOptions), sentBy: session.user.userPrincipalName, now: new Date(), timeZone: siteTimeZone,
      });
      if (offered.notTold.length) notify.error(new Error(offered.notTold.map((n) => `${n.person.name}: ${n.reason}`).join('; ')), 'telling the people who moved up from the waiting list');
    } catch (e) {
      notify.error(e, 'saving your reply');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading" style={{ fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` }}>Your reply</h2>
      <div className={styles.buttons} role="group" aria-label="Your reply">
        {RSVP_RESPONSES.map((response) => (
          <Button
            key={response}
            appearance={mine?.response === response ? 'primary' : 'secondary'}
            aria-pressed={mine?.response === response}
            disabled={!open || !canEdit || busy !== undefined}
            onClick={() => void reply(response)}
          >
            {busy === response ? 'Saving…' : response}
          </Button>
        ))}
      </div>
      {!open && <MessageBar intent="info"><MessageBarBody>{event.cancelled ? 'This event is cancelled.' : 'Replies are closed for this event.'}</MessageBarBody></MessageBar>}
      {mineNotCounted && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Someone else changed your reply</MessageBarTitle>
            It was last changed by someone other than you or the event’s organiser, so it is not counted.{open && canEdit ? ' Reply again to put it right.' : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {words && (
        <MessageBar intent={words.intent} role="status">
          <MessageBarBody>
            <MessageBarTitle>{words.title}</MessageBarTitle>
            {words.body}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
