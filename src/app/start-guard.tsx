import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadBlob } from '../components/ui/download';
import { ErrorState } from '../components/ui/error-state';
import { setStoredEventsAside, storedEventsText } from '../features/user-data/store/user-events-persistence';

interface Props {
  children: ReactNode;
  /** A failure before the first render (loading the stored events threw). */
  startError?: unknown;
  /** Reloads the page (a seam for tests). */
  reload?: () => void;
  /** The embedded view: it writes nothing to storage, so it offers no storage actions, only a retry. */
  embed?: boolean;
}

interface State {
  error: unknown;
  /** Set when "Start without them" could do nothing. */
  failed: boolean;
}

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 200 ? `${m.slice(0, 199)}…` : m;
}

/**
 * The app-level safety net: when the app cannot start (the stored events fail to load, or
 * rendering throws) and the user has saved events, a plain page offers to download them and
 * to start without them (they are moved aside to a backup, never deleted).
 */
export class StartGuard extends Component<Props, State> {
  state: State = { error: this.props.startError ?? null, failed: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('KRW Event Lens could not start:', error, info.componentStack);
  }

  private reload() {
    (this.props.reload ?? (() => window.location.reload()))();
  }

  private startWithout = () => {
    if (setStoredEventsAside()) this.reload();
    else this.setState({ failed: true });
  };

  render() {
    const { error, failed } = this.state;
    if (error === null || error === undefined) return this.props.children;
    const text = this.props.embed ? null : storedEventsText();
    if (text === null) {
      return <ErrorState title="KRW Event Lens could not start." message={message(error)} onRetry={() => this.reload()} />;
    }
    return (
      <main className="start-failure" role="alert">
        <h1>KRW Event Lens could not start with your saved events</h1>
        <p>
          The app stopped while starting with the events saved in this browser ({message(error)}). Nothing has been deleted.
        </p>
        <div className="row">
          <button type="button" onClick={() => downloadBlob(text, 'krw-lens-saved-events.json', 'application/json')}>
            Download your saved data
          </button>
          <button type="button" onClick={this.startWithout}>
            Start without them
          </button>
        </div>
        <p className="small muted">
          Start without them moves your saved events aside to a backup in this browser (listed under Your events, where you
          can download or restore it) and reloads the page.
        </p>
        {failed && <p>Your saved events could not be moved aside. Download them first, then clear this site’s data in the browser.</p>}
      </main>
    );
  }
}
