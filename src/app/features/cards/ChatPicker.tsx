/**
 * Chooses a chat to post a card to or read cards from: the signed-in person's chats
 * (`GET /me/chats`) in a dropdown. Where the chats cannot be listed (no consent to `Chat.ReadWrite`),
 * it falls back to typing the chat id, and says why.
 */
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import type { ChatSummary } from '../../../data/hub';
import { describeError } from '../../components/describeError';
import { useAsync } from '../../services/useAsync';
import { useHub } from '../../services/session';

export interface ChatPickerProps {
  readonly value: string;
  readonly onChange: (chatId: string) => void;
}

/** What a person calls a chat: its topic, or what kind of chat it is. */
export function chatLabel(chat: ChatSummary): string {
  if (chat.topic) return chat.topic;
  return chat.chatType === 'oneOnOne' ? 'One-on-one chat' : chat.chatType === 'meeting' ? 'Meeting chat' : 'Group chat';
}

export function ChatPicker({ value, onChange }: ChatPickerProps) {
  const hub = useHub();
  // Not list items: the person's Teams chats come from Graph /me/chats, which no list store holds.
  const chats = useAsync(() => hub.messages.listChats(), [hub]);
  if (chats.error) {
    return (
      <Field label="Chat id" hint={`Your chats could not be listed (${describeError(chats.error).title}). Paste the id from the chat’s link in Teams (19:…@thread.v2).`}>
        <Input value={value} onChange={(_, d) => onChange(d.value.trim())} />
      </Field>
    );
  }
  const list = chats.data ?? [];
  const selected = list.find((c) => c.id === value);
  return (
    <Field label="Chat" hint={chats.loading ? 'Loading your chats…' : list.length === 0 ? 'You are in no chats yet.' : undefined}>
      <Dropdown
        placeholder="Choose a chat"
        value={selected ? chatLabel(selected) : ''}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
      >
        {list.map((chat) => (
          <Option key={chat.id} value={chat.id}>
            {chatLabel(chat)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
