import type { SourceId } from '../config/series';
import { msg, type Msg } from '../i18n/message';
import { DAY_MS, parseIsoDay, type UnixMs } from '../lib/units';

/**
 * What the chart says over the span after the shown source's last observation (ISSUE 11,
 * item 6): the source, its last date and how to get figures there (`label`; `short` without the
 * how), as catalog messages; the span starts at `at`, the instant of the last observation (the end
 * of `asOf`, UTC, when not given); `asOfText` is the date as the UI writes it. Null for an unreadable date.
 */
export function dataEndOf(source: SourceId, asOf: string, at?: number, asOfText = asOf): { at: UnixMs; label: Msg; short: Msg } | null {
  const day = parseIsoDay(asOf);
  if (day === null) return null;
  const name = msg(`source.${source}`);
  const short = msg('app.dataEnd.short', { source: name, asOf: asOfText });
  return { at: (at ?? (day + 1) * DAY_MS) as UnixMs, label: msg(`app.dataEnd.${source}`, { short }), short };
}
