/**
 * One announcement, as its card's links open it: opening records "Opened" for the signed-in
 * person, the "Got it" link (or button) records "Got it" (Announcement Reads list). Its author —
 * or a site owner — sees who has opened and acknowledged it, who has not, and can remind them in
 * their Teams activity feed.
 */
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { deepLink } from '../../../domain/links';
import { readReminderNotice } from '../../../domain/notices/activity';
import { readSummary, readsToRecord } from '../../../domain/notices/reads';
import type { AnnouncementRead } from '../../../domain/notices/records';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../components/displayDates';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';
import { useChangesOnOpen } from '../../services/useChangesOnOpen';
import { unconfirmed } from '../../services/unconfirmed';
import { useCombined, useList } from '../../services/useList';
import { missingListOf } from '../../../domain/errors';
import { listSpec } from '../../../data/schema/lists';
import { requireSentCards } from '../../../data/sentCards';
import { MissingList } from '../../setup/MissingList';

const NO_READS: readonly AnnouncementRead[] = [];

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalXL, display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '720px', justifyItems: 'start' },
  message: { display: 'block', whiteSpace: 'pre-wrap', marginBottom: tokens.spacingVerticalM },
});

export function AnnouncementPage({ gotIt }: { readonly gotIt: boolean }) {
  const styles = useStyles();
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const { announcementId = '' } = useParams();
  const me = session.user.userPrincipalName;
  const [acknowledging, setAcknowledging] = useState(false);
  const [reminding, setReminding] = useState(false);
  const recorded = useRef<string>();
  // From the Announcements, Announcement Reads and People stores every page shares: a read recorded
  // here is in the store as soon as SharePoint has it.
  const announcements = useList(hub.announcements);
  const storedReads = useList(hub.announcementReads);
  // A site an earlier release set up may lack Announcement Reads: who read it is then unknown (not "nobody").
  const readsAbsent = missingListOf(storedReads.error) !== undefined;
  const allReads = readsAbsent ? { ...storedReads, items: NO_READS, loading: false, error: undefined } : storedReads;
  const everyone = useList(hub.people);
  useChangesOnOpen(hub.announcements, hub.announcementReads);
  const { data, error, loading, reload } = useCombined(
    [announcements, allReads, everyone],
    () => ({ announcement: announcements.items.find((a) => a.id === announcementId), reads: allReads.items.filter((r) => r.announcementId === announcementId), people: everyone.items }),
    [announcementId],
  );

  const record = async (reads: readonly AnnouncementRead[], withGotIt: boolean) => {
    for (const kind of readsToRecord(reads, me, withGotIt)) {
      await hub.announcementReads.create({ announcementId, reader: me, kind, readAt: new Date().toISOString() });
    }
  };

  // Opening the page is what "Open" on the card means; record it once per visit.
  // Only against reads confirmed by Graph: a snapshot from an earlier visit may lack one made since.
  const readsConfirmed = !allReads.state.fromCache;
  useEffect(() => {
    if (!data || readsAbsent || !readsConfirmed || recorded.current === `${announcementId}:${gotIt}`) return;
    recorded.current = `${announcementId}:${gotIt}`;
    record(data.reads, gotIt).catch((e: unknown) => notify.error(e, 'recording that you read this'));
  }, [data, readsAbsent, readsConfirmed, announcementId, gotIt]);

  if (error) return <><PageHeader title="Announcement" eyebrow="Announcements" /><ErrorMessage error={error} doing="loading the announcement" onRetry={reload} /></>;
  if (!data) return <><PageHeader title="Announcement" eyebrow="Announcements" />{loading && <LoadingState label="Loading the announcement…" />}</>;
  const { announcement, reads, people } = data;
  if (!announcement && unconfirmed(announcements)) return <><PageHeader title="Announcement" eyebrow="Announcements" /><LoadingState label="Loading the announcement…" /></>;
  if (!announcement) return <><PageHeader title="Announcement" eyebrow="Announcements" /><EmptyState title="No such announcement" body="It may have been deleted from SharePoint. The Announcements page lists those there are now." /></>;
  const acknowledged = reads.some((r) => r.kind === 'Got it' && r.reader.toLowerCase() === me.toLowerCase());
  const isAuthor = announcement.createdBy?.toLowerCase() === me.toLowerCase() || session.role === 'owner';
  const summary = readSummary(announcement, reads, people);

  const sayGotIt = async () => {
    setAcknowledging(true);
    try {
      await record(reads, true);
    } catch (e) {
      notify.error(e, 'saying you have read it');
    } finally {
      setAcknowledging(false);
    }
  };

  const remind = async () => {
    setReminding(true);
    const teamId = session.messageTarget?.kind === 'channel' ? session.messageTarget.teamId : undefined;
    const notice = readReminderNotice(announcement.title, deepLink({ kind: 'gotit', id: announcement.id }, session.linkOptions));
    let told = 0;
    const failed: string[] = [];
    try {
      await requireSentCards(hub); // each reminder is recorded: none sent on a site without Sent Cards
    } catch (e) {
      setReminding(false);
      notify.error(e, 'sending reminders');
      return;
    }
    for (const person of summary.notYet) {
      try {
        if (teamId) await hub.activity.notifyInTeam(teamId, person.email, notice);
        else await hub.activity.notifyUser(person.email, notice);
        await hub.sentCards.create({ summary: notice.previewText, kind: 'Read reminder', destination: 'Activity feed', target: person.email, sentBy: me, sentAt: new Date().toISOString(), announcementId: announcement.id });
        told++;
      } catch {
        failed.push(person.name);
      }
    }
    setReminding(false);
    if (failed.length) notify.error(new Error(`Could not remind ${failed.join(', ')}.`), 'sending reminders');
    if (told) notify.success('Reminders sent', `Reminded ${told} ${told === 1 ? 'person' : 'people'} in their Teams activity feed.`);
  };

  const names = (list: readonly { name: string }[]) => (list.length ? list.map((p) => p.name).join(', ') : 'Nobody yet');
  return (
    <>
      <PageHeader title={announcement.title} eyebrow="Announcement" subtitle={announcement.state === 'Posted' && announcement.postedAt ? `Posted ${formatDateTime(announcement.postedAt)}` : `${announcement.state} · goes out ${formatDateTime(announcement.dueAt)}`} />
      {announcement.message && <Body1 as="p" className={styles.message}>{announcement.message}</Body1>}
      {readsAbsent && <MissingList list={listSpec('announcementReads').displayName} needs="Read receipts need" />}
      {announcement.askToAcknowledge && !readsAbsent && (
        acknowledged ? (
          <MessageBar intent="success" role="status"><MessageBarBody>You said Got it. Thank you.</MessageBarBody></MessageBar>
        ) : (
          <div><Button appearance="primary" onClick={() => void sayGotIt()} disabled={acknowledging}>{acknowledging ? 'Saving…' : 'Got it'}</Button></div>
        )
      )}
      {isAuthor && !readsAbsent && (
        <section className={styles.section} aria-labelledby="read-by">
          <Subtitle2 as="h2" id="read-by">Who has read it</Subtitle2>
          <Body1 as="p">
            Opened by {summary.opened.length + summary.others.length}
            {announcement.askToAcknowledge ? ` · Got it from ${summary.acknowledged.length}` : ''} · {summary.notYet.length} not yet
          </Body1>
          <Caption1 as="p">Opened: {names(summary.opened)}{summary.others.length ? ` (and ${summary.others.join(', ')})` : ''}</Caption1>
          {announcement.askToAcknowledge && <Caption1 as="p">Got it: {names(summary.acknowledged)}</Caption1>}
          <Caption1 as="p">Not yet: {names(summary.notYet)}</Caption1>
          {summary.notYet.length > 0 && announcement.state === 'Posted' && (
            <Button onClick={() => void remind()} disabled={reminding}>{reminding ? 'Reminding…' : `Remind the ${summary.notYet.length} who have not`}</Button>
          )}
        </section>
      )}
    </>
  );
}
