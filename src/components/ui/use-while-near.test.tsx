// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useWhileNear } from './use-while-near';

/** A stand-in IntersectionObserver the test drives: `report(near)` tells the one observer. */
let report: (near: boolean) => void = () => {};
let margin = '';
class FakeObserver {
  constructor(cb: IntersectionObserverCallback, opts?: IntersectionObserverInit) {
    margin = opts?.rootMargin ?? '';
    report = (near) => cb([{ isIntersecting: near } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  observe() {}
  disconnect() {}
}

function Probe({ value }: { value: number }) {
  const ref = useRef<HTMLDivElement>(null);
  return <div ref={ref}>{useWhileNear(ref, value)}</div>;
}

describe('useWhileNear', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  it('follows the value while near, keeps the last shown one while far, and catches up when near again', () => {
    const { rerender } = render(<Probe value={1} />);
    expect(margin).toBe('50% 0px 50% 0px');
    rerender(<Probe value={2} />);
    expect(screen.getByText('2')).toBeTruthy();
    act(() => report(false));
    rerender(<Probe value={3} />);
    rerender(<Probe value={4} />);
    expect(screen.getByText('2')).toBeTruthy();
    act(() => report(true));
    expect(screen.getByText('4')).toBeTruthy();
  });

  it('follows the value always without IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { rerender } = render(<Probe value={1} />);
    rerender(<Probe value={5} />);
    expect(screen.getByText('5')).toBeTruthy();
  });
});
