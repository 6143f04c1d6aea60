import { Caption1, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { tabPath } from '../../../../domain/links';
import type { Action } from '../../../../domain/model';
import type { RagStatus } from '../../../../domain/vocabulary';
import { RagBadge } from '../../../components/RagBadge';

const EDGE: Record<RagStatus, string> = {
  Red: tokens.colorPaletteRedBorderActive,
  Amber: tokens.colorPaletteMarigoldBorderActive,
  Green: tokens.colorPaletteGreenBorderActive,
  Complete: tokens.colorBrandStroke1,
  'Not yet assessed': tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  card: { borderLeftWidth: '4px', borderLeftStyle: 'solid', gap: tokens.spacingVerticalXS },
  top: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** One action on the board or timeline: reference, title, who, and its status in words and colour. */
export function ActionCard({ action, owners, statusLabel }: { readonly action: Action; readonly owners: string; readonly statusLabel: string }) {
  const styles = useStyles();
  return (
    <Card size="small" className={styles.card} style={{ borderLeftColor: EDGE[action.ragStatus] }} role="listitem">
      <div className={styles.top}>
        <Text weight="semibold">{action.reference}</Text>
        <RagBadge status={action.ragStatus} label={statusLabel} size="small" />
      </div>
      <Link href={tabPath({ kind: 'action', id: action.id })}>{action.title}</Link>
      {(owners || action.themes.length > 0) && (
        <Caption1 className={styles.meta}>{[owners, action.themes.join(', ')].filter(Boolean).join(' · ')}</Caption1>
      )}
    </Card>
  );
}
