import { PREVIEW_ROWS, type SeriesLineIssue, type SeriesParseResult, type SeriesRow } from './series-csv-types';
import { KIND_DATE, KIND_LOCAL, KIND_OFFSET } from './series-csv-time';

/**
 * Gathers good rows into growing typed arrays, notes whether they came in time order and whether
 * the file is intraday, and at the end sorts them (stable), drops repeated instants (the first in
 * the file stays; each later one is a bad line) and builds the result.
 */
export class SeriesCollector {
  private instants = new Float64Array(1024);
  private values = new Float64Array(1024);
  private lines = new Float64Array(1024);
  private n = 0;
  private sorted = true;
  private intraday = false;
  private firstTimeOfDay = -1;
  /** Written date → instant of its first row, until the file is known to be intraday. */
  private dates: Map<number, number> | null = new Map();
  readonly kinds = { offset: 0, local: 0, dateOnly: 0 };
  readonly issues: SeriesLineIssue[] = [];

  add(instant: number, value: number, line: number, kind: number, dateKey: number, timeOfDay: number): void {
    if (this.n === this.instants.length) this.grow();
    const i = this.n++;
    if (i > 0 && instant < this.instants[i - 1]!) this.sorted = false;
    this.instants[i] = instant;
    this.values[i] = value;
    this.lines[i] = line;
    if (kind === KIND_OFFSET) this.kinds.offset++;
    else if (kind === KIND_LOCAL) this.kinds.local++;
    else if (kind === KIND_DATE) this.kinds.dateOnly++;
    if (this.intraday) return;
    if (this.firstTimeOfDay < 0) this.firstTimeOfDay = timeOfDay;
    else if (timeOfDay !== this.firstTimeOfDay) this.intraday = true;
    const seen = this.dates!.get(dateKey);
    // A repeated row (same instant) is a duplicate, not a second observation that day.
    if (seen === undefined) this.dates!.set(dateKey, instant);
    else if (seen !== instant) this.intraday = true;
    if (this.intraday) this.dates = null;
  }

  issue(issue: SeriesLineIssue): void {
    this.issues.push(issue);
  }

  private grow(): void {
    const size = this.instants.length * 2;
    for (const key of ['instants', 'values', 'lines'] as const) {
      const next = new Float64Array(size);
      next.set(this[key]);
      this[key] = next;
    }
  }

  finish(): Omit<SeriesParseResult, 'fileIssue' | 'layout'> {
    const n = this.n;
    let order: Uint32Array | null = null;
    if (!this.sorted) {
      const idx = new Uint32Array(n);
      for (let i = 0; i < n; i++) idx[i] = i;
      const t = this.instants;
      order = idx.sort((a, b) => t[a]! - t[b]! || a - b);
    }
    const instants = new Float64Array(n);
    const values = new Float64Array(n);
    const lines = new Float64Array(n);
    let k = 0;
    for (let j = 0; j < n; j++) {
      const i = order ? order[j]! : j;
      const t = this.instants[i]!;
      if (k > 0 && t === instants[k - 1]) {
        this.issues.push({ line: this.lines[i]!, code: 'time.duplicate', instant: t, firstLine: lines[k - 1]! });
        continue;
      }
      instants[k] = t;
      values[k] = this.values[i]!;
      lines[k] = this.lines[i]!;
      k++;
    }
    this.issues.sort((a, b) => a.line - b.line);
    const row = (i: number): SeriesRow => ({ line: lines[i]!, instant: instants[i]!, value: values[i]! });
    const firstRows: SeriesRow[] = [];
    const lastRows: SeriesRow[] = [];
    for (let i = 0; i < Math.min(PREVIEW_ROWS, k); i++) firstRows.push(row(i));
    for (let i = Math.max(0, k - PREVIEW_ROWS); i < k; i++) lastRows.push(row(i));
    return {
      instants: k === n ? instants : instants.slice(0, k),
      values: k === n ? values : values.slice(0, k),
      count: k,
      range: k > 0 ? { first: instants[0]!, last: instants[k - 1]! } : null,
      firstRows,
      lastRows,
      resolution: this.intraday ? 'intraday' : 'daily',
      outOfOrder: !this.sorted,
      timeKinds: { ...this.kinds },
      issues: this.issues,
    };
  }
}
