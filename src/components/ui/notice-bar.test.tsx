// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeBar, NoticeLine } from './notice-bar';

describe('notice bar', () => {
  it('is one live region (status) holding a list whose items are list items', () => {
    render(<NoticeBar notices={['First notice', 'Second notice']} onDismiss={vi.fn()} />);
    const region = screen.getByRole('status');
    const list = within(region).getByRole('list', { name: 'Notices' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(['First notice', 'Second notice']);
    // Exactly one status: no list item carries a role of its own.
    expect(screen.getAllByRole('status')).toHaveLength(1);
    for (const li of items) expect(li).not.toHaveAttribute('role');
  });

  it('dismisses the notice whose button is pressed, and shows nothing when there are none', async () => {
    const onDismiss = vi.fn();
    const { rerender } = render(<NoticeBar notices={['First notice', 'Second notice']} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice: Second notice' }));
    expect(onDismiss).toHaveBeenCalledWith(1);
    rerender(<NoticeBar notices={[]} onDismiss={onDismiss} />);
    expect(screen.queryByRole('status')).toBeNull();
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
