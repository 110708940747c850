import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../../i18n/i18n';
import { ErrorState } from './error-state';

interface Props {
  /** The catalog id of what this boundary guards, named in the message (`area.chart`: "the chart"). */
  area: string;
  children: ReactNode;
}

/** Keeps the rest of the page alive when one area throws while rendering. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Error in ${this.props.area}:`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <ErrorState
          title={translate({ id: 'error.inArea', values: { area: { id: this.props.area } } })}
          message={this.state.error.message}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}
