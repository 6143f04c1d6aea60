/**
 * What `notify digest` and `notify reminders` do, over the same hub, domain and card builders
 * as the tab: load the lists, compute, build the cards, then post them (or print them with
 * --dry-run, which writes nothing).
 */
import { buildActionReminderCard } from '../../cards/actionReminder';
import { buildDigestCard } from '../../cards/digest';
import type { AdaptiveCardJson } from '../../cards/types';
import { DESTINATION_VERSION, type CardVersion } from '../../cards/version';
import type { Hub } from '../../data/hub';
import { buildDigest } from '../../domain/events/digest';
import { overdueReminders } from '../../domain/events/reminders';
import type { Clock } from '../../domain/ids';
import { deepLink, type DeepLinkOptions } from '../../domain/links';
import type { CardKind } from '../../domain/notices/records';
import { postCardAndRecord, sentCardDraft } from '../../data/sentCards';
import { describeNotifyTarget, type NotifyTarget } from './target';
import { postToWorkflowWebhook } from './webhook';

export interface NotifyRun {
  readonly hub: Hub;
  readonly clock: Clock;
  /** Required unless `dryRun`. */
  readonly target?: NotifyTarget;
  readonly dryRun: boolean;
  /** How cards link into the tab (Teams deep links, or the tab's URL). */
  readonly linkOptions: DeepLinkOptions;
  readonly fetchImpl?: typeof fetch;
  readonly log: (line: string) => void;
  /** Who the Sent Cards list names as the sender: the signed-in person, or the app for unattended runs. */
  readonly sentBy: string;
}

export interface NotifyResult {
  readonly cards: readonly AdaptiveCardJson[];
  readonly posted: number;
}

/** The version the run's destination renders: 1.4 for a Workflows webhook, 1.5 through Graph (and for --dry-run). */
export function versionFor(target: NotifyTarget | undefined): CardVersion {
  return target?.kind === 'webhook' ? DESTINATION_VERSION.workflow : DESTINATION_VERSION.graph;
}

/**
 * Posts one card where the run says, then records it in the Sent Cards list. Returns the Graph
 * message id when there is one (a webhook gives none).
 */
export async function postAndRecord(run: NotifyRun, target: NotifyTarget, card: AdaptiveCardJson, summary: string, kind: CardKind, announcementId?: string): Promise<{ messageId?: string }> {
  const details = { summary, kind, sentBy: run.sentBy, sentAt: run.clock().toISOString(), ...(announcementId ? { announcementId } : {}) };
  if (target.kind === 'graph') {
    const { message } = await postCardAndRecord(run.hub, target.target, card, details);
    run.log(`Posted "${summary}" to the ${describeNotifyTarget(target)}.`);
    return { messageId: message.id };
  }
  await postToWorkflowWebhook(target.url, card, run.fetchImpl);
  run.log(`Posted "${summary}" to the ${describeNotifyTarget(target)}.`);
  await run.hub.sentCards.create(sentCardDraft({ destination: 'Workflow webhook', target: new URL(target.url).host }, card, details));
  return {};
}

async function post(run: NotifyRun, card: AdaptiveCardJson, summary: string, kind: CardKind): Promise<boolean> {
  if (run.dryRun) {
    run.log(JSON.stringify(card, null, 2));
    return false;
  }
  if (!run.target) throw new Error('notify: a target is required unless --dry-run (parseNotifyTarget checks this first)');
  await postAndRecord(run, run.target, card, summary, kind);
  return true;
}

export const linkTo = (run: NotifyRun) => (target: Parameters<typeof deepLink>[0]) => deepLink(target, run.linkOptions);

/** Builds the digest from the lists and posts it as one card. */
export async function sendDigest(run: NotifyRun, options: { readonly heading?: string; readonly timeZone?: string } = {}): Promise<NotifyResult> {
  const { hub } = run;
  const [events, registrations, actions, actionUpdates, people, units, plans] = await Promise.all([
    hub.events.all(),
    hub.registrations.all(),
    hub.actions.all(),
    hub.actionUpdates.all(),
    hub.people.all(),
    hub.units.all(),
    hub.plans.all(),
  ]);
  const digest = buildDigest({ events, registrations, actions, actionUpdates, people, units, plans }, run.clock, { timeZone: options.timeZone });
  const hubLink = run.linkOptions.appBaseUrl ?? 'https://teams.microsoft.com/';
  const card = buildDigestCard(digest, { linkTo: linkTo(run), hubLink, heading: options.heading, timeZone: options.timeZone, version: versionFor(run.target) });
  run.log(
    `Digest for ${digest.today}: ${digest.upcomingEvents.length} upcoming events, ${digest.dueSoon.length} due soon, ` +
      `${digest.overdue.length} overdue, ${digest.red.length} Red, ${digest.recentlyCompleted.length} completed recently.`,
  );
  const posted = await post(run, card, options.heading ?? 'Friday Digest', 'Digest');
  return { cards: [card], posted: posted ? 1 : 0 };
}

/** One reminder card per open action past its target date, @mentioning its owners. */
export async function sendReminders(run: NotifyRun, options: { readonly timeZone?: string; readonly withinDays?: number } = {}): Promise<NotifyResult> {
  const { hub } = run;
  const [actions, people, plans] = await Promise.all([hub.actions.all(), hub.people.all(), hub.plans.all()]);
  const planTitle = new Map(plans.map((p) => [p.id, p.title]));
  const reminders = overdueReminders(actions, people, run.clock, { ...options, plans });
  run.log(`${reminders.length} ${reminders.length === 1 ? 'action is' : 'actions are'} past their target date.`);
  const cards: AdaptiveCardJson[] = [];
  let posted = 0;
  for (const reminder of reminders) {
    const card = buildActionReminderCard(reminder, { linkTo: linkTo(run), planTitle: planTitle.get(reminder.action.planId), timeZone: options.timeZone, version: versionFor(run.target) });
    cards.push(card);
    // One at a time: Teams throttles bursts of channel messages; the pipeline retries 429s.
    if (await post(run, card, `Reminder: ${reminder.action.reference} is past its target date`, 'Action reminder')) posted++;
  }
  return { cards, posted };
}
