/**
 * "Sent cards": what Technician Hub sent, read from its own Sent Cards list (card, where, who,
 * when) — not from channel history, which would need the admin-consented
 * `ChannelMessage.Read.All`. Each card is drawn as its destination draws it: Workflows shows cards
 * up to 1.4, Graph-posted messages 1.5 (src/cards/version.ts).
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CalendarClockRegular } from '@fluentui/react-icons';
import type { MessageTarget } from '../../../data/hub';
import { describeMessageTarget } from '../../../data/sentCards';
import type { SentCard } from '../../../domain/notices/records';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { missingListOf } from '../../../domain/errors';
import { MissingList } from '../../setup/MissingList';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/displayDates';
import { useHub, useSession } from '../../services/session';
import { useChangesOnOpen } from '../../services/useChangesOnOpen';
import { useList } from '../../services/useList';
import { ChatPicker } from './ChatPicker';
import { DigestPreview } from './DigestPreview';

const AdaptiveCardView = lazy(() => import('./AdaptiveCardView'));

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalXS },
  chatForm: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalL, flexWrap: 'wrap' },
  section: { marginBottom: tokens.spacingVerticalXXL },
});

/** The list's words for where a record went, e.g. "Workflow webhook prod-12.westeurope.logic.azure.com". */
function whereWords(record: SentCard): string {
  return record.destination === 'Channel' ? `channel ${record.target.split('/').pop() ?? record.target}` : `${record.destination.toLowerCase()} ${record.target}`;
}

function SentList({ records, label, empty }: { readonly records: readonly SentCard[]; readonly label: string; readonly empty: string }) {
  const styles = useStyles();
  if (records.length === 0) return <EmptyState title={empty} body="Announce an event or run the digest, and what was sent appears here." />;
  return (
    <ol className={styles.list} aria-label={label}>
      {records.map((record) => (
        <li key={record.id}>
          <Caption1 className={styles.meta}>
            {record.kind} · {whereWords(record)} · {record.sentBy} · {formatDateTime(record.sentAt)}
          </Caption1>
          {record.card ? (
            <Suspense fallback={<LoadingState label="Rendering the card…" />}>
              <AdaptiveCardView card={record.card} destination={record.destination === 'Workflow webhook' ? 'workflow' : 'graph'} label={`Card sent ${formatDateTime(record.sentAt)}`} />
            </Suspense>
          ) : (
            <Text>{record.summary}</Text>
          )}
        </li>
      ))}
    </ol>
  );
}

function SentCards() {
  const styles = useStyles();
  const hub = useHub();
  const { messageTarget } = useSession();
  const [chatId, setChatId] = useState<string>();
  // The Sent Cards store every page shares: a card posted from here is in it as soon as it is recorded.
  const { items, error, loading, reload } = useList(hub.sentCards);
  useChangesOnOpen(hub.sentCards);
  const records = useMemo(() => [...items].sort((a, b) => b.sentAt.localeCompare(a.sentAt)), [items]);
  const sentTo = (target: MessageTarget) => {
    const where = describeMessageTarget(target);
    return records.filter((r) => r.destination === where.destination && r.target === where.target);
  };
  const elsewhere = records.filter((r) => r.destination === 'Workflow webhook' || r.destination === 'Activity feed');
  // A site an earlier release set up may lack the list: said once, above; the digest preview still works.
  const listMissing = missingListOf(error);
  const body = (render: () => JSX.Element) => {
    if (listMissing) return null;
    if (error) return <ErrorMessage error={error} doing="reading the Sent Cards list" onRetry={reload} />;
    if (loading && items.length === 0) return <LoadingState label="Loading sent cards…" />;
    return render();
  };
  return (
    <>
      <PageHeader
        title="Sent cards"
        subtitle="Cards and notices sent from Technician Hub, shown as their destination shows them."
        actions={<Button as="a" href="#/announcements" icon={<CalendarClockRegular />}>Scheduled announcements</Button>}
      />
      {listMissing && <MissingList list={listMissing} needs="The record of sent cards needs" />}
      <section className={styles.section} aria-labelledby="digest-preview">
        <Subtitle2 as="h2" id="digest-preview">Friday Digest</Subtitle2>
        <DigestPreview />
      </section>
      <section className={styles.section} aria-labelledby="sent-channel">
        <Subtitle2 as="h2" id="sent-channel">{messageTarget ? `This ${messageTarget.kind}` : 'This channel'}</Subtitle2>
        {messageTarget ? (
          body(() => <SentList records={sentTo(messageTarget)} label={`Cards in the ${messageTarget.kind}`} empty="No cards posted here yet" />)
        ) : (
          <EmptyState title="This tab is not in a channel or chat" body="Open it from a team’s channel to see the cards posted there." />
        )}
      </section>
      <section className={styles.section} aria-labelledby="sent-workflows">
        <Subtitle2 as="h2" id="sent-workflows">Scheduled runs and notices</Subtitle2>
        {body(() => <SentList records={elsewhere} label="Cards posted through Workflows and activity notices" empty="Nothing sent by a scheduled run yet" />)}
      </section>
      <section className={styles.section} aria-labelledby="sent-chat">
        <Subtitle2 as="h2" id="sent-chat">A chat</Subtitle2>
        <div className={styles.chatForm}>
          <ChatPicker value={chatId ?? ''} onChange={(id) => setChatId(id || undefined)} />
        </div>
        {chatId && body(() => <SentList records={sentTo({ kind: 'chat', chatId })} label="Cards in the chat" empty="No cards posted to this chat yet" />)}
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
