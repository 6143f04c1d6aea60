/**
 * Sending a card records it in Sent Cards. On a site an earlier release set up, without that list,
 * nothing is posted: a card sent but not recorded would be a half-write (and "Sent cards" and the
 * once-only notices would not know it went).
 */
import type { Hub } from './hub';
import { isHubError, missingListOf } from '../domain/errors';
import type { ListKey } from './schema/types';
import { postCardAndRecord } from './sentCards';

function hubMissing(missing: readonly ListKey[]) {
  const posted: unknown[] = [];
  const recorded: unknown[] = [];
  const hub = {
    missingLists: async () => [...missing],
    messages: { postCard: async (_target: unknown, card: unknown) => (posted.push(card), { id: 'm1' }) },
    sentCards: { create: async (draft: unknown) => (recorded.push(draft), { ...(draft as object), id: '1' }) },
  } as unknown as Hub;
  return { hub, posted, recorded };
}

const details = { summary: 'Showcase', kind: 'Event announcement', sentBy: 'ann@uni.ac.uk', sentAt: '2026-11-29T10:00:00Z' } as const;
const channel = { kind: 'channel', teamId: 't1', channelId: 'c1' } as const;

describe('posting a card and recording it', () => {
  it('posts nothing on a site without the Sent Cards list, and says which list is missing', async () => {
    const { hub, posted, recorded } = hubMissing(['sentCards', 'leavingDates']);
    const error = await postCardAndRecord(hub, channel, { version: '1.5' }, details).catch((e: unknown) => e);
    expect(isHubError(error, 'notFound')).toBe(true);
    expect(missingListOf(error)).toBe('Sent Cards');
    expect(posted).toEqual([]);
    expect(recorded).toEqual([]);
  });

  it('posts and records when the list is there, whatever else is missing', async () => {
    const { hub, posted, recorded } = hubMissing(['leavingDates']);
    const { record } = await postCardAndRecord(hub, channel, { version: '1.5' }, details);
    expect(posted).toHaveLength(1);
    expect(recorded).toHaveLength(1);
    expect(record).toMatchObject({ messageId: 'm1', destination: 'Channel', target: 't1/c1' });
  });
});
