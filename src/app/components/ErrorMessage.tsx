import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { missingListOf } from '../../domain/errors';
import { MissingList } from '../setup/MissingList';
import { describeError } from './describeError';

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalM },
  issues: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  requestId: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3 },
});

export interface ErrorMessageProps {
  readonly error: unknown;
  /** What the person was doing, lower case: "loading the actions", "saving your rating". */
  readonly doing?: string;
  /** Shown as "Try again" (or "Reload" after a conflict) when the error says that would help. */
  readonly onRetry?: () => void;
}

/** A HubError (or any error) in words a person can act on, with the fields at fault listed. */
export function ErrorMessage({ error, doing, onRetry }: ErrorMessageProps) {
  const styles = useStyles();
  // A list this site does not have yet: said in place, with Set up for owners.
  const missing = missingListOf(error);
  if (missing) return <MissingList list={missing} />;
  const words = describeError(error, doing);
  return (
    <MessageBar intent={words.remedy === 'none' && !words.issues.length ? 'warning' : 'error'} layout="multiline" className={styles.root} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle>
        {words.body}
        {words.issues.length > 0 && (
          <ul className={styles.issues}>
            {words.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
        {words.requestId && <small className={styles.requestId}>Request id: {words.requestId}</small>}
      </MessageBarBody>
      {onRetry && words.remedy !== 'none' && (
        <MessageBarActions>
          <Button onClick={onRetry}>{words.remedy === 'reload' ? 'Reload' : 'Try again'}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
