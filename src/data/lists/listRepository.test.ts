import type { PersonId, PlanId, UnitId } from '../../domain/ids';
import { createGraphPipeline } from '../graph/pipeline';
import { createListRepository } from './listRepository';
import { ListDirectory } from './listDirectory';
import { failureOf } from '../testing/failureOf';

interface Call {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body?: { requests?: { id: string; method: string; url: string; body?: unknown }[] } & Record<string, unknown>;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const LISTS = { value: [{ id: 'list-units', displayName: 'Units' }, { id: 'list-people', displayName: 'People' }, { id: 'list-actions', displayName: 'Actions' }] };

/** A tiny scripted Graph: answers the lists look-up itself, everything else through `answer`. */
function fakeGraph(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = { method: (init?.method ?? 'GET').toUpperCase(), url: new URL(String(input)), headers: new Headers(init?.headers), body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    if (call.url.pathname.endsWith('/sites/site-1/lists')) return json(200, LISTS);
    return answer(call);
  }) as typeof fetch;
  const pipeline = createGraphPipeline({ baseUrl: 'https://graph.microsoft.com/v1.0', getAccessToken: async () => 't', fetchImpl, retry: { sleep: async () => undefined } });
  const context = { pipeline, lists: new ListDirectory(pipeline, 'site-1') };
  return { calls, context };
}

describe('list repositories over Graph', () => {
  it('reads with selected fields and pages of 5,000, following nextLink', async () => {
    const { calls, context } = fakeGraph((call) =>
      call.url.searchParams.get('$skiptoken')
        ? json(200, { value: [{ id: '2', fields: { Title: 'B' } }] })
        : json(200, { value: [{ id: '1', fields: { Title: 'A' } }], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/sites/site-1/lists/list-units/items?$skiptoken=x' }),
    );
    const progress: number[] = [];
    const units = await createListRepository(context, 'units').all({ onProgress: (n) => progress.push(n) });
    expect(units.map((u) => u.name)).toEqual(['A', 'B']);
    expect(progress).toEqual([1, 2]);
    const first = calls[1].url;
    expect(first.pathname).toBe('/v1.0/sites/site-1/lists/list-units/items');
    expect(first.searchParams.get('$expand')).toBe('fields($select=Title,UnitKind,Faculty,ShortName)');
    expect(first.searchParams.get('$top')).toBe('5000');
  });

  it('filters lookups by their LookupId as a number and text with quotes doubled', async () => {
    const { calls, context } = fakeGraph(() => json(200, { value: [] }));
    await createListRepository(context, 'people').where({ unitId: '7' as UnitId, email: "o'neil@uni.ac.uk" });
    expect(calls[1].url.searchParams.get('$filter')).toBe("(fields/UnitLookupId eq 7) and (fields/Email eq 'o''neil@uni.ac.uk')");
  });

  it('updates with If-Match and reads the item back', async () => {
    const { calls, context } = fakeGraph((call) => (call.method === 'PATCH' ? json(200, { RagStatus: 'Red' }) : json(200, { id: '4', eTag: '"e,2"', fields: { Title: 'T', RagStatus: 'Red', PlanLookupId: '1' } })));
    const action = await createListRepository(context, 'actions').update('4' as never, { ragStatus: 'Red', redExplanation: 'Funding withdrawn' }, '"e,1"');
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"e,1"');
    expect(patch?.url.pathname).toBe('/v1.0/sites/site-1/lists/list-actions/items/4/fields');
    expect(patch?.body).toEqual({ RagStatus: 'Red', RedExplanation: 'Funding withdrawn' });
    expect(action.eTag).toBe('"e,2"');
  });

  it('names the field when Graph refuses a value', async () => {
    const { context } = fakeGraph(() => json(400, { error: { code: 'invalidRequest', message: "Field 'ShortName' in 'Units': expected at most 32 characters" } }));
    const error = await failureOf(createListRepository(context, 'units').create({ name: 'Chemistry' }));
    expect(error.code).toBe('badRequest');
    expect(error.details.issues?.[0]).toMatchObject({ field: 'shortName', message: expect.stringContaining('Short name') });
  });

  it('creates many in $batch requests of at most 20, reporting progress', async () => {
    const { calls, context } = fakeGraph((call) =>
      json(200, { responses: (call.body?.requests ?? []).map((r) => ({ id: r.id, status: 201, body: { id: `${r.id}`, fields: (r.body as { fields: object }).fields } })) }),
    );
    const progress: number[] = [];
    const made = await createListRepository(context, 'units').createMany(
      Array.from({ length: 45 }, (_, i) => ({ name: `U${i}` })),
      { onProgress: (written) => progress.push(written) },
    );
    const batches = calls.filter((c) => c.url.pathname.endsWith('/$batch'));
    expect(batches.map((b) => b.body?.requests?.length)).toEqual([20, 20, 5]);
    expect(batches[0].body?.requests?.[0]).toMatchObject({ method: 'POST', url: '/sites/site-1/lists/list-units/items', body: { fields: { Title: 'U0' } } });
    expect(made.map((m) => m.name)).toEqual(Array.from({ length: 45 }, (_, i) => `U${i}`));
    expect(progress.sort((a, b) => a - b)).toEqual([20, 40, 45]);
  });

  it('deletes what it created and rethrows when an atomic createMany fails', async () => {
    let next = 100;
    const { calls, context } = fakeGraph((call) =>
      json(200, {
        responses: (call.body?.requests ?? []).map((r) =>
          r.method === 'DELETE' ? { id: r.id, status: 204 } : (r.body as { fields: { Title: string } }).fields.Title === 'bad' ? { id: r.id, status: 400, body: { error: { code: 'invalidRequest', message: 'nope' } } } : { id: r.id, status: 201, body: { id: String(next++), fields: {} } },
        ),
      }),
    );
    const error = await failureOf(createListRepository(context, 'units').createMany([{ name: 'a' }, { name: 'bad' }, { name: 'c' }], { atomic: true }));
    expect(error.message).toContain('row 2');
    const deletes = calls.flatMap((c) => c.body?.requests ?? []).filter((r) => r.method === 'DELETE');
    expect(deletes.map((d) => d.url)).toEqual(['/sites/site-1/lists/list-units/items/100', '/sites/site-1/lists/list-units/items/101']);
  });

  it('refuses invalid rows before sending anything, numbering each row', async () => {
    const { calls, context } = fakeGraph(() => json(500, {}));
    const error = await failureOf(
      createListRepository(context, 'people').createMany([
        { name: 'Ann', email: 'ann@uni.ac.uk' },
        { name: 'Bo', email: 'not-an-email', lineManagerId: 'Ann' as PersonId },
      ]),
    );
    expect(error.code).toBe('validation');
    expect(error.details.issues?.map((i) => [i.row, i.field])).toEqual([
      [2, 'email'],
      [2, 'lineManagerId'],
    ]);
    expect(calls).toHaveLength(0);
  });

  it('says how to create a list that is missing', async () => {
    const { context } = fakeGraph(() => json(200, { value: [] }));
    const error = await failureOf(createListRepository(context, 'actionPlans').get('1' as PlanId));
    expect(error.code).toBe('notFound');
    expect(error.message).toContain('"Action Plans" does not exist');
  });
});
