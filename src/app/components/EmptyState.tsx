import type { ReactNode } from 'react';
import { makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
  },
  icon: { fontSize: '40px', color: tokens.colorNeutralForeground3 },
  body: { maxWidth: '44ch' },
});

export interface EmptyStateProps {
  /** What is missing, in a person's words: "No events planned yet". */
  readonly title: string;
  /** What they can do about it. */
  readonly body?: ReactNode;
  readonly icon?: ReactNode;
  /** A button that fills the gap ("Plan an event"), shown only to people who may. */
  readonly action?: ReactNode;
}

/** Shown where a list has nothing in it, saying why and what to do next. */
export function EmptyState({ title, body, icon, action }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      {icon && <span className={styles.icon} aria-hidden>{icon}</span>}
      <Subtitle1 as="h2">{title}</Subtitle1>
      {body && <Text as="p" className={styles.body}>{body}</Text>}
      {action}
    </section>
  );
}
