import { initialLocalTheme, LOCAL_THEME_KEY, toHostTheme } from './theme';

function storage(values: Record<string, string> = {}) {
  return { getItem: (k: string) => values[k] ?? null, setItem: (k: string, v: string) => void (values[k] = v) };
}

describe('theme mapping', () => {
  it('maps the three Teams themes to ours', () => {
    expect(toHostTheme('default')).toBe('default');
    expect(toHostTheme('dark')).toBe('dark');
    expect(toHostTheme('contrast')).toBe('contrast');
  });

  it('treats unknown or missing theme names as the default theme', () => {
    expect(toHostTheme('light')).toBe('default');
    expect(toHostTheme(undefined)).toBe('default');
  });
});

describe('local theme on start', () => {
  const media = (matching: string[]) => (q: string) => ({ matches: matching.includes(q) });

  it('uses the theme the person picked last time', () => {
    expect(initialLocalTheme({ localStorage: storage({ [LOCAL_THEME_KEY]: 'dark' }), matchMedia: media([]) })).toBe('dark');
  });

  it('ignores a saved value that is not a theme and follows the system', () => {
    expect(
      initialLocalTheme({ localStorage: storage({ [LOCAL_THEME_KEY]: 'purple' }), matchMedia: media(['(prefers-color-scheme: dark)']) }),
    ).toBe('dark');
  });

  it('prefers high contrast when the system forces colours', () => {
    expect(
      initialLocalTheme({ matchMedia: media(['(forced-colors: active)', '(prefers-color-scheme: dark)']) }),
    ).toBe('contrast');
  });

  it('falls back to the default theme without storage or media queries', () => {
    expect(initialLocalTheme({})).toBe('default');
  });
});
