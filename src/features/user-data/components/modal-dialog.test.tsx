// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ModalDialog } from './modal-dialog';

describe('modal dialog', () => {
  it('closes on a click on the backdrop (outside), not on one inside or a press that starts inside', async () => {
    const onClose = vi.fn();
    render(
      <ModalDialog title="A dialog" onClose={onClose}>
        <button type="button">Inside</button>
      </ModalDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'A dialog' });
    const backdrop = dialog.parentElement!;
    await userEvent.click(screen.getByRole('button', { name: 'Inside' }));
    expect(onClose).not.toHaveBeenCalled();
    // Pressed inside (selecting text), released on the backdrop.
    fireEvent.mouseDown(dialog);
    fireEvent.click(backdrop);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(backdrop);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps a dialog open on an outside click when told to (a form with edits), Esc still closes it', async () => {
    const onClose = vi.fn();
    render(
      <ModalDialog title="A form" onClose={onClose} closeOnOutside={false}>
        <input aria-label="Field" />
      </ModalDialog>,
    );
    await userEvent.click(screen.getByRole('dialog').parentElement!);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('returns focus to the control that had it when it opened', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(
      <ModalDialog title="A dialog" onClose={vi.fn()}>
        <button type="button">Inside</button>
      </ModalDialog>,
    );
    expect(screen.getByRole('button', { name: 'Inside' })).toHaveFocus();
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });
});
