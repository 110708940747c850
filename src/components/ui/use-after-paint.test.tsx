// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useAfterPaint } from './use-after-paint';

function Show({ value, seen }: { value: number; seen: number[] }) {
  const v = useAfterPaint(value);
  seen.push(v);
  return <span data-testid="v">{v}</span>;
}

describe('useAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the old value until a frame and a task have passed, then takes the new one', async () => {
    const seen: number[] = [];
    const { rerender, getByTestId } = render(<Show value={1} seen={seen} />);
    rerender(<Show value={2} seen={seen} />);
    expect(getByTestId('v').textContent).toBe('1');
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(getByTestId('v').textContent).toBe('2');
  });

  it('skips values that were replaced before the frame: only the latest is rendered', async () => {
    const seen: number[] = [];
    const { rerender, getByTestId } = render(<Show value={1} seen={seen} />);
    rerender(<Show value={2} seen={seen} />);
    rerender(<Show value={3} seen={seen} />);
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(getByTestId('v').textContent).toBe('3');
    expect(seen).not.toContain(2);
  });
});
