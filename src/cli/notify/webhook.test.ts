import { isHubError } from '../../domain/errors';
import { buildEventAnnouncementCard } from '../../cards/eventAnnouncement';
import { sampleEvent } from '../../domain/events/sampleRecords';
import { postToWorkflowWebhook, workflowMessage } from './webhook';

const card = buildEventAnnouncementCard(sampleEvent(), { linkTo: () => 'https://hub.example.ac.uk/#/events/1' });
const answering = (status: number, text = ''): typeof fetch => async () => new Response(text, { status });

describe('posting to a Teams Workflows webhook', () => {
  it('sends the card itself (not a string) as the attachment of a message', () => {
    expect(workflowMessage(card)).toEqual({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
    });
  });

  it('says what the webhook answered when it refuses the card', async () => {
    const refused = postToWorkflowWebhook('https://prod.westeurope.logic.azure.com/workflows/x', card, answering(400, 'Flow not found'));
    await expect(refused).rejects.toThrow('The webhook refused the card (400): Flow not found');
    await expect(refused).rejects.toMatchObject({ code: 'badRequest' });
  });

  it('tells throttling and an outage apart from a bad card', async () => {
    const caught = await postToWorkflowWebhook('https://example.org/hook', card, answering(429)).catch((e: unknown) => e);
    expect(isHubError(caught, 'throttled')).toBe(true);
    await expect(postToWorkflowWebhook('https://example.org/hook', card, answering(502))).rejects.toMatchObject({ code: 'server' });
  });

  it('names the host it could not reach', async () => {
    const unreachable: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(postToWorkflowWebhook('https://example.org/hook', card, unreachable)).rejects.toThrow('The webhook at example.org could not be reached.');
  });
});
