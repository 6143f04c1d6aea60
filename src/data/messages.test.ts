import { ADAPTIVE_CARD, createMessageService, toSentMessage } from './messages';
import { createGraphPipeline } from './graph/pipeline';

describe('Adaptive Cards as chat messages', () => {
  it('posts the card as an attachment referenced from the body, its content the JSON text', async () => {
    let sent: { url: string; body: Record<string, unknown> } | undefined;
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent = { url: String(input), body: JSON.parse(String(init?.body)) };
      return new Response(JSON.stringify({ id: 'm1', createdDateTime: '2025-01-01T00:00:00Z', ...sent.body }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const pipeline = createGraphPipeline({ baseUrl: 'https://graph.microsoft.com/v1.0', getAccessToken: async () => 't', fetchImpl });
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'CaféTech' }] };
    const message = await createMessageService(pipeline, () => 'att-1').postCard({ kind: 'channel', teamId: 'team/1', channelId: '19:abc@thread.tacv2' }, card, 'CaféTech');
    expect(sent?.url).toBe('https://graph.microsoft.com/v1.0/teams/team%2F1/channels/19%3Aabc%40thread.tacv2/messages');
    expect(sent?.body).toMatchObject({
      body: { contentType: 'html', content: '<attachment id="att-1"></attachment>' },
      attachments: [{ id: 'att-1', contentType: ADAPTIVE_CARD, content: JSON.stringify(card) }],
    });
    expect(message.cards).toEqual([card]);
  });

  it('reads cards back from messages and ignores other attachments', () => {
    const read = toSentMessage(
      {
        id: '1',
        createdDateTime: 'x',
        from: { user: { displayName: 'Ann' } },
        attachments: [
          { contentType: ADAPTIVE_CARD, content: '{"type":"AdaptiveCard"}' },
          { contentType: 'reference', content: null },
          { contentType: ADAPTIVE_CARD, content: 'not json' },
        ],
      },
      { kind: 'chat', chatId: 'c' },
    );
    expect(read).toMatchObject({ from: 'Ann', cards: [{ type: 'AdaptiveCard' }] });
  });

  it('lists the signed-in person’s chats across pages, topic only where the chat has one', async () => {
    const urls: string[] = [];
    const pages: Record<string, unknown> = {
      'https://graph.microsoft.com/v1.0/me/chats?$select=id,topic,chatType': {
        value: [{ id: '19:a@thread.v2', topic: 'Steering group', chatType: 'group' }],
        '@odata.nextLink': 'https://graph.microsoft.com/v1.0/me/chats?$select=id,topic,chatType&$skiptoken=2',
      },
      'https://graph.microsoft.com/v1.0/me/chats?$select=id,topic,chatType&$skiptoken=2': { value: [{ id: '19:b@unq.gbl.spaces', topic: null, chatType: 'oneOnOne' }] },
    };
    const fetchImpl = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      const page = pages[String(input)];
      return new Response(JSON.stringify(page ?? { error: { code: 'itemNotFound', message: 'no' } }), { status: page ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const pipeline = createGraphPipeline({ baseUrl: 'https://graph.microsoft.com/v1.0', getAccessToken: async () => 't', fetchImpl });
    const chats = await createMessageService(pipeline).listChats();
    expect(chats).toEqual([
      { id: '19:a@thread.v2', topic: 'Steering group', chatType: 'group' },
      { id: '19:b@unq.gbl.spaces', chatType: 'oneOnOne' },
    ]);
    expect(urls).toHaveLength(2);
  });
});
