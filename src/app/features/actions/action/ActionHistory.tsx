import { Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { toLabel } from '../../../../domain/actions/statusSchemes';
import type { ActionUpdate } from '../../../../domain/model';
import type { StatusSchemeName } from '../../../../domain/vocabulary';
import { RagBadge } from '../../../components/RagBadge';
import { formatDateTime } from '../../../components/displayDates';
import { WebLink } from '../../../components/WebLink';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { borderLeft: `2px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground3 },
  move: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  note: { whiteSpace: 'pre-wrap' },
});

/** The action's full history, newest first: status moves (from → to), evidence, edits, who and when. */
export interface ActionHistoryProps {
  readonly updates: readonly ActionUpdate[];
  readonly scheme: StatusSchemeName;
  /** A person's name from their sign-in name, when the People list has them. */
  readonly nameOfUpn?: (upn: string) => string | undefined;
}

export function ActionHistory({ updates, scheme, nameOfUpn }: ActionHistoryProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="history-heading">
      <Subtitle2 as="h2" id="history-heading">
        History
      </Subtitle2>
      {updates.length === 0 ? (
        <Text as="p">No updates yet.</Text>
      ) : (
        <ol className={styles.list}>
          {updates.map((u) => (
            <li key={u.id} className={styles.item}>
              <Text weight="semibold">{u.summary}</Text>
              {u.fromStatus && u.toStatus && u.fromStatus !== u.toStatus && (
                <span className={styles.move}>
                  <RagBadge status={u.fromStatus} label={toLabel(scheme, u.fromStatus)} size="small" /> →{' '}
                  <RagBadge status={u.toStatus} label={toLabel(scheme, u.toStatus)} size="small" />
                </span>
              )}
              {u.note && <Text className={styles.note}>{u.note}</Text>}
              {u.evidenceLink && (
                <WebLink href={u.evidenceLink}>Evidence: {u.evidenceLink}</WebLink>
              )}
              <Caption1 className={styles.meta}>
                {u.kind} · {formatDateTime(u.created)}
                {u.createdBy ? ` · ${nameOfUpn?.(u.createdBy) ?? u.createdBy}` : ''}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
