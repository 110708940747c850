/**
 * A long computation written once as steps: a generator that yields (nothing) wherever it may
 * pause and returns its result. `runSteps` runs it to the end at once (what a test or a small
 * input wants); `runStepsSliced` (components/ui/run-in-slices) runs it in slices of about `sliceMs`, giving the main thread back
 * between them, so that 20,000 events do not make one long task. The same code gives the same
 * result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in the calling task. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Yields every `every` calls: `if (tick()) yield;` in a loop marks a point where the run may pause. */
export function ticker(every = 64): () => boolean {
  let n = 0;
  return () => ++n % every === 0;
}
