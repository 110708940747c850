import type { SeriesId, SourceId } from '../../../config/series';
import type { KrwEvent } from '../../events/model/event-schema';
import { lineKeyOf, type SeriesMeta } from '../../rates/model/registry';
import { lineLabel } from '../../rates/model/line-label';
import type { Series, SeriesSet } from '../../rates/model/series';
import { eventAnchor, type EventAnchor } from './fix-instants';
import { locateT0, type T0Location } from './locate-t0';
import { marketAdjusted, type AdjustedChanges } from './market-adjusted';
import { findOverlaps } from './overlap';
import { reactionAt, type Reaction } from './reaction';
import { runSteps, ticker, type Steps } from '../../../lib/steps';

/** One event × shown line: the reaction figures plus what the table and the CSV show beside them. */
export interface ReactionRow extends Reaction {
  event: KrwEvent;
  /** The series (a built-in pair, or an imported `csv:…` series). */
  seriesId: SeriesId;
  /**
   * The CSV's `pair` column: the series id (`USDKRW`, `csv:my-ndf`); a comparison line has the
   * same id as its pair, `source` tells them apart.
   */
  pair: SeriesId;
  /** The line's key: the series id, `id@source` for a comparison line (registry lineKeyOf). */
  line: string;
  /** The line's source: `snapshot`, `ecb`, or `csv` for an imported series. */
  source: SourceId;
  /** What the line is called beside the others shown (lineLabel: `USD/KRW · ECB` when a pair is shown twice). */
  label: string;
  /** The series' metadata (unit, colour, fix rule, resolution); shared: do not change it. */
  meta: SeriesMeta;
  overlap: boolean;
  /** How many other events have their T0 in this event's [T0−5, T0+5] window of this series (exact). */
  overlapCount: number;
  /** The first of them (at most OVERLAP_LIST_LIMIT ids, in T0 order); shared between rows: do not change it. */
  overlapWith: readonly string[];
  /** USD/KRW net of the yen/yuan basket (see market-adjusted.ts); null for every other line. */
  adjusted: AdjustedChanges | null;
}

/** The line that gets the market-adjusted move: the built-in USD/KRW of the primary source (not a comparison line). */
export const ADJUSTED_LINE = 'USDKRW';

/**
 * The yen and yuan series of `usd`'s source, searched in `candidates` by id and source (the
 * basket of marketAdjusted); the set lacks what is not there.
 */
function basketOf(usd: Series, candidates: readonly Series[]): SeriesSet {
  const find = (id: 'JPYKRW' | 'CNYKRW') => candidates.find((c) => c.id === id && c.source === usd.source && c.meta.builtIn);
  return { USDKRW: usd, JPYKRW: find('JPYKRW'), CNYKRW: find('CNYKRW') };
}

/**
 * All reactions: one row per event (in the given order) and line (in `lines` order: the shown
 * series, built-in pairs, comparison lines and imported series alike). Events without T0/T−1 in
 * a series still get a row, with `status` saying why and the figures null.
 *
 * Each line uses its own series' instants (its source's fix rule, or its own timestamps): see
 * locateT0 for the T0 rule. Each event's anchor (announcement instant, date) is converted once
 * and shared by all lines; events with the same timing (e.g. date-only events on the same day)
 * share their T0 and figures, computed once per line. The figure objects (`adjusted`), metadata
 * and overlap lists may be shared between rows: do not change them.
 *
 * The market-adjusted move is given to the built-in USD/KRW line of the primary source
 * (line key `USDKRW`), with the yen and yuan of the same source from `lines`, else from `basket`
 * (e.g. every series of the primary source's bundle, shown or not).
 */
export function computeReactions(events: readonly KrwEvent[], lines: readonly Series[], basket: readonly Series[] = []): ReactionRow[] {
  return runSteps(reactionSteps(events, lines, basket));
}

/**
 * computeReactions as steps (lib/steps): the same rows, with points where a caller may give the
 * main thread back (every 64 events; 20,000 events × a few lines take ~0.3 s in all).
 */
export function* reactionSteps(events: readonly KrwEvent[], lines: readonly Series[], basket: readonly Series[] = []): Steps<ReactionRow[]> {
  const tick = ticker();
  const anchors: EventAnchor[] = [];
  const ids: string[] = [];
  for (const e of events) {
    anchors.push(eventAnchor(e));
    ids.push(e.id);
    if (tick()) yield;
  }
  const perLine: ReactionRow[][] = [];
  for (const s of lines) {
    const line = lineKeyOf(s.id, s.source, s.compare === true);
    const label = lineLabel(s, lines);
    const set = line === ADJUSTED_LINE && s.meta.builtIn ? basketOf(s, [...lines, ...basket]) : null;
    const known = new Map<EventAnchor, { loc: T0Location; r: Reaction; adjusted: AdjustedChanges | null }>();
    const figures: { loc: T0Location; r: Reaction; adjusted: AdjustedChanges | null }[] = [];
    for (const a of anchors) {
      let f = known.get(a);
      if (!f) {
        const loc = locateT0(s, a);
        f = { loc, r: reactionAt(s, loc), adjusted: set ? marketAdjusted(set, loc) : null };
        known.set(a, f);
      }
      figures.push(f);
      if (tick()) yield;
    }
    const overlaps = findOverlaps(ids, figures.map((f) => f.loc.t0));
    yield;
    const rows: ReactionRow[] = [];
    for (let i = 0; i < figures.length; i++) {
      const { r, adjusted } = figures[i];
      // Built field by field: an object spread here cost ~15 µs per row in V8.
      rows.push({
        status: r.status,
        t0: r.t0,
        t0At: r.t0At,
        baseDate: r.baseDate,
        baseAt: r.baseAt,
        baseRate: r.baseRate,
        t0Rate: r.t0Rate,
        chg0: r.chg0,
        chg5: r.chg5,
        chg20: r.chg20,
        preDrift: r.preDrift,
        preVol: r.preVol,
        z0: r.z0,
        event: events[i],
        seriesId: s.id,
        pair: s.id,
        line,
        source: s.source,
        label,
        meta: s.meta,
        overlap: overlaps[i].overlap,
        overlapCount: overlaps[i].count,
        overlapWith: overlaps[i].with,
        adjusted,
      });
      if (tick()) yield;
    }
    perLine.push(rows);
  }
  const out: ReactionRow[] = [];
  for (let i = 0; i < events.length; i++) {
    for (const rows of perLine) out.push(rows[i]);
    if (tick()) yield;
  }
  return out;
}
