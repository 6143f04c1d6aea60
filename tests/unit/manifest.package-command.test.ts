import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { packageCommand } from '../../src/cli/commands/package';
import type { CliIo } from '../../src/cli/command';

function capture(): CliIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (l) => void lines.out.push(l), err: (l) => void lines.err.push(l), env: {} };
}

describe('npm run package', () => {
  it('writes appPackage/build/appPackage.local.zip with the manifest and both icons, warning about stand-in ids', async () => {
    const io = capture();
    await expect(packageCommand.run({ env: 'local', strict: false }, [], io)).resolves.toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(__dirname, '..', '..', 'appPackage', 'build', 'appPackage.local.zip')));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(io.lines.out.join('\n')).toMatch(/Built .*appPackage\.local\.zip/);
    expect(io.lines.err).toEqual([expect.stringContaining('TEAMS_APP_ID'), expect.stringContaining('AAD_APP_CLIENT_ID')]);
  });

  it('refuses an environment that has no env file, naming the ones that exist', async () => {
    await expect(packageCommand.run({ env: 'prod' }, [], capture())).rejects.toMatchObject({
      code: 'validation',
      details: { issues: [{ field: '--env', message: 'must be one of local, dev' }] },
    });
  });

  it('refuses the dev environment until it is provisioned and described', async () => {
    await expect(packageCommand.run({ env: 'dev' }, [], capture())).rejects.toMatchObject({
      code: 'validation',
      details: { issues: expect.arrayContaining([expect.objectContaining({ field: 'PRIVACY_URL' }), expect.objectContaining({ field: 'TAB_ENDPOINT' })]) },
    });
  });
});
