/**
 * "Announce": previews the event's card as Teams will show it and posts it, as the signed-in
 * person, to this channel (or chat) or to one of their chats.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Radio, RadioGroup,
} from '@fluentui/react-components';
import { MegaphoneRegular } from '@fluentui/react-icons';
import type { AdaptiveCardJson } from '../../../cards/types';
import type { MessageTarget } from '../../../data/hub';
import type { EventId } from '../../../domain/ids';
import { postCardAndRecord } from '../../../data/sentCards';
import { LoadingState } from '../../components/LoadingState';
import { ChatPicker } from '../cards/ChatPicker';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';

const AdaptiveCardView = lazy(() => import('../cards/AdaptiveCardView'));

export interface AnnounceDialogProps {
  /** Builds the card when the dialog opens (the templating engine is large: loaded only then). */
  readonly buildCard: () => Promise<AdaptiveCardJson>;
  readonly eventTitle: string;
  /** To schedule the card for later (Announcements list; `notify due` posts it with the places left then). */
  readonly eventId?: EventId;
}

export function AnnounceDialog({ buildCard, eventTitle, eventId }: AnnounceDialogProps) {
  const hub = useHub();
  const { messageTarget, user } = useSession();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [where, setWhere] = useState<'here' | 'chat'>(messageTarget ? 'here' : 'chat');
  const [chatId, setChatId] = useState('');
  const [posting, setPosting] = useState(false);
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [later, setLater] = useState('');
  const [card, setCard] = useState<AdaptiveCardJson>();
  useEffect(() => {
    if (!open) return;
    let current = true;
    buildCard().then(
      (built) => current && setCard(built),
      (e: unknown) => current && notify.error(e, 'preparing the card'),
    );
    return () => {
      current = false;
    };
  }, [open, buildCard, notify]);
  const target: MessageTarget | undefined = where === 'here' ? messageTarget : chatId.trim() ? { kind: 'chat', chatId: chatId.trim() } : undefined;

  const schedule = async () => {
    const dueAt = new Date(later);
    if (!eventId || Number.isNaN(dueAt.getTime())) return;
    setPosting(true);
    try {
      // A chat cannot be posted to unattended; a scheduled card goes to this channel, or the run's webhook.
      const channel = where === 'here' && messageTarget?.kind === 'channel' ? `${messageTarget.teamId}/${messageTarget.channelId}` : '';
      await hub.announcements.create({ title: `Event: ${eventTitle}`, eventId, dueAt: dueAt.toISOString(), state: 'Scheduled', attempts: 0, askToAcknowledge: false, target: channel });
      notify.success('Announcement scheduled', `The card goes out ${dueAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.`);
      setOpen(false);
    } catch (e) {
      notify.error(e, 'scheduling the announcement');
    } finally {
      setPosting(false);
    }
  };

  const post = async () => {
    if (!target || !card) return;
    setPosting(true);
    try {
      await postCardAndRecord(hub, target, card, { summary: `Event: ${eventTitle}`, kind: 'Event announcement', sentBy: user.userPrincipalName, sentAt: new Date().toISOString() });
      notify.success('Announced', where === 'here' ? `Posted to this ${target.kind}.` : 'Posted to the chat.');
      setOpen(false);
    } catch (e) {
      notify.error(e, 'posting the announcement');
    } finally {
      setPosting(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<MegaphoneRegular />}>Announce</Button>
      </DialogTrigger>
      <DialogSurface style={{ maxWidth: '680px' }}>
        <DialogBody>
          <DialogTitle>Announce this event</DialogTitle>
          <DialogContent>
            {card ? (
              <Suspense fallback={<LoadingState label="Preparing the preview…" />}>
                <AdaptiveCardView card={card} label="Preview of the announcement card" />
              </Suspense>
            ) : (
              <LoadingState label="Preparing the preview…" />
            )}
            <Field label="Post to" style={{ marginTop: 16 }}>
              <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as 'here' | 'chat')}>
                <Radio value="here" disabled={!messageTarget} label={messageTarget ? `This ${messageTarget.kind}` : 'This channel (open the tab in a channel)'} />
                <Radio value="chat" label="A chat" />
              </RadioGroup>
            </Field>
            {where === 'chat' && when === 'now' && <ChatPicker value={chatId} onChange={setChatId} />}
            {eventId && (
              <Field label="When" style={{ marginTop: 16 }}>
                <RadioGroup value={when} onChange={(_, d) => setWhen(d.value as 'now' | 'later')}>
                  <Radio value="now" label="Now" />
                  <Radio value="later" label="Later (the scheduled run posts it, with the places left then)" />
                </RadioGroup>
              </Field>
            )}
            {when === 'later' && (
              <Field label="Post at" hint={where === 'here' ? undefined : 'Scheduled cards go to the channel of the scheduled run’s Workflows webhook.'}>
                <Input type="datetime-local" value={later} onChange={(_, d) => setLater(d.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            {when === 'later' ? (
              <Button appearance="primary" disabled={!later || posting} onClick={() => void schedule()}>{posting ? 'Saving…' : 'Schedule'}</Button>
            ) : (
              <Button appearance="primary" disabled={!target || !card || posting} onClick={() => void post()}>{posting ? 'Posting…' : 'Post card'}</Button>
            )}
            <DialogTrigger disableButtonEnhancement><Button>Cancel</Button></DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
