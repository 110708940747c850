import { SOURCES, type SourceId } from '../config/series';
import { parseIsoDay, type EpochDay } from '../lib/units';

/**
 * What the chart says over the span after the shown source's last observation (ISSUE 11,
 * item 6): the source, its last date and how to get figures there. Null for an unreadable date.
 */
export function dataEndOf(source: SourceId, asOf: string): { day: EpochDay; label: string } | null {
  const day = parseIsoDay(asOf);
  if (day === null) return null;
  const name = SOURCES[source].name;
  const how =
    source === 'snapshot'
      ? 'choose the live ECB source, run npm run data:update for an offline deployment, or import your own series'
      : source === 'ecb'
        ? 'the ECB publishes each business day; reload later, or import your own series'
        : 'import a longer series for figures after it';
  return { day, label: `No ${name} figures after ${asOf}: ${how}` };
}
