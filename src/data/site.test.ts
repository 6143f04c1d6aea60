import { parseSiteArgument } from './site';

describe('what a person types for --site', () => {
  it('reads root, a site URL and a Graph id', () => {
    expect(parseSiteArgument('root')).toBe('root');
    expect(parseSiteArgument('https://contoso.sharepoint.com/sites/Technician%20Network/')).toEqual({ hostname: 'contoso.sharepoint.com', path: '/sites/Technician Network' });
    expect(parseSiteArgument('contoso.sharepoint.com,1111,2222')).toEqual({ id: 'contoso.sharepoint.com,1111,2222' });
  });
});
