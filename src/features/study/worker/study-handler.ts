import { asDayArray } from '../../../lib/units';
import { basketReturns, runStudy, type StudyGroup } from '../model';
import type { BasketData, EventTable, SeriesData, StudyAnswer, StudyRequest, StudyResponse, StudyRun } from './study-protocol';

/** How many of each kind of input the worker keeps (the oldest goes first). */
export const KEEP = 6;

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > KEEP) map.delete(map.keys().next().value as string);
}

/**
 * The worker's state and what it does with each message (kept apart from the Worker global so
 * that tests can drive it). The basket's returns are aligned once per series and basket.
 */
export class StudyHandler {
  private readonly series = new Map<string, SeriesData>();
  private readonly baskets = new Map<string, BasketData>();
  private readonly events = new Map<string, EventTable>();
  private readonly aligned = new Map<string, Float64Array>();

  constructor(private readonly post: (message: StudyResponse) => void) {}

  handle(message: StudyRequest): void {
    if (message.type === 'series') remember(this.series, message.key, message);
    else if (message.type === 'basket') remember(this.baskets, message.key, message);
    else if (message.type === 'events') remember(this.events, message.key, message);
    else this.run(message);
  }

  private run(job: StudyRun): void {
    const series = this.series.get(job.seriesKey);
    const table = this.events.get(job.eventsKey);
    const basket = job.basketKey === null ? null : this.baskets.get(job.basketKey);
    const missing = [!series && job.seriesKey, !table && job.eventsKey, basket === undefined && job.basketKey].filter((k): k is string => typeof k === 'string');
    if (missing.length || !series || !table || basket === undefined) return this.post({ type: 'missing', job: job.job, keys: missing });
    try {
      const start = performance.now();
      const m = basket ? this.basketFor(series, basket) : null;
      const excludeT0 = [...table.t0].filter((t) => t >= 0);
      const groups = (keep: (i: number) => boolean): StudyGroup[] =>
        job.groups.map((g) => ({
          name: g.name,
          events: [...g.members].filter(keep).map((i) => ({ id: String(i), t0Index: table.t0[i] >= 0 ? table.t0[i] : null })),
        }));
      const input = { series: { days: asDayArray(series.days), values: series.values }, basket: m, model: job.model, windows: job.windows, placebo: { excludeT0 } };
      const all = runStudy({ ...input, groups: groups(() => true) });
      const excl = runStudy({ ...input, groups: groups((i) => table.overlap[i] === 0) });
      const overlapLeftOut: Record<string, number> = {};
      for (const g of job.groups) overlapLeftOut[g.name] = [...g.members].filter((i) => table.overlap[i] !== 0).length;
      const answer: StudyAnswer = { model: job.model, windows: all.windows, all: all.rows, exclOverlap: excl.rows, overlapLeftOut, ms: performance.now() - start };
      this.post({ type: 'done', job: job.job, answer });
    } catch (e) {
      this.post({ type: 'failed', job: job.job, message: e instanceof Error ? e.message : String(e) });
    }
  }

  private basketFor(series: SeriesData, basket: BasketData): Float64Array {
    const key = `${series.key}|${basket.key}`;
    let m = this.aligned.get(key);
    if (!m) remember(this.aligned, key, (m = basketReturns(series.days, basket.members)));
    return m;
  }
}
