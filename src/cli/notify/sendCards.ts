/**
 * What `notify digest` and `notify reminders` do, over the same hub, domain and card builders
 * as the tab: load the lists, compute, build the cards, then post them (or print them with
 * --dry-run, which writes nothing).
 */
import { buildActionReminderCard } from '../../cards/actionReminder';
import { buildDigestCard } from '../../cards/digest';
import type { AdaptiveCardJson } from '../../cards/types';
import type { Hub } from '../../data/hub';
import { buildDigest } from '../../domain/events/digest';
import { overdueReminders } from '../../domain/events/reminders';
import type { Clock } from '../../domain/ids';
import { deepLink, type DeepLinkOptions } from '../../domain/links';
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
}

export interface NotifyResult {
  readonly cards: readonly AdaptiveCardJson[];
  readonly posted: number;
}

async function post(run: NotifyRun, card: AdaptiveCardJson, summary: string): Promise<boolean> {
  if (run.dryRun) {
    run.log(JSON.stringify(card, null, 2));
    return false;
  }
  if (!run.target) throw new Error('notify: a target is required unless --dry-run (parseNotifyTarget checks this first)');
  if (run.target.kind === 'webhook') await postToWorkflowWebhook(run.target.url, card, run.fetchImpl);
  else await run.hub.messages.postCard(run.target.target, card, summary);
  run.log(`Posted "${summary}" to the ${describeNotifyTarget(run.target)}.`);
  return true;
}

const linkTo = (run: NotifyRun) => (target: Parameters<typeof deepLink>[0]) => deepLink(target, run.linkOptions);

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
  const card = buildDigestCard(digest, { linkTo: linkTo(run), hubLink, heading: options.heading, timeZone: options.timeZone });
  run.log(
    `Digest for ${digest.today}: ${digest.upcomingEvents.length} upcoming events, ${digest.dueSoon.length} due soon, ` +
      `${digest.overdue.length} overdue, ${digest.red.length} Red, ${digest.recentlyCompleted.length} completed recently.`,
  );
  const posted = await post(run, card, options.heading ?? 'Friday Digest');
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
    const card = buildActionReminderCard(reminder, { linkTo: linkTo(run), planTitle: planTitle.get(reminder.action.planId), timeZone: options.timeZone });
    cards.push(card);
    // One at a time: Teams throttles bursts of channel messages; the pipeline retries 429s.
    if (await post(run, card, `Reminder: ${reminder.action.reference} is past its target date`)) posted++;
  }
  return { cards, posted };
}
