import { parseEnvFile } from './envFile';

describe('reading an env file', () => {
  it('reads NAME=value lines and skips comments and blank lines', () => {
    const values = parseEnvFile('# the tab\nTAB_DOMAIN=hub.example.ac.uk\n\nTEAMS_APP_ID=\n', 'env/.env.dev');
    expect([...values]).toEqual([
      ['TAB_DOMAIN', 'hub.example.ac.uk'],
      ['TEAMS_APP_ID', ''],
    ]);
  });

  it('keeps the spaces inside quoted values', () => {
    expect(parseEnvFile('APP_NAME_SUFFIX=" (local)"', 'env/.env.local').get('APP_NAME_SUFFIX')).toBe(' (local)');
  });

  it('names the line that is not NAME=value', () => {
    let caught: unknown;
    try {
      parseEnvFile('TAB_DOMAIN=x\nthis is not a setting\n', 'env/.env.dev');
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'validation', details: { issues: [{ row: 2, field: 'env/.env.dev' }] } });
  });
});
