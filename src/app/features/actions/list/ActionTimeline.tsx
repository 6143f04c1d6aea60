import { Field, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { groupActions } from '../../../../domain/actions/actionViews';
import type { Action } from '../../../../domain/model';
import type { RagStatus } from '../../../../domain/vocabulary';
import { ActionCard } from './ActionCard';

const useStyles = makeStyles({
  line: { display: 'flex', gap: tokens.spacingHorizontalM, overflowX: 'auto', paddingBottom: tokens.spacingVerticalS },
  period: { flex: '0 0 16rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { borderBottom: `3px solid ${tokens.colorBrandStroke1}`, paddingBottom: tokens.spacingVerticalXS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ActionTimelineProps {
  readonly actions: readonly Action[];
  readonly ownerNames: (action: Action) => string;
  readonly statusLabel: (status: RagStatus) => string;
  /** Columns by target year, or by the phase or year the plan's timeframe names (phased plans). */
  readonly arrange: 'year' | 'phase';
  readonly onArrange: (arrange: 'year' | 'phase') => void;
}

/** The plan along time: one column per target year, or per phase / timeframe as the plan writes it. */
export function ActionTimeline({ actions, ownerNames, statusLabel, arrange, onArrange }: ActionTimelineProps) {
  const styles = useStyles();
  return (
    <>
      <Field label="Arrange by">
        <RadioGroup layout="horizontal" value={arrange} onChange={(_, d) => onArrange(d.value as 'year' | 'phase')}>
          <Radio value="year" label="Target year" />
          <Radio value="phase" label="Phase / timeframe" />
        </RadioGroup>
      </Field>
      <div className={styles.line}>
        {groupActions(actions, arrange).map((period) => (
          <section key={period.key} className={styles.period} aria-label={`${period.label} (${period.actions.length})`}>
            <Subtitle2 as="h2" className={styles.heading}>
              {period.label} ({period.actions.length})
            </Subtitle2>
            <div className={styles.list} role="list">
              {[...period.actions].sort((a, b) => (a.targetDate ?? '').localeCompare(b.targetDate ?? '')).map((a) => (
                <ActionCard key={a.id} action={a} owners={ownerNames(a)} statusLabel={statusLabel(a.ragStatus)} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
