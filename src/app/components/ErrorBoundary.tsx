import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError } from './describeError';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  readonly children: ReactNode;
  /** What the section does, for the message: "showing the skills matrix". */
  readonly doing?: string;
}

interface State {
  readonly error?: unknown;
}

/**
 * Catches a page that throws while rendering (or a lazy chunk that fails to load) and shows the
 * error in words instead of a blank tab. React only offers this as a class component.
 * The shell keys it by route, so moving to another section clears the error.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the component stack for whoever opens the browser console.
    console.error('Technician Hub page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== undefined) {
      const { error } = this.state;
      // A chunk that failed to download stays failed inside React.lazy: only a page reload fetches it again.
      const retry = isChunkLoadError(error) ? () => window.location.reload() : () => this.setState({ error: undefined });
      return <ErrorMessage error={error} doing={this.props.doing} onRetry={retry} />;
    }
    return this.props.children;
  }
}
