/**
 * The Teams app package: the filled manifest against the official schema (offline, with the
 * Agents Toolkit's own validator and the schema it bundles), the icons, the zip, and the package
 * files staying in step with the env files and the auth code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { GRAPH_SCOPES, PROVISIONING_SCOPES, SHAREPOINT_PERMISSIONS, sharePointScopes } from '../../src/auth';
import { buildAppPackage, PROVISIONED_IDS } from '../../src/cli/package/buildAppPackage';
import { parseEnvFile } from '../../src/cli/package/envFile';
import { checkIcons, inspectPng } from '../../src/cli/package/icons';
import { loadBundledSchema, validateAgainstOfficialSchema } from '../../src/cli/package/manifestSchema';
import { fillPlaceholders, placeholdersIn } from '../../src/cli/package/placeholders';

const root = join(__dirname, '..', '..');
const read = (...parts: string[]) => readFileSync(join(root, ...parts));
const readJson = (...parts: string[]): Record<string, unknown> => JSON.parse(read(...parts).toString('utf8'));
const readEnv = (name: string) => parseEnvFile(read('env', `.env.${name}`).toString('utf8'), `env/.env.${name}`);

const template = readJson('appPackage', 'manifest.json');
const colorIcon = read('appPackage', 'color.png');
const outlineIcon = read('appPackage', 'outline.png');

/** The local env with stand-ins for the ids provision writes, as `npm run package` does. */
function localVariables(): Map<string, string> {
  const variables = readEnv('local');
  for (const [name, standIn] of Object.entries(PROVISIONED_IDS)) if (!variables.get(name)) variables.set(name, standIn);
  return variables;
}
const filled = () => fillPlaceholders(template, localVariables(), { source: 'env/.env.local', mayBeEmpty: new Set(['APP_NAME_SUFFIX']) }) as Record<string, unknown>;

// Validation must never reach for the network: any fetch during these tests fails them.
const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (() => Promise.reject(new Error('the manifest tests must not use the network'))) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('the manifest against the official schema (offline)', () => {
  it('is valid once its placeholders are filled from env/.env.local', async () => {
    await expect(validateAgainstOfficialSchema(filled())).resolves.toEqual([]);
  });

  it('uses a current GA schema that the Toolkit validates without going online', () => {
    expect(template.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${String(template.manifestVersion)}/MicrosoftTeams.schema.json`);
    expect(['1.26', '1.27', '1.28']).toContain(template.manifestVersion);
  });

  it('rejects a manifest without an id (so the check can fail)', async () => {
    const { id: _id, ...withoutId } = filled();
    const errors = await validateAgainstOfficialSchema(withoutId);
    expect(errors.join('\n')).toMatch(/must have required property 'id'/);
  });

  it('rejects an unfilled placeholder where a GUID is required', async () => {
    const errors = await validateAgainstOfficialSchema({ ...filled(), id: '${{TEAMS_APP_ID}}' });
    expect(errors.join('\n')).toMatch(/\/id must match pattern/);
  });

  it('refuses a schema address the Toolkit would fetch from the network', async () => {
    const localised = { ...filled(), $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.27/MicrosoftTeams.schema.json' };
    await expect(loadBundledSchema(localised)).rejects.toMatchObject({ code: 'validation', details: { issues: [{ field: '$schema' }] } });
  });
});

describe('what the manifest declares', () => {
  const manifest = filled();

  it('has one configurable tab for channels and group chats, configured at #/config', () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: 'https://localhost:53000/#/config', scopes: ['team', 'groupChat'], canUpdateConfiguration: true }),
    ]);
  });

  it('has the personal "My Hub" tab and the about tab', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ entityId: 'myhub', name: 'My Hub', contentUrl: 'https://localhost:53000/#/', scopes: ['personal'] }),
      { entityId: 'about', scopes: ['personal'] },
    ]);
  });

  it('signs in through the app registration, with the tab domain valid', () => {
    expect(manifest.validDomains).toEqual(['localhost:53000']);
    expect(manifest.webApplicationInfo).toMatchObject({
      id: PROVISIONED_IDS.AAD_APP_CLIENT_ID,
      resource: `api://localhost:53000/${PROVISIONED_IDS.AAD_APP_CLIENT_ID}`,
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://localhost:53000' }],
    });
  });

  it('prefetches exactly the scopes the tab asks for, in the same order (Teams requires the order to match)', () => {
    const info = template.webApplicationInfo as { nestedAppAuthInfo: { scopes: string[] }[] };
    expect(info.nestedAppAuthInfo[0].scopes).toEqual([...GRAPH_SCOPES]);
  });
});

describe('the Entra app registration (aad.manifest.json)', () => {
  const aad = readJson('aad.manifest.json') as {
    spa: { redirectUris: string[] };
    requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    identifierUris: string[];
  };

  it('allows the nested app authentication broker as an SPA redirect', () => {
    expect(aad.spa.redirectUris).toContain('brk-multihub://${{TAB_DOMAIN}}');
  });

  it('requests every delegated Graph permission the code asks for', () => {
    const graph = aad.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph');
    const declared = graph?.resourceAccess.filter((a) => a.type === 'Scope').map((a) => a.id) ?? [];
    expect(declared.sort()).toEqual([...GRAPH_SCOPES, ...PROVISIONING_SCOPES].sort());
  });

  it('requests the SharePoint permission site set-up asks for (views and item-level write have no Graph API)', () => {
    const sharePoint = aad.requiredResourceAccess.find((r) => r.resourceAppId === 'Office 365 SharePoint Online');
    expect(sharePoint?.resourceAccess.map((a) => a.id)).toEqual([...SHAREPOINT_PERMISSIONS]);
    expect(sharePointScopes('uni.sharepoint.com')).toEqual(['https://uni.sharepoint.com/AllSites.Manage']);
  });

  it('exposes the resource the manifest names for Teams SSO', () => {
    expect(aad.identifierUris).toEqual([(template.webApplicationInfo as { resource: string }).resource]);
  });
});

