/**
 * One Adaptive Card as Teams would show it. Default-exported so pages load it (and the
 * renderer, which is large) lazily: `lazy(() => import('../cards/AdaptiveCardView'))`.
 */
import { useEffect, useRef, useState } from 'react';
import { makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
import { renderAdaptiveCard } from './renderCard';

const useStyles = makeStyles({
  frame: {
    maxWidth: '560px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    backgroundColor: '#FFFFFF',
    color: '#242424',
    boxShadow: tokens.shadow4,
    '& .ac-pushButton': {
      cursor: 'pointer',
      minHeight: '32px',
      padding: '0 12px',
      borderRadius: '4px',
      ...shorthands.border('1px', 'solid', '#D1D1D1'),
      backgroundColor: '#FFFFFF',
      color: '#242424',
      fontFamily: 'inherit',
      fontWeight: 600,
    },
    '& .ac-pushButton.style-positive': { backgroundColor: '#5B5FC7', ...shorthands.borderColor('#5B5FC7'), color: '#FFFFFF' },
    '& a': { color: '#5B5FC7' },
    '& p': { margin: 0 },
  },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

export interface AdaptiveCardViewProps {
  readonly card: unknown;
  /** Read aloud as the card's name ("Event announcement card"). */
  readonly label: string;
}

export default function AdaptiveCardView({ card, label }: AdaptiveCardViewProps) {
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const [warnings, setWarnings] = useState<readonly string[]>([]);

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const rendered = renderAdaptiveCard(card, { onOpenUrl: (url) => window.open(url, '_blank', 'noopener,noreferrer') });
    target.replaceChildren(rendered.element);
    setWarnings(rendered.warnings);
    return () => target.replaceChildren();
  }, [card]);

  return (
    <figure style={{ margin: 0 }}>
      <div ref={host} className={styles.frame} role="group" aria-label={label} data-testid="adaptive-card" />
      {warnings.length > 0 && (
        <Text as="p" size={200} className={styles.warning}>
          Teams may not show all of this card: {warnings.join(' ')}
        </Text>
      )}
    </figure>
  );
}
