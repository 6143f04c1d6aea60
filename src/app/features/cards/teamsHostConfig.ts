/**
 * A host config close to Teams' light theme (Segoe UI, Teams purple accent, its spacing and
 * fact layout), so a card rendered in the tab looks as it will in a channel. Values follow the
 * Adaptive Cards host-config schema (adaptivecards.io, "Host config").
 */
const foreground = (main: string, subtle: string) => ({ default: main, subtle });

const colours = {
  default: foreground('#242424', '#616161'),
  dark: foreground('#242424', '#616161'),
  light: foreground('#FFFFFF', '#F5F5F5'),
  accent: foreground('#5B5FC7', '#7F85F5'),
  good: foreground('#0E700E', '#107C10'),
  warning: foreground('#8A3707', '#BC4B09'),
  attention: foreground('#C4314B', '#D13438'),
};

export const TEAMS_LIGHT_HOST_CONFIG = {
  fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: colours },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: colours },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: colours },
    good: { backgroundColor: '#F1FAF1', foregroundColors: colours },
    attention: { backgroundColor: '#FDF3F4', foregroundColors: colours },
    warning: { backgroundColor: '#FFF9F5', foregroundColors: colours },
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
} as const;
