/**
 * The scheduled runs the README and the GitHub Actions workflows describe are commands this CLI
 * accepts, against Microsoft Graph and the hub's own site, posting through the webhook — so a new
 * user who copies them gets a run that works, not the local server or the tenant's root site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { notifyCommand } from '../../src/cli/commands/notify';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const workflows = ['.github/workflows/weekly-digest.yml', '.github/workflows/scheduled-posts.yml'];
const readme = read('README.md');
const cron = /```cron\n([\s\S]+?)```/.exec(readme.slice(readme.indexOf('## Run the digest every Friday')))?.[1] ?? '';

/** `npm run notify -- <args>` lines of a text, as argv (quotes removed; shell variables left as written). */
function notifyRuns(text: string): string[][] {
  return [...text.matchAll(/npm run notify -- ([^\n>]+)/g)].map((m) => m[1].trim().split(/\s+/).map((a) => a.replace(/^"|"$/g, '')));
}

describe('the scheduled runs we document', () => {
  const runs = [...workflows.flatMap((w) => notifyRuns(read(w))), ...notifyRuns(cron)];

  it('exist: the digest, due announcements and certificate notices, in both the workflows and the crontab', () => {
    expect(runs.map((r) => r[0]).sort()).toEqual(['certificates', 'certificates', 'digest', 'digest', 'due', 'due']);
  });

  it.each(runs.map((r) => [r.join(' '), r] as const))('`notify %s` parses and names the hub’s site', (_, argv) => {
    const { values, positionals } = parseArgs({ args: argv.filter((a) => a !== '$DRY_RUN'), options: notifyCommand.options, allowPositionals: true, strict: true });
    expect(positionals).toHaveLength(1);
    expect(values.site).toBe('$HUB_SITE_URL');
  });

  it.each(workflows)('%s reads Microsoft Graph as the app and posts through the webhook secret', (path) => {
    const text = read(path);
    expect(text).toContain('GRAPH_BASE_URL: https://graph.microsoft.com/v1.0');
    expect(text).toContain('NOTIFY_WEBHOOK: ${{ secrets.DIGEST_WEBHOOK }}');
    expect(text).toMatch(/AZURE_CLIENT_CERTIFICATE_PATH: \$\{\{ runner\.temp \}\}\/hub-runner\.pem/);
    for (const name of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'HUB_SITE_URL', 'TEAMS_APP_ID', 'TEAMS_CHANNEL_ID', 'APP_BASE_URL']) expect(text).toContain(`${name}: \${{ vars.${name} }}`);
    // No pasted tokens, and never the channel as a person: an unattended run has no person.
    expect(text).not.toMatch(/GRAPH_TOKEN|--channel/);
  });

  it('the crontab loads the same settings the README exports, webhook and Graph included', () => {
    const exports = readme.slice(readme.indexOf('5. **Try it once'), readme.indexOf('6. **Schedule it.**'));
    for (const name of ['GRAPH_BASE_URL=https://graph.microsoft.com/v1.0', 'AZURE_CLIENT_ID=', 'AZURE_TENANT_ID=', 'AZURE_CLIENT_CERTIFICATE_PATH=', 'HUB_SITE_URL=', 'NOTIFY_WEBHOOK=']) expect(exports).toContain(name);
    expect(cron.split('\n').filter((l) => l.includes('npm run notify')).every((l) => l.includes('. ./runner.env'))).toBe(true);
  });
});
