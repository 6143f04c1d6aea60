/**
 * Posts an Adaptive Card to a Teams Workflows webhook. The flow's trigger ("When a Teams webhook
 * request is received") expects a message with card attachments; `content` is the card object
 * itself (unlike Graph, where it is the card JSON as a string).
 */
import { HubError } from '../../domain/errors';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from '../../cards/types';

export interface WorkflowMessage {
  readonly type: 'message';
  readonly attachments: readonly { readonly contentType: string; readonly contentUrl: null; readonly content: AdaptiveCardJson }[];
}

/** The body a Workflows webhook accepts for one card. */
export function workflowMessage(card: AdaptiveCardJson): WorkflowMessage {
  return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }] };
}

/** POSTs the card; a non-2xx answer becomes a HubError saying what the webhook said. */
export async function postToWorkflowWebhook(url: string, card: AdaptiveCardJson, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(workflowMessage(card)) });
  } catch (cause) {
    throw new HubError('network', `The webhook at ${new URL(url).host} could not be reached.`, { cause });
  }
  if (!response.ok) {
    const text = (await response.text().catch(() => '')).slice(0, 300);
    const code = response.status === 429 ? 'throttled' : response.status >= 500 ? 'server' : response.status === 401 || response.status === 403 ? 'forbidden' : 'badRequest';
    throw new HubError(code, `The webhook refused the card (${response.status}): ${text || response.statusText}`, { status: response.status });
  }
}
