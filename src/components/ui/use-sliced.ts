import { startTransition, useEffect, useMemo, useState } from 'react';
import { runSteps, type Steps } from '../../lib/steps';
import { runStepsSliced, type SliceOptions } from './run-in-slices';

export interface Sliced<T> {
  /** The result for the current input, or, while that one is computed, the last one (null before any). */
  value: T | null;
  /** True while the result for the current input is being computed. */
  busy: boolean;
}

const IDLE = { value: null, busy: false } as const;

/**
 * `steps(input)` run to its result (lib/steps). A small input (`inSlices(input)` false) is
 * computed in the render, as a useMemo would; a big one in slices with the main thread given back
 * between them (no long task), the last result shown kept meanwhile and the new one rendered in a
 * transition. A new input stops the run of the old one. `steps` and `inSlices` must be stable
 * (module functions). Null input: null value.
 */
export function useSliced<I, T>(input: I | null, steps: (input: I) => Steps<T>, inSlices: (input: I) => boolean, opts?: Pick<SliceOptions, 'pause' | 'sliceMs'>): Sliced<T> {
  const sliced = input !== null && inSlices(input);
  const now = useMemo(() => (input !== null && !sliced ? { value: runSteps(steps(input)) } : null), [input, sliced, steps]);
  const [done, setDone] = useState<{ input: I; value: T } | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  // A result computed in the render is the last one shown too: kept while a big input is computed.
  useEffect(() => {
    if (input !== null && now) setDone({ input, value: now.value });
  }, [input, now]);
  const pause = opts?.pause;
  const sliceMs = opts?.sliceMs;
  useEffect(() => {
    if (input === null || !sliced) return undefined;
    const abort = new AbortController();
    runStepsSliced(steps(input), { signal: abort.signal, pause, sliceMs }).then(
      (value) => {
        if (!abort.signal.aborted) startTransition(() => setDone({ input, value }));
      },
      (e: unknown) => {
        // Thrown again in the render: the panel's error boundary shows it, as it would a useMemo's.
        if (!(e instanceof DOMException && e.name === 'AbortError')) setFailed({ error: e });
      },
    );
    return () => abort.abort();
  }, [input, sliced, steps, pause, sliceMs]);
  if (failed) throw failed.error;
  if (input === null) return IDLE;
  if (now) return { value: now.value, busy: false };
  return { value: done?.value ?? null, busy: done?.input !== input };
}
