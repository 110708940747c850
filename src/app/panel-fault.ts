import { useSyncExternalStore } from 'react';

/**
 * Faults the end-to-end suite injects into one panel (automation build only: `__krwLens.failPanel`),
 * to see that its error boundary holds it and that the other panels keep working. A fault fires once:
 * the panel's next render throws, and its Retry renders it again.
 */
const armed = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

export function armPanelFault(area: string): void {
  armed.add(area);
  version++;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * Throws after `armPanelFault(area)` until the task ends (React renders a throwing component a
 * second time before it gives up to the boundary: both renders must throw); renders nothing.
 */
export function PanelFault({ area }: { area: string }): null {
  useSyncExternalStore(subscribe, () => version);
  if (armed.has(area)) {
    setTimeout(() => armed.delete(area), 0);
    throw new Error(`Injected fault in ${area}`);
  }
  return null;
}
