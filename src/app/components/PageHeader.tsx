import type { ReactNode } from 'react';
import { makeStyles, Subtitle2, Text, Title2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  eyebrow: { color: tokens.colorNeutralForeground3 },
});

export interface PageHeaderProps {
  /** The page's one `h1`: what a person is looking at ("Actions", "Skills matrix"). */
  readonly title: ReactNode;
  /** A line under the title (the plan's name, a count…). */
  readonly subtitle?: ReactNode;
  /** Small text above the title (the section a detail page belongs to). */
  readonly eyebrow?: ReactNode;
  /** Buttons on the right: "New action", "Export"… */
  readonly actions?: ReactNode;
}

/** The heading every page starts with. */
export function PageHeader({ title, subtitle, eyebrow, actions }: PageHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        {eyebrow && <Text size={200} className={styles.eyebrow}>{eyebrow}</Text>}
        <Title2 as="h1">{title}</Title2>
        {subtitle && <Subtitle2 as="p" style={{ margin: 0, fontWeight: 'normal' }}>{subtitle}</Subtitle2>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
