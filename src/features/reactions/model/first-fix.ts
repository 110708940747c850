import type { SourceId } from '../../../config/series';
import type { UnixMs } from '../../../lib/units';
import type { ReactionRow } from './compute-reactions';

/**
 * Who observed a line: a built-in source's fix (all its pairs share it), or an imported series
 * on its own (two imported series are two feeds even though both have source `csv`).
 */
export interface Feed {
  key: string;
  builtIn: boolean;
  source: SourceId;
  /** The imported series' label (unused for a built-in source, named by its source). */
  label: string;
}

export function feedOf(r: Pick<ReactionRow, 'meta' | 'source' | 'seriesId' | 'label'>): Feed {
  return r.meta.builtIn
    ? { key: r.source, builtIn: true, source: r.source, label: r.label }
    : { key: r.seriesId, builtIn: false, source: r.source, label: r.meta.label };
}

/** A row with a T0 observation. */
export type SeenRow = ReactionRow & { t0At: UnixMs };

export interface FirstFix {
  /** The rows with a T0, earliest T0 instant first (ties keep the given order). */
  seen: SeenRow[];
  /** The rows without a T0 (in the given order). */
  unseen: ReactionRow[];
  /**
   * When two feeds saw the event at different instants: the feed of the earliest T0, the first
   * feed whose T0 came later, and by how much (ms). Null with one feed, or all at one instant.
   */
  lead: { first: Feed; other: Feed; gapMs: number } | null;
}

/**
 * "Which fix saw it first": an event's rows (one per shown line) ordered by the instant of their
 * T0 observation, and which feed saw it first and how long before the next one. O(n log n).
 */
export function firstFix(rows: readonly ReactionRow[]): FirstFix {
  const seen = rows.filter((r): r is SeenRow => r.t0At !== null).sort((a, b) => a.t0At - b.t0At);
  const unseen = rows.filter((r) => r.t0At === null);
  if (!seen.length) return { seen, unseen, lead: null };
  const first = feedOf(seen[0]);
  const later = seen.find((r) => r.t0At > seen[0].t0At && feedOf(r).key !== first.key);
  const lead = later ? { first, other: feedOf(later), gapMs: later.t0At - seen[0].t0At } : null;
  return { seen, unseen, lead };
}
