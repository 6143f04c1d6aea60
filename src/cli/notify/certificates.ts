/**
 * `notify certificates`: tells each person, and their line manager, in their Teams activity feed
 * that a compliance certificate expires within N days (default 30), once per certificate per
 * threshold (src/domain/notices/certificates.ts). Each notice is recorded in Sent Cards with its
 * once-only key, so running it daily — or twice — tells nobody twice.
 */
import { toWallTime } from '../../domain/events/timeZone';
import { certificateNotice } from '../../domain/notices/activity';
import { certificateNoticesDue } from '../../domain/notices/certificates';
import { linkTo, type NotifyRun } from './sendCards';

export interface CertificateResult {
  readonly sent: number;
  readonly failed: number;
}

export async function sendCertificateNotices(run: NotifyRun, options: { readonly thresholds?: readonly number[]; readonly timeZone?: string } = {}): Promise<CertificateResult> {
  const { hub } = run;
  const [ratings, skills, people, sent] = await Promise.all([hub.ratings.all(), hub.skills.all(), hub.people.all(), hub.sentCards.where({ kind: 'Certificate notice' })]);
  const today = toWallTime(run.clock().toISOString(), options.timeZone).date;
  const due = certificateNoticesDue({ ratings, skills, people, today, thresholds: options.thresholds, alreadySent: new Set(sent.map((s) => s.noticeKey ?? '')) });
  run.log(`${due.length} certificate notice${due.length === 1 ? '' : 's'} to send for ${today}.`);
  let count = 0;
  let failed = 0;
  for (const notice of due) {
    const activity = certificateNotice(
      { skillName: notice.skill.name, personName: notice.person.name, expiry: notice.expiry, days: notice.daysLeft, forManager: notice.forManager },
      linkTo(run)({ kind: 'person', id: notice.person.id }),
      options.timeZone,
    );
    if (run.dryRun) {
      run.log(`Would tell ${notice.recipient.email}: ${activity.previewText}`);
      continue;
    }
    try {
      await hub.activity.notifyUser(notice.recipient.email, activity);
    } catch (error) {
      failed++;
      run.log(`Could not tell ${notice.recipient.email} (${error instanceof Error ? error.message : String(error)}); the next run tries again.`);
      continue;
    }
    await hub.sentCards.create({ summary: activity.previewText, kind: 'Certificate notice', destination: 'Activity feed', target: notice.recipient.email, sentBy: run.sentBy, sentAt: run.clock().toISOString(), noticeKey: notice.key });
    run.log(`Told ${notice.recipient.email}: ${activity.previewText}`);
    count++;
  }
  return { sent: count, failed };
}
