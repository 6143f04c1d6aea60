/**
 * Host configs close to Teams' own (Segoe UI, Teams purple accent, its spacing and fact layout)
 * in each of its themes — Teams draws cards dark in its dark theme and black-and-yellow in high
 * contrast — so a card rendered in the tab looks as it will in a channel. Values follow the
 * Adaptive Cards host-config schema (adaptivecards.io, "Host config").
 */
import type { HostTheme } from '../../host';

/** The colours one Teams theme draws a card with; also used for the frame and buttons around it. */
export interface CardPalette {
  readonly background: string;
  readonly emphasis: string;
  readonly border: string;
  readonly text: string;
  readonly subtle: string;
  readonly accent: string;
  readonly accentSubtle: string;
  /** Background of a positive (primary) button, and its text. */
  readonly primary: string;
  readonly onAccent: string;
  readonly good: string;
  readonly warning: string;
  readonly attention: string;
  /** Backgrounds of the accent/good/attention/warning container styles. */
  readonly tints: { readonly accent: string; readonly good: string; readonly attention: string; readonly warning: string };
}

export const CARD_PALETTES: Record<HostTheme, CardPalette> = {
  default: {
    background: '#FFFFFF', emphasis: '#F5F5F5', border: '#D1D1D1', text: '#242424', subtle: '#616161',
    accent: '#5B5FC7', accentSubtle: '#7F85F5', primary: '#5B5FC7', onAccent: '#FFFFFF', good: '#0E700E', warning: '#8A3707', attention: '#C4314B',
    tints: { accent: '#E8EBFA', good: '#F1FAF1', attention: '#FDF3F4', warning: '#FFF9F5' },
  },
  dark: {
    background: '#292929', emphasis: '#1F1F1F', border: '#5C5C5C', text: '#FFFFFF', subtle: '#ADADAD',
    accent: '#7F85F5', accentSubtle: '#AAB1FA', primary: '#4F52B2', onAccent: '#FFFFFF', good: '#92C353', warning: '#FFAA44', attention: '#F9526B',
    tints: { accent: '#2F2F4A', good: '#1E2D1E', attention: '#3E1F25', warning: '#3D2A17' },
  },
  contrast: {
    background: '#000000', emphasis: '#000000', border: '#FFFFFF', text: '#FFFFFF', subtle: '#FFFFFF',
    accent: '#FFFF01', accentSubtle: '#FFFF01', primary: '#FFFF01', onAccent: '#000000', good: '#3FF23F', warning: '#FFFF01', attention: '#FFFF01',
    tints: { accent: '#000000', good: '#000000', attention: '#000000', warning: '#000000' },
  },
};

/** The host config Teams renders cards with in a theme. */
export function teamsHostConfig(theme: HostTheme) {
  const c = CARD_PALETTES[theme];
  const foreground = (main: string, subtle: string) => ({ default: main, subtle });
  const colours = {
    default: foreground(c.text, c.subtle),
    dark: foreground(c.text, c.subtle),
    light: foreground(c.text, c.subtle),
    accent: foreground(c.accent, c.accentSubtle),
    good: foreground(c.good, c.good),
    warning: foreground(c.warning, c.warning),
    attention: foreground(c.attention, c.attention),
  };
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: colours });
  return {
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: c.border },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: style(c.background),
      emphasis: style(c.emphasis),
      accent: style(c.tints.accent),
      good: style(c.tints.good),
      attention: style(c.tints.attention),
      warning: style(c.tints.warning),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16, style: 'emphasis' },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    adaptiveCard: { allowCustomStyle: true },
    factSet: {
      title: { size: 'default', color: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { size: 'default', color: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 12,
    },
    textBlock: { headingLevel: 2 },
  };
}
