import { listSettingsPath, viewFieldPath } from './sharePointRest';

const id = '0ae9c01c-fe34-4085-bbe8-96afce015ff4';

describe('SharePoint REST paths', () => {
  it('address a list by its GUID and refuse anything else', () => {
    expect(listSettingsPath(id)).toBe(`/web/lists(guid'${id}')`);
    expect(() => listSettingsPath("x') or ('")).toThrow(RangeError);
  });

  it('quote view titles and field names with a quote doubled, percent-encoded', () => {
    expect(viewFieldPath(id, "Tom's view / #1?", 'LinkTitle')).toBe(`/web/lists(guid'${id}')/views/getbytitle('Tom''s%20view%20%2F%20%231%3F')/viewfields/addviewfield('LinkTitle')`);
  });
});
