/**
 * The reminder posted to an action's owners when its target date has passed and it is not
 * complete: which action, how late, its status, and a button to update it in the tab.
 */
import type { ActionReminder } from '../domain/events/reminders';
import { formatLongDate } from '../domain/events/timeZone';
import { ACTION_REMINDER_TEMPLATE } from './actionReminder.template';
import { escapeCardText, mentionName } from './escape';
import { expandCard } from './template';
import type { AdaptiveCardJson, CardContext } from './types';

export interface ActionReminderContext extends CardContext {
  /** The plan's title, when known. */
  readonly planTitle?: string;
}

export interface ActionReminderData {
  readonly title: string;
  readonly message: string;
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  /** Teams mentions of the owners: `id` is their sign-in name (UPN), which Teams accepts. */
  readonly mentions: readonly { readonly id: string; readonly name: string }[];
  readonly link: string;
  readonly fallbackText: string;
}

/** Builds the reminder card for one overdue action. */
export function buildActionReminderCard(reminder: ActionReminder, context: ActionReminderContext): AdaptiveCardJson {
  const { action, owners, daysOverdue } = reminder;
  const mentions = owners.map((o) => ({ id: o.email, name: mentionName(o.name) }));
  const targetDate = action.targetDate ? formatLongDate(`${action.targetDate.slice(0, 10)}T12:00:00Z`, context.timeZone) : 'no date';
  const who = mentions.length ? `${mentions.map((m) => `<at>${m.name}</at>`).join(', ')}: this` : 'This';
  const late = `${daysOverdue} ${daysOverdue === 1 ? 'day' : 'days'} ago`;
  const title = `${escapeCardText(action.reference)} ${escapeCardText(action.title)}`;
  const data: ActionReminderData = {
    title,
    message: `${who} action was due on ${targetDate} (${late}). Please update its status or add evidence.`,
    facts: [
      context.planTitle ? { title: 'Plan', value: escapeCardText(context.planTitle) } : undefined,
      { title: 'Status', value: escapeCardText(action.statusLabel ?? action.ragStatus) },
      { title: 'Target date', value: targetDate },
      action.timeframe ? { title: 'Timeframe', value: escapeCardText(action.timeframe) } : undefined,
    ].filter((f): f is { title: string; value: string } => f !== undefined),
    mentions,
    link: context.linkTo({ kind: 'action', id: action.id }),
    fallbackText: `${title} was due on ${targetDate}`,
  };
  return expandCard(ACTION_REMINDER_TEMPLATE, data, context.version);
}
