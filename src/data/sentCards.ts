/**
 * Posting a card through Graph and recording it in the Sent Cards list, as one step the tab and
 * the CLI share: "Sent cards" reads that list, so it needs no permission to read channel history
 * (`ChannelMessage.Read.All` is admin-consented).
 */
import type { CardKind, SentCard } from '../domain/notices/records';
import type { Draft } from '../domain/model';
import type { Hub, MessageTarget, SentMessage } from './hub';

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
 * Posts the card as the signed-in person, then records it. A record that fails to be written does
 * not undo the post (it happened); the error says so.
 */
export async function postCardAndRecord(hub: Hub, target: MessageTarget, card: { readonly version?: unknown }, details: SendDetails): Promise<{ message: SentMessage; record: SentCard }> {
  const message = await hub.messages.postCard(target, card, details.summary);
  const record = await hub.sentCards.create(sentCardDraft(describeMessageTarget(target), card, details, message.id));
  return { message, record };
}
