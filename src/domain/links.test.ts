import { deepLink, parseSubEntityId, routePath, safeWebLink, subEntityId, tabPath } from './links';

describe('tab paths', () => {
  it('points each kind of thing at its route', () => {
    expect(tabPath({ kind: 'action', id: '12' })).toBe('#/actions/12');
    expect(tabPath({ kind: 'event', id: '3' })).toBe('#/events/3');
    expect(tabPath({ kind: 'skill', id: '7' })).toBe('#/skills/7');
    expect(tabPath({ kind: 'person', id: '40' })).toBe('#/people/40');
    expect(tabPath({ kind: 'plan', id: '2' })).toBe('#/actions/plans/2/report');
  });

  it('encodes an id so it stays one path segment', () => {
    expect(routePath({ kind: 'action', id: 'a/b?c' })).toBe('/actions/a%2Fb%3Fc');
  });
});

describe('sub-entity ids', () => {
  it('round-trips a thing through the id Teams carries', () => {
    expect(subEntityId({ kind: 'event', id: '5' })).toBe('event:5');
    expect(parseSubEntityId('event:5')).toEqual({ kind: 'event', id: '5' });
    expect(parseSubEntityId('plan:2')).toEqual({ kind: 'plan', id: '2' });
  });

  it('ignores ids that are not ours', () => {
    expect(parseSubEntityId(undefined)).toBeUndefined();
    expect(parseSubEntityId('')).toBeUndefined();
    expect(parseSubEntityId('invoice:5')).toBeUndefined();
    expect(parseSubEntityId('action:')).toBeUndefined();
    expect(parseSubEntityId('action:1/../x')).toBeUndefined();
  });
});

describe('deep links', () => {
  const target = { kind: 'action', id: '12' } as const;

  it('opens the tab in Teams with the sub-entity in the context', () => {
    const link = deepLink(target, {
      appBaseUrl: 'https://hub.example.ac.uk/',
      teamsAppId: 'fe4a8eba-2a31-4737-8e33-e5fae6fee194',
      entityId: 'technician-hub',
      channelId: '19:abc@thread.tacv2',
      label: 'Action 1.1',
    });
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(
      'https://teams.microsoft.com/l/entity/fe4a8eba-2a31-4737-8e33-e5fae6fee194/technician-hub',
    );
    expect(url.searchParams.get('webUrl')).toBe('https://hub.example.ac.uk/#/actions/12');
    expect(url.searchParams.get('label')).toBe('Action 1.1');
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({
      subEntityId: 'action:12',
      channelId: '19:abc@thread.tacv2',
    });
  });

  it('leaves out the channel for a personal tab and the web URL when unknown', () => {
    const url = new URL(deepLink(target, { teamsAppId: 'app', entityId: 'home' }));
    expect(url.searchParams.has('webUrl')).toBe(false);
    expect(url.searchParams.has('channelId')).toBe(false);
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'action:12' });
  });

  it('links to the tab itself outside Teams', () => {
    expect(deepLink(target, { appBaseUrl: 'http://127.0.0.1:53000' })).toBe('http://127.0.0.1:53000/#/actions/12');
    expect(deepLink(target, { appBaseUrl: 'http://127.0.0.1:53000/#/events' })).toBe(
      'http://127.0.0.1:53000/#/actions/12',
    );
    expect(deepLink(target)).toBe('#/actions/12');
  });
});

describe('web links', () => {
  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'file:///etc/passwd', 'mailto:a@b.c', '//evil.example', 'not a url', ''])('treats %j as not a web link', (value) => {
    expect(safeWebLink(value)).toBeUndefined();
  });

  it('keeps http and https addresses', () => {
    expect(safeWebLink('https://uh.sharepoint.com/sites/tc')).toBe('https://uh.sharepoint.com/sites/tc');
    expect(safeWebLink('http://example.ac.uk/a?b=1')).toBe('http://example.ac.uk/a?b=1');
  });
});
