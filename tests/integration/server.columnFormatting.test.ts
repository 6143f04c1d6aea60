/**
 * Links people can click in SharePoint's own list views. Graph cannot write Hyperlink column values
 * (microsoftgraph/microsoft-graph-docs#12638), so Evidence link and Online meeting stay text columns
 * and provisioning gives them column formatting — the field's `CustomFormatter`, set through
 * SharePoint REST (https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/column-formatting)
 * — that renders an `<a>` to the value only when it is an http(s) address
 * (https://learn.microsoft.com/en-us/sharepoint/dev/declarative-customization/formatting-syntax-reference).
 * Changing a column, its formatting included, needs Manage Lists
 * (https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphPipeline } from '../../src/data/graph/pipeline';
import { provisionSite } from '../../src/data/provision/provisionSite';
import { demoDirectory } from '../../src/demo';
import { createGraphServer, type LocalGraphServer } from '../../src/server/createGraphServer';

jest.setTimeout(120_000);

const OWNER = 'owner@demo.local';
let server: LocalGraphServer;
let dataDir: string;
let baseUrl: string;

const provision = (dryRun = false) =>
  provisionSite({ graph: createGraphPipeline({ baseUrl: `${baseUrl}/graph/v1.0`, getAccessToken: async () => `dev:${OWNER}` }), siteId: 'root', getSharePointToken: async () => `dev:${OWNER}`, dryRun });

async function sp(as: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { Authorization: `Bearer dev:${as}`, Accept: 'application/json;odata=nometadata' };
  if (body !== undefined) headers['Content-Type'] = 'application/json;odata=nometadata';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function field(list: string, name: string): Promise<Record<string, unknown>> {
  return (await sp(OWNER, 'GET', `/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/fields/getbyinternalnameortitle('${name}')`)).body;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'th-formatting-'));
  server = await createGraphServer({ dataDir, directory: demoDirectory('demo') });
  baseUrl = await server.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('link columns in SharePoint list views', () => {
  it('says in a dry run that it would format them, and changes nothing', async () => {
    const plan = await provision(true);
    expect(plan.steps.filter((s) => s.kind === 'columnFormatting').map((s) => `${s.list}: ${s.detail}`)).toEqual([
      'Action Updates: "Evidence link" shown as a link people can click',
      'Events: "Online meeting" shown as a link people can click',
    ]);
    expect(server.isEmpty()).toBe(true);
  });

  it('formats Evidence link and Online meeting as links to http(s) addresses only, and a second run changes nothing', async () => {
    await provision();
    for (const [list, name] of [['Action Updates', 'EvidenceLink'], ['Events', 'OnlineMeetingUrl']]) {
      const formatter = JSON.parse(String((await field(list, name)).CustomFormatter)) as { elmType: string; txtContent: string; attributes: Record<string, string> };
      expect(formatter.elmType).toBe('a');
      expect(formatter.txtContent).toBe('@currentField');
      // The href is the value itself only when it starts with https:// or http://; otherwise none.
      expect(formatter.attributes.href).toBe("=if(indexOf(toLowerCase(@currentField), 'https://') == 0 || indexOf(toLowerCase(@currentField), 'http://') == 0, @currentField, '')");
      expect(formatter.attributes.target).toBe('_blank');
    }
    // A column that is not a link keeps SharePoint's own rendering.
    expect((await field('Action Updates', 'Note')).CustomFormatter).toBe('');
    expect((await provision()).steps).toEqual([]);
  });

  it('puts the formatting back when someone removed it, and refuses a member changing it', async () => {
    const path = `/_api/web/lists/getbytitle('Events')/fields/getbyinternalnameortitle('OnlineMeetingUrl')`;
    const member = await sp('member@demo.local', 'PATCH', path, { CustomFormatter: '' });
    expect(member.status).toBe(403);
    expect(member.body).toMatchObject({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException' } });
    expect((await sp(OWNER, 'PATCH', path, { CustomFormatter: '' })).status).toBe(204);
    expect((await field('Events', 'OnlineMeetingUrl')).CustomFormatter).toBe('');
    expect((await provision()).steps.map((s) => s.kind)).toEqual(['columnFormatting']);
    expect(String((await field('Events', 'OnlineMeetingUrl')).CustomFormatter)).toContain('"elmType":"a"');
  });
});
