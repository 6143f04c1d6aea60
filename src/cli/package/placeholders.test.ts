import { fillPlaceholders, placeholdersIn } from './placeholders';

const template = {
  id: '${{TEAMS_APP_ID}}',
  staticTabs: [{ contentUrl: '${{TAB_ENDPOINT}}/#/' }],
  name: { short: 'Technician Hub${{APP_NAME_SUFFIX}}' },
  accentColor: '#137C80',
};

describe('manifest placeholders', () => {
  it('lists every placeholder once, in order', () => {
    expect(placeholdersIn(template)).toEqual(['APP_NAME_SUFFIX', 'TAB_ENDPOINT', 'TEAMS_APP_ID']);
  });

  it('fills strings anywhere in the manifest and leaves other values alone', () => {
    const filled = fillPlaceholders(
      template,
      new Map([
        ['TEAMS_APP_ID', 'a1'],
        ['TAB_ENDPOINT', 'https://hub.example.ac.uk'],
        ['APP_NAME_SUFFIX', ''],
      ]),
      { source: 'env/.env.dev', mayBeEmpty: new Set(['APP_NAME_SUFFIX']) },
    );
    expect(filled).toEqual({
      id: 'a1',
      staticTabs: [{ contentUrl: 'https://hub.example.ac.uk/#/' }],
      name: { short: 'Technician Hub' },
      accentColor: '#137C80',
    });
  });

  it('cannot break the JSON with a quote in a value', () => {
    const filled = fillPlaceholders({ name: '${{DEVELOPER_NAME}}' }, new Map([['DEVELOPER_NAME', 'St "Mary\'s" Labs']]), { source: 'env' });
    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: 'St "Mary\'s" Labs' });
  });

  it('reports every missing or empty value together, saying what to do', () => {
    let caught: unknown;
    try {
      fillPlaceholders(template, new Map([['TEAMS_APP_ID', '']]), { source: 'env/.env.dev', writtenByProvision: new Set(['TEAMS_APP_ID']) });
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({
      code: 'validation',
      details: {
        issues: [
          { field: 'APP_NAME_SUFFIX', message: 'is not defined in env/.env.dev' },
          { field: 'TAB_ENDPOINT', message: 'is not defined in env/.env.dev' },
          { field: 'TEAMS_APP_ID', message: expect.stringContaining('run `atk provision`') },
        ],
      },
    });
  });
});
