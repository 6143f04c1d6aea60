import type { ReactNode } from 'react';
import { Button, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ErrorMessage } from '../../../components/ErrorMessage';
import type { SkillsData } from './skillsStore';
import { useDerived, useSkillsState, useSkillsStore, type Derived } from './useSkillsData';

const useStyles = makeStyles({
  loading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '420px', padding: tokens.spacingVerticalXL },
});

/**
 * Shows loading progress ("Loaded 12,400 ratings…") until the skills data is in, then renders the
 * page with the data and its derived matrix. Errors say what failed, with "Try again".
 */
export function SkillsGate({ children }: { readonly children: (data: SkillsData, derived: Derived) => ReactNode }) {
  const styles = useStyles();
  const store = useSkillsStore();
  const state = useSkillsState();
  const derived = useDerived(state.data);
  if (state.data && derived) {
    return (
      <>
        {state.status === 'error' && <ErrorMessage error={state.error} doing="reloading the skills matrix" onRetry={() => store.reload()} />}
        {state.status === 'loading' && (
          // A first load of a large list: the rows so far are usable while the rest streams in.
          <div role="status" aria-live="polite" data-testid="skills-loading-more">
            <ProgressBar thickness="medium" aria-label="Loading more ratings" />
            <Text size={200}>{`${state.ratingsLoaded.toLocaleString('en-GB')} ratings loaded so far; the rest are on their way.`}</Text>
          </div>
        )}
        {children(state.data, derived)}
      </>
    );
  }
  if (state.status === 'error') return <ErrorMessage error={state.error} doing="loading the skills matrix" onRetry={() => store.reload()} />;
  const loaded = state.status === 'loading' ? state.ratingsLoaded : 0;
  return (
    <div className={styles.loading} role="status" aria-live="polite" data-testid="skills-loading">
      <Text weight="semibold">Loading skills and ratings…</Text>
      <ProgressBar thickness="large" aria-label="Loading ratings" />
      <Text>{loaded > 0 ? `${loaded.toLocaleString('en-GB')} ratings loaded` : 'Fetching the catalogue, people and ratings'}</Text>
    </div>
  );
}

/** "Reload" for pages that show loaded data (others may have changed it). */
export function ReloadButton() {
  const store = useSkillsStore();
  const state = useSkillsState();
  return (
    <Button appearance="subtle" disabled={state.status === 'loading'} onClick={() => store.reload()}>
      {state.status === 'loading' ? 'Reloading…' : 'Reload'}
    </Button>
  );
}
