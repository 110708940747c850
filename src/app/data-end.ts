import { SOURCES, type SourceId } from '../config/series';
import { DAY_MS, parseIsoDay, type UnixMs } from '../lib/units';

/**
 * What the chart says over the span after the shown source's last observation (ISSUE 11,
 * item 6): the source, its last date and how to get figures there; the span starts at `at`,
 * the instant of the last observation (the end of `asOf`, UTC, when not given). Null for an
 * unreadable date.
 */
export function dataEndOf(source: SourceId, asOf: string, at?: number): { at: UnixMs; label: string; short: string } | null {
  const day = parseIsoDay(asOf);
  if (day === null) return null;
  const name = SOURCES[source].name;
  const how =
    source === 'snapshot'
      ? 'choose the live ECB source, or run npm run data:update for an offline deployment'
      : source === 'ecb'
        ? 'the ECB publishes each business day; reload later'
        : 'import a longer series for figures after it';
  return { at: (at ?? (day + 1) * DAY_MS) as UnixMs, label: `No ${name} figures after ${asOf}: ${how}`, short: `No ${name} figures after ${asOf}` };
}
