/**
 * Posting a card through Graph and recording it in the Sent Cards list, as one step the tab and
 * the CLI share: "Sent cards" reads that list, so it needs no permission to read channel history
 * (`ChannelMessage.Read.All` is admin-consented).
 */
import type { CardKind, SentCard } from '../domain/notices/records';
import type { Draft } from '../domain/model';
import type { Hub, MessageTarget, SentMessage } from './hub';
import { missingListError } from '../domain/errors';
import { listSpec } from './schema/lists';

export interface SendDetails {
  readonly summary: string;
  readonly kind: CardKind;
  /** Sign-in name of who sends. */
  readonly sentBy: string;
  readonly sentAt: string;
  readonly announcementId?: string;
}

/** `teamId/channelId` or the chat id: how the list names a Graph target. */
export function describeMessageTarget(target: MessageTarget): Pick<SentCard, 'destination' | 'target'> {
  return target.kind === 'channel' ? { destination: 'Channel', target: `${target.teamId}/${target.channelId}` } : { destination: 'Chat', target: target.chatId };
}

/** The Sent Cards record of one card. */
export function sentCardDraft(where: Pick<SentCard, 'destination' | 'target'>, card: { readonly version?: unknown }, details: SendDetails, messageId?: string): Draft<SentCard> {
  return {
    ...details,
    ...where,
    ...(messageId ? { messageId } : {}),
    ...(typeof card.version === 'string' ? { cardVersion: card.version } : {}),
    card,
  };
}

/**
 * Posts the card as the signed-in person, then records it — nothing is posted on a site without the
 * Sent Cards list. A record that fails to be written does not undo the post (it happened); the
 * error says so.
 */
export async function postCardAndRecord(hub: Hub, target: MessageTarget, card: { readonly version?: unknown }, details: SendDetails): Promise<{ message: SentMessage; record: SentCard }> {
  await requireSentCards(hub);
  const message = await hub.messages.postCard(target, card, details.summary);
  const record = await hub.sentCards.create(sentCardDraft(describeMessageTarget(target), card, details, message.id));
  return { message, record };
}

/**
 * Refuses before anything is sent when the site has no Sent Cards list (a site an earlier release
 * set up): a card sent but not recorded would be a half-write — and once-only notices would repeat.
 */
export async function requireSentCards(hub: Pick<Hub, 'missingLists'>): Promise<void> {
  if (!(await hub.missingLists()).includes('sentCards')) return;
  const { displayName } = listSpec('sentCards');
  throw missingListError(displayName, `Nothing was sent: sending records each card in the "${displayName}" list, which this site doesn’t have yet. A site owner can add it with Set up in the Technician Hub tab or with "npm run provision".`);
}
