import { createTestLists, removeDir, startServer, type TestServer } from './serverHarness';

type GraphErrorBody = { error: { code: string; message: string } };
type Page = { value: { id: string }[] };
const NON_INDEXED = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

// SharePoint honours a non-indexed filter (with the Prefer header) only below the 5,000-item list
// view threshold; past it the query fails. The local server must fail too, or a client that leans on
// such filters would pass locally and break on a real site.
describe('local Graph server: list view threshold', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startServer();
    await createTestLists(t);
  });
  afterAll(async () => {
    await t.stop();
    removeDir(t.dataDir);
  });

  async function addPeople(count: number, from: number): Promise<void> {
    for (let start = 0; start < count; start += 20) {
      const requests = Array.from({ length: Math.min(20, count - start) }, (_, i) => ({
        id: String(i + 1),
        method: 'POST',
        url: '/sites/root/lists/People/items',
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: `Person ${from + start + i}`, Email: `p${from + start + i}@demo.local`, Level: 2, Notes: 'n' } },
      }));
      const answer = await t.graph<{ responses: { status: number }[] }>('POST', '/$batch', { body: { requests } });
      expect(answer.body.responses.every((r) => r.status === 201)).toBe(true);
    }
  }

  const filterNotes = (): Promise<{ status: number; body: Page & GraphErrorBody }> =>
    t.graph('GET', `/sites/root/lists/People/items?$top=10&$filter=${encodeURIComponent("fields/Notes eq 'n'")}`, { headers: NON_INDEXED });

  it('answers a non-indexed filter with the Prefer header while the list is at most 5,000 items', async () => {
    await addPeople(5000, 0);
    const answer = await filterNotes();
    expect(answer.status).toBe(200);
    expect(answer.body.value).toHaveLength(10);
  });

  it('refuses it once the list passes 5,000 items, and still answers filters on indexed columns', async () => {
    await addPeople(1, 5000);
    const answer = await filterNotes();
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalidRequest');
    expect(answer.body.error.message).toMatch(/exceeds the list view threshold.*'Notes' is not indexed/);
    const indexed = await t.graph<Page>('GET', `/sites/root/lists/People/items?$top=10&$filter=${encodeURIComponent('fields/Level eq 2')}`);
    expect(indexed.status).toBe(200);
    expect(indexed.body.value).toHaveLength(10);
  });
});
