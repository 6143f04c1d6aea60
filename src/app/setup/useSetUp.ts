/**
 * Set up from inside the hub: an owner adds the lists newer releases brought (the same provisioning
 * as the first-run screen, which only adds and is idempotent), then the session starts again so
 * every page sees them.
 */
import { useContext, useState } from 'react';
import { useNotify } from '../services/notify';
import { SessionContext } from '../services/session';
import { runProvisioning, type SetupProgress } from './runProvisioning';

export interface SetUp {
  /** Only site owners may add lists; everyone else is told to ask one. */
  readonly allowed: boolean;
  readonly running: boolean;
  readonly progress?: SetupProgress;
  readonly error?: unknown;
  run(): void;
}

/** Runs Set up for the signed-in owner (works outside the session too: then it is never allowed). */
export function useSetUp(): SetUp {
  const value = useContext(SessionContext);
  const notify = useNotify();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SetupProgress>();
  const [error, setError] = useState<unknown>();
  const allowed = value?.session.role === 'owner' && value.connection !== undefined;
  function run() {
    if (!value?.connection || running) return;
    const { session, connection, reload } = value;
    setRunning(true);
    setError(undefined);
    runProvisioning({ session, connection }, setProgress).then(
      () => {
        notify.success('Lists added', 'Every list this version of Technician Hub uses is on the site now.');
        setRunning(false);
        reload();
      },
      (caught: unknown) => {
        setError(caught);
        setRunning(false);
      },
    );
  }
  return { allowed, running, progress, error, run };
}
