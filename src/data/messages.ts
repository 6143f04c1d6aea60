import type { ChatSummary, MessageService, MessageTarget, SentMessage } from './hub';
import { graphPath } from './graph/odata';
import { readAllPages } from './graph/paging';
import type { GraphPipeline } from './graph/pipeline';

/** Adaptive Card attachments carry this content type (Graph `chatMessageAttachment`). */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

interface GraphChatMessage {
  readonly id: string;
  readonly createdDateTime: string;
  readonly from?: { readonly user?: { readonly displayName?: string } | null } | null;
  readonly attachments?: readonly { readonly id?: string; readonly contentType?: string; readonly content?: string | null }[];
}

function messagesPath(target: MessageTarget): string {
  return target.kind === 'channel' ? graphPath('teams', target.teamId, 'channels', target.channelId, 'messages') : graphPath('chats', target.chatId, 'messages');
}

function describe(target: MessageTarget): string {
  return target.kind === 'channel' ? 'the channel' : 'the chat';
}

/** A Graph chat message reduced to what the "Sent cards" view shows, with each card parsed back. */
export function toSentMessage(message: GraphChatMessage, target: MessageTarget): SentMessage {
  const cards = (message.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD && typeof a.content === 'string')
    .flatMap((a) => {
      try {
        return [JSON.parse(a.content as string) as unknown];
      } catch {
        return []; // a card someone else posted that is not JSON: nothing to show
      }
    });
  return { id: message.id, createdDateTime: message.createdDateTime, from: message.from?.user?.displayName ?? undefined, cards, target };
}

/**
 * Posts Adaptive Cards to a channel or chat as the signed-in user: the card rides as an attachment
 * whose `content` is the card JSON as a string, and the body must reference it with
 * `<attachment id="…"></attachment>`. https://learn.microsoft.com/graph/api/chatmessage-post
 */
export function createMessageService(pipeline: GraphPipeline, newId: () => string = () => globalThis.crypto.randomUUID()): MessageService {
  return {
    async postCard(target, card, summary) {
      const attachmentId = newId();
      const body = {
        ...(summary ? { summary } : {}),
        body: { contentType: 'html', content: `<attachment id="${attachmentId}"></attachment>` },
        attachments: [{ id: attachmentId, contentType: ADAPTIVE_CARD, contentUrl: null, content: JSON.stringify(card) }],
      };
      const posted = await pipeline.send<GraphChatMessage>({ method: 'POST', path: messagesPath(target), body, what: `Posting a card to ${describe(target)}` });
      return toSentMessage(posted, target);
    },

    async list(target) {
      const messages = await readAllPages<GraphChatMessage>(pipeline, messagesPath(target), { what: `Reading the messages of ${describe(target)}` });
      return messages.map((m) => toSentMessage(m, target)).filter((m) => m.cards.length > 0);
    },

    async listChats() {
      // https://learn.microsoft.com/graph/api/chat-list — `$select` keeps the page small.
      const chats = await readAllPages<{ id: string; topic?: string | null; chatType: string }>(pipeline, 'me/chats?$select=id,topic,chatType', { what: 'Reading your chats' });
      return chats.map((c): ChatSummary => ({ id: c.id, chatType: c.chatType, ...(c.topic ? { topic: c.topic } : {}) }));
    },
  };
}
