import { Component, type ErrorInfo, type ReactNode } from 'react';
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
      return <ErrorMessage error={this.state.error} doing={this.props.doing} onRetry={() => this.setState({ error: undefined })} />;
    }
    return this.props.children;
  }
}
