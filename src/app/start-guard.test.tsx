// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadBlob } from '../components/ui/download';
import { USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY } from '../features/user-data/model/user-events-storage';
import { loadUserEvents } from '../features/user-data/store/user-events-persistence';
import { StartGuard } from './start-guard';
import { LastStartFailed, RUNNING_KEY, startUserEvents } from './start-user-events';

vi.mock('../components/ui/download', () => ({ downloadBlob: vi.fn() }));
// The test seam: loading the stored events can be made to throw.
vi.mock('../features/user-data/store/user-events-persistence', async (orig) => {
  const real = await orig<typeof import('../features/user-data/store/user-events-persistence')>();
  return { ...real, loadUserEvents: vi.fn(real.loadUserEvents) };
});

const STORED = JSON.stringify({ version: 1, events: [{ id: 'heavy-one', date: '2016-01-06' }] });

function Crash(): never {
  throw new Error('Invalid array length');
}

describe('the start-up guard', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    vi.mocked(downloadBlob).mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers to download the saved events or start without them when rendering throws', async () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    const reload = vi.fn();
    render(
      <StartGuard reload={reload}>
        <Crash />
      </StartGuard>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('KRW Event Lens could not start with your saved events');
    expect(screen.getByRole('alert')).toHaveTextContent('(Invalid array length)');
    await userEvent.click(screen.getByRole('button', { name: 'Download your saved data' }));
    expect(downloadBlob).toHaveBeenCalledWith(STORED, 'krw-lens-saved-events.json', 'application/json');
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(STORED);
    await userEvent.click(screen.getByRole('button', { name: 'Start without them' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBeNull();
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(`${USER_EVENTS_BACKUP_KEY}:`));
    expect(aside.map((k) => localStorage.getItem(k))).toEqual([STORED]);
  });

  it('catches a load of the stored events that throws, and shows the same page', async () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    vi.mocked(loadUserEvents).mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const error = startUserEvents(false);
    expect(error).toBeInstanceOf(RangeError);
    render(
      <StartGuard startError={error} reload={vi.fn()}>
        <p>the app</p>
      </StartGuard>,
    );
    expect(screen.queryByText('the app')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent('KRW Event Lens could not start with your saved events');
    expect(screen.getByRole('button', { name: 'Start without them' })).toBeInTheDocument();
  });

  it('renders the app when nothing went wrong', () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    expect(startUserEvents(false)).toBeNull();
    render(
      <StartGuard startError={null}>
        <p>the app</p>
      </StartGuard>,
    );
    expect(screen.getByText('the app')).toBeInTheDocument();
  });

  it('in the embedded view offers no storage action, only Retry, and leaves the saved events alone', () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    render(
      <StartGuard reload={vi.fn()} embed>
        <Crash />
      </StartGuard>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('KRW Event Lens could not start.Invalid array length');
    expect(screen.queryByRole('button', { name: 'Start without them' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download your saved data' })).toBeNull();
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(STORED);
  });

  it('shows a plain error with Retry when there are no saved events to blame', () => {
    const reload = vi.fn();
    render(
      <StartGuard reload={reload}>
        <Crash />
      </StartGuard>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('KRW Event Lens could not start.Invalid array length');
    expect(screen.queryByRole('button', { name: 'Start without them' })).toBeNull();
  });

  it('asks first when the last page of this tab that ran with saved events died (no pagehide)', () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    expect(startUserEvents(false)).toBeNull();
    expect(sessionStorage.getItem(RUNNING_KEY)).toBe('1');
    // The tab dies (out of memory): no pagehide. The next start in this tab finds the marker.
    const error = startUserEvents(false);
    expect(error).toBeInstanceOf(LastStartFailed);
    render(
      <StartGuard startError={error} reload={vi.fn()}>
        <p>the app</p>
      </StartGuard>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('KRW Event Lens could not start with your saved events');
    expect(screen.getByRole('alert')).toHaveTextContent('the last page with your saved events stopped without closing');
    // Asked once: a reload of the guard page starts normally.
    expect(sessionStorage.getItem(RUNNING_KEY)).toBeNull();
  });

  it('starts normally after a page that was left normally, and marks nothing without saved events or in the embed', () => {
    localStorage.setItem(USER_EVENTS_KEY, STORED);
    expect(startUserEvents(false)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(RUNNING_KEY)).toBeNull();
    expect(startUserEvents(false)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(startUserEvents(true)).toBeNull();
    expect(sessionStorage.getItem(RUNNING_KEY)).toBeNull();
    localStorage.clear();
    expect(startUserEvents(false)).toBeNull();
    expect(sessionStorage.getItem(RUNNING_KEY)).toBeNull();
  });
});
