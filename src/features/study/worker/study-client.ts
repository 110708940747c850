import { msg, type Msg } from '../../../i18n/message';
import type { WorkerLike } from '../../../lib/worker/worker-like';
import type { CarWindow, StudyModel } from '../model';
import { KEEP } from './study-handler';
import type { StudyAnswer, StudyGroupSpec, StudyRequest, StudyResponse } from './study-protocol';

/** The bits of a Worker the client uses (a fake one in tests). */
export type StudyWorkerLike = WorkerLike<StudyRequest, StudyResponse>;

/** One study to run: the inputs by key (sent to the worker once each) and the groups. */
export interface StudyJob {
  series: { key: string; days: ArrayLike<number>; values: ArrayLike<number> };
  basket: { key: string; members: readonly { days: ArrayLike<number>; values: ArrayLike<number> }[] } | null;
  events: { key: string; t0: Int32Array; overlap: Uint8Array };
  model: StudyModel;
  windows: readonly CarWindow[];
  groups: readonly StudyGroupSpec[];
}

function startWorker(): StudyWorkerLike {
  return new Worker(new URL('./study.worker.ts', import.meta.url), { type: 'module', name: 'event-study' }) as unknown as StudyWorkerLike;
}

/** A run that failed, with what to tell the user (the worker's own error text stays as it is, a detail). */
export class StudyFailure extends Error {
  constructor(readonly reason: Msg) {
    super(reason.id);
    this.name = 'StudyFailure';
  }
}

export function staleError(): DOMException {
  return new DOMException('A newer study replaced this one.', 'AbortError');
}

/**
 * One long-lived study worker. `run` sends what the worker does not hold yet (copies, transferred)
 * and the run; a newer `run` makes the older one's promise reject with an AbortError (its answer,
 * if it still comes, is dropped), so only the latest settings are ever shown.
 */
export class StudyClient {
  private worker: StudyWorkerLike | null = null;
  private readonly sent: string[] = [];
  private job = 0;
  private waiting: { job: number; input: StudyJob; resolve: (a: StudyAnswer) => void; reject: (e: Error) => void; resent: boolean } | null = null;

  constructor(private readonly create: () => StudyWorkerLike = startWorker) {}

  run(input: StudyJob): Promise<StudyAnswer> {
    this.waiting?.reject(staleError());
    const job = ++this.job;
    return new Promise((resolve, reject) => {
      this.waiting = { job, input, resolve, reject, resent: false };
      this.send(job, input);
    });
  }

  /** Ends the worker; a run waiting is rejected with an AbortError. */
  dispose(): void {
    this.waiting?.reject(staleError());
    this.waiting = null;
    this.worker?.terminate();
    this.worker = null;
    this.sent.length = 0;
  }

  private ensureWorker(): StudyWorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (event) => this.receive(event.data);
    w.onerror = (event) => {
      const waiting = this.waiting;
      this.dispose();
      waiting?.reject(new StudyFailure(msg('study.failed.stopped', { reason: event.message || msg('study.failed.workerError') })));
    };
    return (this.worker = w);
  }

  private has(key: string): boolean {
    return this.sent.includes(key);
  }

  private mark(key: string): void {
    const at = this.sent.indexOf(key);
    if (at >= 0) this.sent.splice(at, 1);
    this.sent.push(key);
    // The worker keeps KEEP of each kind; with three kinds, forgetting beyond KEEP in all is safe.
    while (this.sent.length > KEEP) this.sent.shift();
  }

  private send(job: number, input: StudyJob): void {
    const w = this.ensureWorker();
    const { series, basket, events } = input;
    if (!this.has(series.key)) {
      const days = Int32Array.from(series.days);
      const values = Float64Array.from(series.values);
      w.postMessage({ type: 'series', key: series.key, days, values }, [days.buffer, values.buffer]);
      this.mark(series.key);
    }
    if (basket && !this.has(basket.key)) {
      const members = basket.members.map((m) => ({ days: Int32Array.from(m.days), values: Float64Array.from(m.values) }));
      w.postMessage({ type: 'basket', key: basket.key, members }, members.flatMap((m) => [m.days.buffer, m.values.buffer]));
      this.mark(basket.key);
    }
    if (!this.has(events.key)) {
      const t0 = events.t0.slice();
      const overlap = events.overlap.slice();
      w.postMessage({ type: 'events', key: events.key, t0, overlap }, [t0.buffer, overlap.buffer]);
      this.mark(events.key);
    }
    const groups = input.groups.map((g) => ({ name: g.name, members: g.members.slice() }));
    w.postMessage(
      { type: 'run', job, seriesKey: series.key, basketKey: basket?.key ?? null, eventsKey: events.key, model: input.model, windows: [...input.windows], groups },
      groups.map((g) => g.members.buffer),
    );
  }

  private receive(message: StudyResponse): void {
    const waiting = this.waiting;
    if (!waiting || message.job !== waiting.job) return; // a stale answer
    if (message.type === 'missing') {
      // The worker let some inputs go: send them again, once.
      for (const k of message.keys) {
        const at = this.sent.indexOf(k);
        if (at >= 0) this.sent.splice(at, 1);
      }
      if (waiting.resent) return this.finish(() => waiting.reject(new StudyFailure(msg('study.failed.lost', { keys: message.keys.join(', ') }))));
      waiting.resent = true;
      return this.send(waiting.job, waiting.input);
    }
    this.finish(() => (message.type === 'done' ? waiting.resolve(message.answer) : waiting.reject(new StudyFailure(msg('study.failed.computed', { reason: message.message })))));
  }

  private finish(settle: () => void): void {
    this.waiting = null;
    settle();
  }
}
