import type { QueryClient } from '@tanstack/react-query';
import type { SourceChoice } from '../config/series';
import { builtInEventsQueryOptions } from '../features/events/api/get-built-in-events';
import { snapshotQueryOptions } from '../features/rates/api/get-snapshot';

/** Longest wait before the first render: past it the page renders with its loading states. */
export const FIRST_VIEW_CAP_MS = 1_500;

/**
 * Starts loading what the first view needs — the bundled H.10 snapshot (the chart's data with
 * `source=snapshot`) and the built-in events (their chunk is requested
 * by start-loading.ts) — and resolves when the view's own needs have settled, or after `capMs`.
 * main.tsx renders then: one render, one layout and one paint for the whole page with its
 * chart, instead of a shell first and the chart in a second pass (~80 ms less work before the
 * chart shows on a 2-core machine). index.html shows a loading line until then. Failures are not thrown here: the
 * views show them (the queries keep their errors).
 */
export function loadFirstView(client: QueryClient, source: SourceChoice, capMs = FIRST_VIEW_CAP_MS): Promise<void> {
  const events = client.prefetchQuery(builtInEventsQueryOptions());
  // Live ECB rates come over the network: the page does not wait for them (it shows its
  // loading state, then the fallback or the rates, as before). Their fallback, the H.10 snapshot,
  // is decoded (~30 ms of the main thread) only when the live request fails (startEcbEarly) or
  // a view asks for it: not in the way of live rates that answer.
  if (source !== 'snapshot') return settledOrCap([events], capMs);
  return settledOrCap([client.prefetchQuery(snapshotQueryOptions()), events], capMs);
}

/** Resolves (never rejects) once every promise has settled, or after `capMs`, whichever comes first. */
export function settledOrCap(needs: readonly Promise<unknown>[], capMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((done) => {
    timer = setTimeout(done, capMs);
  });
  return Promise.race([Promise.allSettled(needs).then(() => undefined), cap]).finally(() => clearTimeout(timer));
}
