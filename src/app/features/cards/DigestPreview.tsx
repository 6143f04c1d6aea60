/**
 * This week's digest, built in the tab with the same code as `npm run notify -- digest`, shown as
 * Teams will show it, and postable to this channel by hand (the command does it on a schedule).
 */
import { lazy, Suspense, useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { AdaptiveCardJson } from '../../../cards/types';
import { postCardAndRecord } from '../../../data/sentCards';
import type { ListView } from '../../../data/store/listStore';
import { deepLink } from '../../../domain/links';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';

const AdaptiveCardView = lazy(() => import('./AdaptiveCardView'));

const useStyles = makeStyles({
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
});

export function DigestPreview() {
  const styles = useStyles();
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const [card, setCard] = useState<AdaptiveCardJson>();
  const [busy, setBusy] = useState<'building' | 'posting'>();

  const build = async () => {
    setBusy('building');
    try {
      // The templating engine is large: loaded only when someone asks for the digest.
      const [{ buildDigest }, { buildDigestCard }] = await Promise.all([import('../../../domain/events/digest'), import('../../../cards/digest')]);
      // The lists' shared stores, brought up to date in one $batch and read from there.
      const lists = [hub.events, hub.registrations, hub.actions, hub.actionUpdates, hub.people, hub.units, hub.plans] as const;
      await hub.sync(lists.map((l) => l.store as ListView<unknown>));
      const [events, registrations, actions, actionUpdates, people, units, plans] = await Promise.all([
        hub.events.store.ready(), hub.registrations.store.ready(), hub.actions.store.ready(), hub.actionUpdates.store.ready(), hub.people.store.ready(), hub.units.store.ready(), hub.plans.store.ready(),
      ]);
      const digest = buildDigest({ events, registrations, actions, actionUpdates, people, units, plans }, () => new Date());
      const hubLink = session.linkOptions.appBaseUrl ?? window.location.href.split('#')[0];
      setCard(buildDigestCard(digest, { linkTo: (target) => deepLink(target, session.linkOptions), hubLink }));
    } catch (e) {
      notify.error(e, 'building the digest');
    } finally {
      setBusy(undefined);
    }
  };

  const post = async () => {
    if (!card || !session.messageTarget) return;
    setBusy('posting');
    try {
      await postCardAndRecord(hub, session.messageTarget, card, { summary: 'Friday Digest', kind: 'Digest', sentBy: session.user.userPrincipalName, sentAt: new Date().toISOString() });
      notify.success('Digest posted', `Posted to this ${session.messageTarget.kind}.`);
    } catch (e) {
      notify.error(e, 'posting the digest');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <div className={styles.buttons}>
        <Button onClick={() => void build()} disabled={busy !== undefined}>{busy === 'building' ? 'Building…' : card ? 'Build again' : 'Preview this week’s digest'}</Button>
        {card && session.canEdit && session.messageTarget && (
          <Button appearance="primary" onClick={() => void post()} disabled={busy !== undefined}>{busy === 'posting' ? 'Posting…' : `Post to this ${session.messageTarget.kind}`}</Button>
        )}
      </div>
      {card && !session.canEdit && session.messageTarget && (
        // Teams lets only the team's owners and members (guests included) post in its channels;
        // people who can only read the team's site are not in the team (Graph answers 403).
        <Caption1 as="p">You can preview the digest, but posting it here is for the team’s members and owners: you can read this site but are not a member of the team.</Caption1>
      )}
      {card && (
        <Suspense fallback={<LoadingState label="Rendering the card…" />}>
          <AdaptiveCardView card={card} label="Preview of the digest card" />
        </Suspense>
      )}
    </>
  );
}
