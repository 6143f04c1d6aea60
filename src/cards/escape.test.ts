import { escapeCardText, mentionName, safeWebLink } from './escape';

describe('escaping what people typed for a card', () => {
  it('escapes markdown, mention and template characters', () => {
    expect(escapeCardText('[a](b) *c* _d_ <at>e</at> ${f}')).toBe('\\[a\\]\\(b\\) \\*c\\* \\_d\\_ \\<at\\>e\\</at\\> \\$\\{f\\}');
  });

  it('escapes headings, quotes, lists and numbered lists only at the start of a line', () => {
    expect(escapeCardText('# Title\n- one\n2. two\nA-B 3. c')).toBe('\\# Title\n\n\\- one\n\n2\\. two\n\nA-B 3. c');
  });

  it('breaks bare links and domains so they are not autolinked', () => {
    expect(escapeCardText('see https://x.org or www.y.com')).toBe('see https:\\/\\/x\\.org or www\\.y\\.com');
  });

  it('keeps ordinary text as it is and drops empty lines', () => {
    expect(escapeCardText("Parkinson Court, Leeds — Jo's CaféTech\n\n\nBring mugs.")).toBe("Parkinson Court, Leeds — Jo's CaféTech\n\nBring mugs.");
    expect(escapeCardText(undefined)).toBe('');
  });

  it('makes mention names plain and lets only web links open', () => {
    expect(mentionName('<b>Jo</b> *Smith*')).toBe('bJo/b Smith');
    expect(safeWebLink('javascript:alert(1)')).toBeUndefined();
    expect(safeWebLink('https://teams.microsoft.com/l/x')).toBe('https://teams.microsoft.com/l/x');
  });
});
