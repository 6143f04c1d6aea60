import { decodeSkipToken, encodeSkipToken, parseExpand, parseSelect, parseTop } from './options';

describe('list item query options', () => {
  it('reads $expand=fields($select=…) with several expansions', () => {
    expect(parseExpand('fields($select=Title,RagStatus),columns')).toEqual([{ name: 'fields', select: ['Title', 'RagStatus'] }, { name: 'columns' }]);
    expect(parseExpand('fields')).toEqual([{ name: 'fields' }]);
  });

  it('refuses options other than $select inside an expansion', () => {
    expect(() => parseExpand('fields($filter=x)')).toThrow(/only \$select is supported/);
    expect(() => parseExpand('fields($select=A')).toThrow(/unbalanced/);
  });

  it('refuses a $select name that is not a property name', () => {
    expect(parseSelect('id, eTag')).toEqual(['id', 'eTag']);
    expect(() => parseSelect("id,'x'")).toThrow(/not a property name/);
  });

  it('keeps $top between 1 and the maximum', () => {
    expect(parseTop(undefined, 200, 5000)).toBe(200);
    expect(parseTop('5000', 200, 5000)).toBe(5000);
    expect(() => parseTop('5001', 200, 5000)).toThrow(/maximum page size of 5000/);
    expect(() => parseTop('0', 200, 5000)).toThrow(/at least 1/);
    expect(() => parseTop('ten', 200, 5000)).toThrow(/not a whole number/);
  });

  it('round-trips skip tokens and refuses made-up ones', () => {
    expect(decodeSkipToken(encodeSkipToken({ lastId: 200 }))).toEqual({ lastId: 200 });
    expect(decodeSkipToken(encodeSkipToken({ offset: 400 }))).toEqual({ offset: 400 });
    expect(Buffer.from(encodeSkipToken({ lastId: 200 }), 'base64url').toString()).toBe('Paged=TRUE&p_ID=200');
    expect(() => decodeSkipToken('bm9uc2Vuc2U')).toThrow(/follow @odata.nextLink/);
  });
});
