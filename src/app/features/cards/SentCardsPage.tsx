/**
 * "Sent cards": the cards posted to this channel (and to a chat the person names), each rendered
 * with the Adaptive Cards renderer and a Teams-like host config — what Teams shows.
 */
import { lazy, Suspense, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { MessageTarget, SentMessage } from '../../../data/hub';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/displayDates';
import { useHub, useSession } from '../../services/session';
import { useAsync } from '../../services/useAsync';
import { ChatPicker } from './ChatPicker';
import { DigestPreview } from './DigestPreview';

const AdaptiveCardView = lazy(() => import('./AdaptiveCardView'));

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalXS },
  chatForm: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL, flexWrap: 'wrap' },
  section: { marginBottom: tokens.spacingVerticalXXL },
});

function targetName(target: MessageTarget): string {
  return target.kind === 'channel' ? `channel ${target.channelId}` : `chat ${target.chatId}`;
}

function MessagesOf({ target, version = 0 }: { readonly target: MessageTarget; readonly version?: number }) {
  const styles = useStyles();
  const hub = useHub();
  const { data, error, loading, reload } = useAsync(() => hub.messages.list(target), [hub, JSON.stringify(target), version]);
  if (error) return <ErrorMessage error={error} doing={`reading the messages of the ${targetName(target)}`} onRetry={reload} />;
  if (loading && !data) return <LoadingState label="Loading sent cards…" />;
  const messages = [...(data ?? [])].sort((a: SentMessage, b: SentMessage) => b.createdDateTime.localeCompare(a.createdDateTime));
  if (messages.length === 0) return <EmptyState title="No cards posted here yet" body="Announce an event or run the digest, and its card appears here." />;
  return (
    <ol className={styles.list} aria-label={`Cards in the ${targetName(target)}`}>
      {messages.flatMap((message) =>
        message.cards.map((card, index) => (
          <li key={`${message.id}-${index}`}>
            <Caption1 className={styles.meta}>
              {message.from ? `${message.from} · ` : ''}
              {formatDateTime(message.createdDateTime)}
            </Caption1>
            <Suspense fallback={<LoadingState label="Rendering the card…" />}>
              <AdaptiveCardView card={card} label={`Card posted ${formatDateTime(message.createdDateTime)}`} />
            </Suspense>
          </li>
        )),
      )}
    </ol>
  );
}

function SentCards() {
  const styles = useStyles();
  const { messageTarget } = useSession();
  const [chatId, setChatId] = useState<string>();
  const [posted, setPosted] = useState(0);
  return (
    <>
      <PageHeader title="Sent cards" subtitle="Cards posted from Technician Hub, shown as Teams shows them." />
      <section className={styles.section} aria-labelledby="digest-preview">
        <Subtitle2 as="h2" id="digest-preview">Friday Digest</Subtitle2>
        <DigestPreview onPosted={() => setPosted((n) => n + 1)} />
      </section>
      <section className={styles.section} aria-labelledby="sent-channel">
        <Subtitle2 as="h2" id="sent-channel">{messageTarget ? `This ${messageTarget.kind}` : 'This channel'}</Subtitle2>
        {messageTarget ? <MessagesOf target={messageTarget} version={posted} /> : <EmptyState title="This tab is not in a channel or chat" body="Open it from a team’s channel to see the cards posted there." />}
      </section>
      <section className={styles.section} aria-labelledby="sent-chat">
        <Subtitle2 as="h2" id="sent-chat">A chat</Subtitle2>
        <div className={styles.chatForm}>
          <ChatPicker value={chatId ?? ''} onChange={(id) => setChatId(id || undefined)} />
        </div>
        {chatId && <MessagesOf target={{ kind: 'chat', chatId }} />}
      </section>
    </>
  );
}

export default function SentCardsPage() {
  return (
    <Routes>
      <Route path="*" element={<SentCards />} />
    </Routes>
  );
}
