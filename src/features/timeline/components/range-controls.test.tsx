// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RangeControls } from './range-controls';

describe('RangeControls', () => {
  const props = { from: '2016-01-01', to: '2016-12-31', first: '1981-04-13', last: '2024-11-29', maxTo: '2025-11-14' };

  it('applies quick ranges from the last observation, Max to the last event', async () => {
    const onChange = vi.fn();
    render(<RangeControls {...props} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: '1Y' }));
    expect(onChange).toHaveBeenLastCalledWith('2023-11-29', '2024-11-29');
    await userEvent.click(screen.getByRole('button', { name: 'Max' }));
    expect(onChange).toHaveBeenLastCalledWith('1981-04-13', '2025-11-14');
  });

  it('flags an inverted range on the fields and changes nothing', () => {
    const onChange = vi.fn();
    render(<RangeControls {...props} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2017-06-01' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('“From” must be before “To”.')).toBeInTheDocument();
    expect(screen.getByLabelText('From date')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2016-06-01' } });
    expect(onChange).toHaveBeenCalledWith('2016-06-01', '2016-12-31');
  });
});

describe('RangeControls before the first paint', () => {
  it('holds the date fields’ places with empty boxes, and shows the fields when asked', () => {
    const props = { from: '2016-01-01', to: '2017-01-01', first: '1981-04-13', last: '2024-11-29', maxTo: '2025-11-14', onChange: () => undefined };
    const { container, rerender } = render(<RangeControls {...props} fields={false} />);
    expect(screen.queryByLabelText('From date')).toBeNull();
    expect(container.querySelectorAll('.date-field .date-slot')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '1Y' })).toBeInTheDocument();
    rerender(<RangeControls {...props} />);
    expect(screen.getByLabelText('From date')).toHaveValue('2016-01-01');
    expect(screen.getByLabelText('To date')).toHaveValue('2017-01-01');
    expect(container.querySelector('.date-slot')).toBeNull();
  });
});
