import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Toast, ToastBody, Toaster, ToastTitle, useId, useToastController } from '@fluentui/react-components';
import { describeError } from '../components/describeError';

/** Short messages after something happened ("Action saved"); errors are put into words. */
export interface Notify {
  success(title: string, body?: string): void;
  info(title: string, body?: string): void;
  warning(title: string, body?: string): void;
  /** Shows `describeError(error, doing)`: the same words as `ErrorMessage`. */
  error(error: unknown, doing?: string): void;
}

const NotifyContext = createContext<Notify | undefined>(undefined);

/** Toasts for the whole tab; only inside `NotifyProvider`. */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify is used outside NotifyProvider');
  return notify;
}

export function NotifyProvider({ children }: { children: ReactNode }) {
  const toasterId = useId('hub-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const notify = useMemo<Notify>(() => {
    const show = (intent: 'success' | 'info' | 'warning' | 'error', title: string, body?: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body && <ToastBody>{body}</ToastBody>}
        </Toast>,
        { intent, timeout: intent === 'error' ? 10000 : 4000 },
      );
    return {
      success: (title, body) => show('success', title, body),
      info: (title, body) => show('info', title, body),
      warning: (title, body) => show('warning', title, body),
      error: (error, doing) => {
        const words = describeError(error, doing);
        show('error', words.title, [words.body, ...words.issues].join(' '));
      },
    };
  }, [dispatchToast]);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Toaster toasterId={toasterId} position="bottom-end" />
    </NotifyContext.Provider>
  );
}
