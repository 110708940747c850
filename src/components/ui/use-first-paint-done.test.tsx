// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useFirstPaintDone } from './use-first-paint-done';

function Probe() {
  return <span data-testid="done">{String(useFirstPaintDone())}</span>;
}

describe('useFirstPaintDone', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('is false in the first render and true once a frame and a task have passed', async () => {
    const { getByTestId } = render(<Probe />);
    expect(getByTestId('done').textContent).toBe('false');
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(getByTestId('done').textContent).toBe('true');
  });
});
