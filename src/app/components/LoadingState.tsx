import { makeStyles, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXL },
});

/** A spinner with words ("Loading actions…"), announced politely to screen readers. */
export function LoadingState({ label = 'Loading…' }: { readonly label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner label={label} />
    </div>
  );
}
