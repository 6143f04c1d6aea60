/**
 * One Adaptive Card as Teams would show it, in the tab's theme (Teams draws cards dark in its dark
 * theme). Default-exported so pages load it (and the renderer, which is large) lazily:
 * `lazy(() => import('../cards/AdaptiveCardView'))`.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
import { DESTINATION_VERSION, versionFits, type CardDestination } from '../../../cards/version';
import { useTheme } from '../../theme/ThemeProvider';
import { renderAdaptiveCard } from './renderCard';
import { CARD_PALETTES } from './teamsHostConfig';

// The frame and the renderer's buttons read the theme's card colours from these variables.
const useStyles = makeStyles({
  frame: {
    maxWidth: '560px',
    border: '1px solid var(--card-border)',
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    backgroundColor: 'var(--card-background)',
    color: 'var(--card-text)',
    boxShadow: tokens.shadow4,
    '& .ac-pushButton': {
      cursor: 'pointer',
      minHeight: '32px',
      padding: '0 12px',
      borderRadius: '4px',
      ...shorthands.border('1px', 'solid', 'var(--card-border)'),
      backgroundColor: 'var(--card-background)',
      color: 'var(--card-text)',
      fontFamily: 'inherit',
      fontWeight: 600,
    },
    '& .ac-pushButton.style-positive': { backgroundColor: 'var(--card-primary)', ...shorthands.borderColor('var(--card-primary)'), color: 'var(--card-on-accent)' },
    '& a': { color: 'var(--card-accent)' },
    '& p': { margin: 0 },
  },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

export interface AdaptiveCardViewProps {
  readonly card: unknown;
  /**
   * Where the card goes. A Workflows webhook shows cards up to 1.4 only and shows Teams' own
   * error instead of a newer card (microsoft/AdaptiveCards#8965), so the preview does the same.
   */
  readonly destination?: CardDestination;
  /** Read aloud as the card's name ("Event announcement card"). */
  readonly label: string;
}

/** Teams' words when a card is newer than the host renders. */
export const CARD_NOT_DISPLAYED = 'We’re sorry, this card couldn’t be displayed';

export default function AdaptiveCardView({ card, label, destination = 'graph' }: AdaptiveCardViewProps) {
  const styles = useStyles();
  const { theme } = useTheme();
  const host = useRef<HTMLDivElement>(null);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const palette = CARD_PALETTES[theme];
  const colours = {
    '--card-background': palette.background,
    '--card-border': palette.border,
    '--card-text': palette.text,
    '--card-accent': palette.accent,
    '--card-primary': palette.primary,
    '--card-on-accent': palette.onAccent,
  } as CSSProperties;

  const version = (card as { version?: unknown } | null)?.version;
  const shown = typeof version === 'string' && versionFits(version, DESTINATION_VERSION[destination]);

  useEffect(() => {
    const target = host.current;
    if (!target || !shown) return;
    const rendered = renderAdaptiveCard(card, { onOpenUrl: (url) => window.open(url, '_blank', 'noopener,noreferrer'), theme });
    target.replaceChildren(rendered.element);
    setWarnings(rendered.warnings);
    return () => target.replaceChildren();
  }, [card, theme, shown]);

  if (!shown) {
    return (
      <figure style={{ margin: 0 }}>
        <div className={styles.frame} style={{ ...colours, padding: '12px' }} role="group" aria-label={label} data-testid="adaptive-card" data-card-theme={theme}>
          <Text>{CARD_NOT_DISPLAYED}</Text>
        </div>
        <Text as="p" size={200} className={styles.warning}>
          This card is version {String(version)}; {destination === 'workflow' ? 'Workflows shows cards up to 1.4' : 'Teams shows cards up to 1.5'}.
        </Text>
      </figure>
    );
  }

  return (
    <figure style={{ margin: 0 }}>
      <div ref={host} className={styles.frame} style={colours} role="group" aria-label={label} data-testid="adaptive-card" data-card-theme={theme} />
      {warnings.length > 0 && (
        <Text as="p" size={200} className={styles.warning}>
          Teams may not show all of this card: {warnings.join(' ')}
        </Text>
      )}
    </figure>
  );
}
