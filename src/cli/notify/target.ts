/**
 * Where `notify` posts: a channel or chat through Graph (as the signed-in user), or a Teams
 * Workflows webhook ("When a Teams webhook request is received"), which needs no bot and no
 * Graph permission — the replacement for retired Office 365 connectors.
 */
import { validationError } from '../../domain/errors';
import type { MessageTarget } from '../../data/hub';

export type NotifyTarget =
  | { readonly kind: 'graph'; readonly target: MessageTarget }
  | { readonly kind: 'webhook'; readonly url: string };

export interface NotifyTargetOptions {
  /** `teamId/channelId` */
  readonly channel?: string;
  readonly chat?: string;
  readonly webhook?: string;
}

/** Reads exactly one of `--channel`, `--chat`, `--webhook`; a clear error names what is wrong. */
export function parseNotifyTarget(options: NotifyTargetOptions): NotifyTarget {
  const given = (['channel', 'chat', 'webhook'] as const).filter((k) => options[k]);
  if (given.length !== 1) {
    throw validationError('Say where to post: one of --channel teamId/channelId, --chat chatId or --webhook URL.', [
      { field: given.length ? given.join(', ') : 'channel', message: given.length ? 'Give only one place to post to.' : 'Nothing to post to was given.' },
    ]);
  }
  if (options.channel) {
    const [teamId, channelId, ...rest] = options.channel.split('/');
    if (!teamId || !channelId || rest.length) {
      throw validationError(`--channel "${options.channel}" is not teamId/channelId.`, [{ field: 'channel', message: 'Expected teamId/channelId, e.g. local-team/general.' }]);
    }
    return { kind: 'graph', target: { kind: 'channel', teamId, channelId } };
  }
  if (options.chat) return { kind: 'graph', target: { kind: 'chat', chatId: options.chat } };
  const url = options.webhook as string;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw validationError(`--webhook "${url}" is not a URL.`, [{ field: 'webhook', message: 'Expected the workflow URL Teams gave you (https://…).' }]);
  }
  if (parsed.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(parsed.hostname)) {
    throw validationError('--webhook must be an https:// URL.', [{ field: 'webhook', message: 'Only local test webhooks may use http.' }]);
  }
  return { kind: 'webhook', url };
}

/** Words for logs: "channel local-team/general", "chat 19:abc", "webhook prod-123.westeurope…". */
export function describeNotifyTarget(target: NotifyTarget): string {
  if (target.kind === 'webhook') return `webhook ${new URL(target.url).host}`;
  return target.target.kind === 'channel' ? `channel ${target.target.teamId}/${target.target.channelId}` : `chat ${target.target.chatId}`;
}
