import type { SourceId } from '../config/series';
import { DAY_MS, parseIsoDay, type UnixMs } from '../lib/units';

/**
 * Where the shown source's data end (ISSUE 11, item 6): the instant of the last observation (the
 * end of `asOf`, UTC, when not given), the source and its last date. The timeline words it in the
 * UI language (no-data-layer.tsx). Null for an unreadable date.
 */
export function dataEndOf(source: SourceId, asOf: string, at?: number): { at: UnixMs; source: SourceId; asOf: string } | null {
  const day = parseIsoDay(asOf);
  if (day === null) return null;
  return { at: (at ?? (day + 1) * DAY_MS) as UnixMs, source, asOf };
}
