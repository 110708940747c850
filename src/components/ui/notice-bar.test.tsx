// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NoticeBar, NoticeLine } from './notice-bar';
import { INFO_NOTICE_MS } from './use-notice-fade';

/** The bar over a list the test owns, dismissing as the store does (by index). */
function Owned({ initial, info = [] }: { initial: string[]; info?: string[] }) {
  const [notices, setNotices] = useState(initial);
  return <NoticeBar notices={notices} infoKeys={info} onDismiss={(i) => setNotices((n) => n.filter((_, j) => j !== i))} />;
}
const shownTexts = () => within(screen.getByRole('status')).queryAllByRole('listitem').map((li) => li.querySelector('.notice-text')?.textContent);

describe('notice bar', () => {
  it('is one live region (status) holding a list, latest first, with "+N more" for the others', () => {
    render(<NoticeBar notices={['First notice', 'Second notice', 'Third notice']} onDismiss={vi.fn()} />);
    const region = screen.getByRole('status');
    const list = within(region).getByRole('list', { name: 'Notices' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.notice-text')?.textContent)).toEqual(['Third notice', 'Second notice', 'First notice']);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    for (const li of items) expect(li).not.toHaveAttribute('role');
    const more = within(region).getByRole('button', { name: '+2 more' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('is there, empty, with no notice (its height is kept), and says no "more" for one', () => {
    const { rerender } = render(<NoticeBar notices={[]} onDismiss={vi.fn()} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender(<NoticeBar notices={['Only one']} onDismiss={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('dismisses the notice whose button is pressed (its index in the given order)', async () => {
    const onDismiss = vi.fn();
    render(<NoticeBar notices={['First notice', 'Second notice']} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice: First notice' }));
    expect(onDismiss).toHaveBeenCalledWith(0);
  });

  it('"+N more" opens the list; Esc closes it and focus returns to the button; so does a click outside', async () => {
    const user = userEvent.setup();
    render(
      <>
        <NoticeBar notices={['One', 'Two', 'Three']} onDismiss={vi.fn()} />
        <p>Outside</p>
      </>,
    );
    const more = screen.getByRole('button', { name: '+2 more' });
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveAttribute('data-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Dismiss notice: One' }).closest('li')!.querySelector('.notice-text')!);
    expect(more).toHaveAttribute('aria-expanded', 'true'); // a click inside leaves it open
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();
    await user.click(more);
    await user.click(screen.getByText('Outside'));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('notice bar timing (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('an info notice fades after INFO_NOTICE_MS; an error stays until dismissed', () => {
    render(<Owned initial={['Disk full', 'Retrying…']} info={['Retrying…']} />);
    expect(shownTexts()).toEqual(['Retrying…', 'Disk full']);
    expect(screen.getByRole('button', { name: '+1 more' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    });
    expect(shownTexts()).toEqual(['Retrying…', 'Disk full']);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(shownTexts()).toEqual(['Disk full']);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(10 * INFO_NOTICE_MS);
    });
    expect(shownTexts()).toEqual(['Disk full']);
  });

  it('each info notice has its own time: one arriving later does not extend the first', () => {
    const { rerender } = render(<NoticeBar notices={['a']} infoKeys={['a']} onDismiss={vi.fn()} />);
    const onDismiss = vi.fn();
    act(() => {
      vi.advanceTimersByTime(INFO_NOTICE_MS / 2);
    });
    rerender(<NoticeBar notices={['a', 'b']} infoKeys={['a', 'b']} onDismiss={onDismiss} />);
    act(() => {
      vi.advanceTimersByTime(INFO_NOTICE_MS / 2);
    });
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenLastCalledWith(0); // 'a'
  });

  it('does not fade while the pointer is over the area; it gets its full time again after', () => {
    render(<Owned initial={['Saved']} info={['Saved']} />);
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => {
      vi.advanceTimersByTime(3 * INFO_NOTICE_MS);
    });
    expect(shownTexts()).toEqual(['Saved']);
    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => {
      vi.advanceTimersByTime(INFO_NOTICE_MS - 1);
    });
    expect(shownTexts()).toEqual(['Saved']);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(shownTexts()).toEqual([]);
  });

  it('the embed line fades info notices too', () => {
    const onDismiss = vi.fn();
    render(<NoticeLine notices={['Kept', 'Passing']} infoKeys={['Passing']} onDismiss={onDismiss} />);
    act(() => {
      vi.advanceTimersByTime(INFO_NOTICE_MS);
    });
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith(1);
  });
});

describe('notice line (embed)', () => {
  it('shows the latest notice with "+N more" in one status line, and dismisses that one', async () => {
    const onDismiss = vi.fn();
    render(<NoticeLine notices={['Older one', 'Middle one', 'Latest one']} onDismiss={onDismiss} />);
    const line = screen.getByRole('status');
    expect(line).toHaveTextContent(/^Latest one\+2 more×$/);
    expect(within(line).queryByRole('list')).toBeNull();
    await userEvent.click(within(line).getByRole('button', { name: 'Dismiss notice: Latest one' }));
    expect(onDismiss).toHaveBeenCalledWith(2);
  });

  it('says no "more" for a single notice and renders nothing for none', () => {
    const { rerender } = render(<NoticeLine notices={['Only one']} onDismiss={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Only one×$/);
    rerender(<NoticeLine notices={[]} onDismiss={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
