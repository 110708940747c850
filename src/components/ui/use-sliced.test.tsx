// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import type { Steps } from '../../lib/steps';
import { useSliced } from './use-sliced';

/** The squares of a list, a pause point after each. */
function* squares(xs: readonly number[]): Steps<number[]> {
  const out: number[] = [];
  for (const x of xs) {
    out.push(x * x);
    yield;
  }
  return out;
}
const big = (xs: readonly number[]) => xs.length > 3;

function Show({ xs, seen }: { xs: readonly number[] | null; seen: string[] }) {
  const r = useSliced(xs, squares, big, { sliceMs: 0 });
  seen.push(`${r.value?.join(',') ?? '-'}${r.busy ? ' busy' : ''}`);
  return null;
}

describe('useSliced', () => {
  it('computes a small input in the render, as a memo would', () => {
    const seen: string[] = [];
    render(<Show xs={[1, 2, 3]} seen={seen} />);
    // The first render has it already (it renders again once, keeping it as the last result shown).
    expect(seen[0]).toBe('1,4,9');
    expect(new Set(seen)).toEqual(new Set(['1,4,9']));
  });

  it('computes a big input in slices: busy (nothing yet) until it is whole, then the result', async () => {
    const seen: string[] = [];
    render(<Show xs={[1, 2, 3, 4]} seen={seen} />);
    expect(seen.at(-1)).toBe('- busy');
    await waitFor(() => expect(seen.at(-1)).toBe('1,4,9,16'));
  });

  it('keeps the last result, marked busy, while a new big input is computed; a replaced one never shows', async () => {
    const seen: string[] = [];
    const { rerender } = render(<Show xs={[1, 2, 3, 4]} seen={seen} />);
    await waitFor(() => expect(seen.at(-1)).toBe('1,4,9,16'));
    rerender(<Show xs={[5, 5, 5, 5]} seen={seen} />);
    expect(seen.at(-1)).toBe('1,4,9,16 busy');
    rerender(<Show xs={[2, 2, 2, 2]} seen={seen} />);
    await waitFor(() => expect(seen.at(-1)).toBe('4,4,4,4'));
    expect(seen).not.toContain('25,25,25,25');
  });

  it('while a big input is computed, shows the last result shown, even one computed in the render', async () => {
    const seen: string[] = [];
    const { rerender } = render(<Show xs={[1, 2, 3, 4]} seen={seen} />);
    await waitFor(() => expect(seen.at(-1)).toBe('1,4,9,16'));
    rerender(<Show xs={[3]} seen={seen} />);
    expect(seen.at(-1)).toBe('9');
    rerender(<Show xs={[6, 6, 6, 6]} seen={seen} />);
    expect(seen.at(-1)).toBe('9 busy');
    await waitFor(() => expect(seen.at(-1)).toBe('36,36,36,36'));
  });

  it('a null input: no value, not busy', () => {
    const seen: string[] = [];
    render(<Show xs={null} seen={seen} />);
    expect(seen).toEqual(['-']);
  });
});
