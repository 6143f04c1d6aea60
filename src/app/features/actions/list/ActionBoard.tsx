import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Action } from '../../../../domain/model';
import { RAG_STATUSES, type RagStatus } from '../../../../domain/vocabulary';
import { ActionCard } from './ActionCard';

const useStyles = makeStyles({
  board: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(12rem, 1fr))', gap: tokens.spacingHorizontalM, overflowX: 'auto' },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '8rem',
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ActionBoardProps {
  readonly actions: readonly Action[];
  readonly ownerNames: (action: Action) => string;
  readonly statusLabel: (status: RagStatus) => string;
}

/** The plan by status: one column per status in the plan's own words, Red first. */
export function ActionBoard({ actions, ownerNames, statusLabel }: ActionBoardProps) {
  const styles = useStyles();
  return (
    <div className={styles.board}>
      {RAG_STATUSES.map((status) => {
        const inColumn = actions.filter((a) => a.ragStatus === status);
        const heading = `${statusLabel(status)} (${inColumn.length})`;
        return (
          <section key={status} className={styles.column} aria-label={heading}>
            <Subtitle2 as="h2">{heading}</Subtitle2>
            <div className={styles.list} role="list">
              {inColumn.map((a) => (
                <ActionCard key={a.id} action={a} owners={ownerNames(a)} statusLabel={statusLabel(a.ragStatus)} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
