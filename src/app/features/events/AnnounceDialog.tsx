/**
 * "Announce": previews the event's card as Teams will show it and posts it, as the signed-in
 * person, to this channel (or chat) or to one of their chats.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Radio, RadioGroup,
} from '@fluentui/react-components';
import { MegaphoneRegular } from '@fluentui/react-icons';
import type { AdaptiveCardJson } from '../../../cards/types';
import type { MessageTarget } from '../../../data/hub';
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
}

export function AnnounceDialog({ buildCard, eventTitle }: AnnounceDialogProps) {
  const hub = useHub();
  const { messageTarget, user } = useSession();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [where, setWhere] = useState<'here' | 'chat'>(messageTarget ? 'here' : 'chat');
  const [chatId, setChatId] = useState('');
  const [posting, setPosting] = useState(false);
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
            {where === 'chat' && <ChatPicker value={chatId} onChange={setChatId} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!target || !card || posting} onClick={() => void post()}>{posting ? 'Posting…' : 'Post card'}</Button>
            <DialogTrigger disableButtonEnhancement><Button>Cancel</Button></DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