describe('the icons', () => {
  it('colour icon is 192×192', () => {
    expect(inspectPng(colorIcon)).toMatchObject({ width: 192, height: 192 });
  });

  it('outline icon is 32×32, white on a transparent background', () => {
    const outline = inspectPng(outlineIcon);
    expect(outline).toMatchObject({ width: 32, height: 32, nonWhiteVisiblePixels: 0 });
    expect(outline.transparentPixels).toBeGreaterThan(32 * 32 * 0.4);
    expect(outline.transparentPixels).toBeLessThan(32 * 32);
    expect(checkIcons({ color: colorIcon, outline: outlineIcon })).toEqual([]);
  });

  it('flags an outline that is coloured, opaque or the wrong size', () => {
    const png = new PNG({ width: 40, height: 40 });
    png.data.fill(0x80); // grey, half transparent: visible and not white
    expect(checkIcons({ color: colorIcon, outline: PNG.sync.write(png) }).map((i) => i.message)).toEqual([
      'must be 32×32, is 40×40',
      'must have a transparent background',
      'must be white only; 1600 visible pixels are another colour',
    ]);
  });

  it('flags a colour icon of the wrong size and a file that is not a PNG', () => {
    expect(checkIcons({ color: outlineIcon, outline: Buffer.from('not a png') })).toEqual([
      { field: 'color.png', message: 'must be 192×192, is 32×32' },
      { field: 'outline.png', message: expect.stringContaining('is not a readable PNG') },
    ]);
  });
});

describe('the app package zip', () => {
  const input = () => ({
    manifestTemplate: template,
    variables: readEnv('local'),
    source: 'env/.env.local',
    colorIcon,
    outlineIcon,
  });

  it('holds the filled manifest and the two icons at its root, and nothing else', async () => {
    const built = await buildAppPackage({ ...input(), allowUnprovisioned: true });
    const zip = await JSZip.loadAsync(built.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifestText = await zip.file('manifest.json')!.async('string');
    expect(manifestText).not.toContain('${{');
    expect(JSON.parse(manifestText)).toEqual(built.manifest);
    expect(Buffer.compare(await zip.file('outline.png')!.async('nodebuffer'), outlineIcon)).toBe(0);
    expect(built.warnings).toHaveLength(2);
  });

  it('refuses to build while provisioned ids are empty, unless stand-ins are allowed', async () => {
    await expect(buildAppPackage(input())).rejects.toMatchObject({
      code: 'validation',
      details: { issues: expect.arrayContaining([expect.objectContaining({ field: 'TEAMS_APP_ID' })]) },
    });
  });

  it('reports schema and icon problems together and builds nothing', async () => {
    const broken = { ...template, accentColor: 'teal' };
    await expect(buildAppPackage({ ...input(), manifestTemplate: broken, outlineIcon: colorIcon, allowUnprovisioned: true })).rejects.toMatchObject({
      details: {
        issues: expect.arrayContaining([
          expect.objectContaining({ field: 'manifest.json', message: expect.stringContaining('/accentColor') }),
          expect.objectContaining({ field: 'outline.png' }),
        ]),
      },
    });
  });
});

describe('env files', () => {
  /** Placeholders of each Toolkit file, and the environments that fill it. */
  const users: [string[], string[]][] = [
    [['appPackage', 'manifest.json'], ['local', 'dev']],
    [['aad.manifest.json'], ['local', 'dev']],
    [['infra', 'azure.parameters.json'], ['dev']],
    [['teamsapp.yml'], ['dev']],
    [['teamsapp.local.yml'], ['local']],
  ];

  it.each(users)('define every placeholder of %j', (path, envs) => {
    const text = read(...path).toString('utf8');
    const names = placeholdersIn(text);
    expect(names.length).toBeGreaterThan(0);
    for (const env of envs) {
      const defined = readEnv(env);
      expect(names.filter((n) => !defined.has(n)).map((n) => `${n} missing from env/.env.${env}`)).toEqual([]);
    }
  });

  it.each(['local', 'dev'])('env/.env.%s documents every variable with a comment above its group', (env) => {
    const undocumented: string[] = [];
    let groupHasComment = false;
    for (const line of read('env', `.env.${env}`).toString('utf8').split('\n')) {
      if (line.trim() === '') groupHasComment = false;
      else if (line.startsWith('#')) groupHasComment = true;
      else if (!groupHasComment) undocumented.push(line.split('=')[0]);
    }
    expect(undocumented).toEqual([]);
  });

  it.each(['local', 'dev'])('env/.env.%s holds no secrets', (env) => {
    const names = [...readEnv(env).keys()];
    expect(names.filter((n) => /SECRET|PASSWORD|KEY$/.test(n))).toEqual([]);
  });
});
