import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '../components/ui/error-state';
import { LastStartFailed } from './start-user-events';
import { translate } from '../i18n/i18n';
import { msg, type MsgValue } from '../i18n/message';
import { setStoredEventsAside, storedEventsText } from '../features/user-data/store/user-events-persistence';
import { downloadStoredText } from '../features/user-data/components/download-stored';

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

/** A class component has no hooks: the words come from the active catalog directly. */
const tr = (id: string, values?: Record<string, MsgValue>) => translate(msg(id, values));

function message(e: unknown): string {
  // The last page's silent stop is ours to word; any other error is the browser's or a library's.
  if (e instanceof LastStartFailed) return tr('app.start.lastPageDied');
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
      return <ErrorState title={tr('app.start.failed')} message={message(error)} onRetry={() => this.reload()} />;
    }
    return (
      <main className="start-failure" role="alert">
        <h1>{tr('app.start.failedWithEvents')}</h1>
        <p>{tr('app.start.stopped', { error: message(error) })}</p>
        <div className="row">
          <button type="button" onClick={() => downloadStoredText(text, 'krw-lens-saved-events.json')}>
            {tr('app.start.download')}
          </button>
          <button type="button" onClick={this.startWithout}>
            {tr('app.start.without')}
          </button>
        </div>
        <p className="small muted">{tr('app.start.withoutHelp')}</p>
        {failed && <p>{tr('app.start.asideFailed')}</p>}
      </main>
    );
  }
}
