import { consecutiveDays, pricesFromReturns } from '../model/test-fixtures';
import { activateLang, translate } from '../../../i18n';
import { StudyClient, StudyFailure, type StudyJob } from './study-client';
import { StudyHandler } from './study-handler';
import type { StudyResponse } from './study-protocol';
import { FakeStudyWorker } from './test-fake-worker';

/** ±0.2 % alternating returns, three events at 300, 600, 900 with returns 0.5, 1.0, 1.5 (see run-study.test.ts). */
function job(overrides: Partial<StudyJob> = {}): StudyJob {
  const n = 1000;
  const r = new Float64Array(n);
  for (let i = 1; i < n; i++) r[i] = i % 2 ? -0.2 : 0.2;
  r[300] = 0.5;
  r[600] = 1.0;
  r[900] = 1.5;
  return {
    series: { key: 's1', days: consecutiveDays('2000-01-01', n), values: pricesFromReturns(r) },
    basket: null,
    events: { key: 'e1', t0: Int32Array.from([300, 600, 900, -1]), overlap: Uint8Array.from([0, 0, 1, 0]) },
    model: 'raw',
    windows: [{ a: 0, b: 0 }],
    groups: [{ name: 'provocation', members: Int32Array.from([0, 1, 2, 3]) }],
    ...overrides,
  };
}

describe('the study worker protocol', () => {
  it('sends each input once, transferring copies, then only runs; answers both studies', async () => {
    const worker = new FakeStudyWorker();
    const client = new StudyClient(() => worker);
    const input = job();
    const answer = await client.run(input);
    expect(worker.received.map((r) => r.message.type)).toEqual(['series', 'events', 'run']);
    // Transferred: copies (the caller's arrays stay usable), every typed array of the message.
    const [series, events, run] = worker.received;
    expect(series.transfer).toHaveLength(2);
    expect(series.transfer[0]).not.toBe((input.series.days as Int32Array).buffer);
    expect(input.series.values.length).toBe(1000);
    expect(events.transfer).toHaveLength(2);
    expect(run.transfer).toHaveLength(1);
    // All: the three events with a T0 (the 4th has none: left out with its reason); CAR(0,0) = 0.5, 1.0, 1.5.
    expect(answer.all[0]).toMatchObject({ group: 'provocation', n: 3, leftOut: { 'no-t0': 1 } });
    expect(answer.all[0].meanCar).toBeCloseTo(1, 12);
    // Without the overlapping event (index 2, CAR 1.5): 0.5 and 1.0.
    expect(answer.exclOverlap[0]).toMatchObject({ n: 2 });
    expect(answer.exclOverlap[0].meanCar).toBeCloseTo(0.75, 12);
    expect(answer.overlapLeftOut).toEqual({ provocation: 1 });

    await client.run(job({ windows: [{ a: 0, b: 1 }] }));
    expect(worker.received.map((r) => r.message.type)).toEqual(['series', 'events', 'run', 'run']);
  });

  it('drops a stale run: the older promise rejects with an AbortError, the newer one answers', async () => {
    const worker = new FakeStudyWorker();
    const client = new StudyClient(() => worker);
    const first = client.run(job());
    const second = client.run(job({ model: 'mean' }));
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toMatchObject({ model: 'mean' });
  });

  it('sends the inputs again when the worker has let them go', async () => {
    const worker = new FakeStudyWorker();
    const client = new StudyClient(() => worker);
    await client.run(job());
    // A new worker state behind the same client (as if the worker had dropped its inputs).
    (worker as unknown as { handler: StudyHandler }).handler['series'].clear();
    const answer = await client.run(job());
    expect(answer.all[0].n).toBe(3);
    expect(worker.received.map((r) => r.message.type)).toEqual(['series', 'events', 'run', 'run', 'series', 'run']);
  });

  it('answers `missing` for keys it does not hold and `failed` for a bad window', () => {
    const posted: StudyResponse[] = [];
    const handler = new StudyHandler((m) => posted.push(m));
    handler.handle({ type: 'run', job: 7, seriesKey: 'x', basketKey: null, eventsKey: 'y', model: 'raw', windows: [{ a: 0, b: 0 }], groups: [] });
    expect(posted).toEqual([{ type: 'missing', job: 7, keys: ['x', 'y'] }]);
    const j = job();
    handler.handle({ type: 'series', key: 's1', days: Int32Array.from(j.series.days), values: Float64Array.from(j.series.values) });
    handler.handle({ ...j.events, type: 'events' });
    handler.handle({ type: 'run', job: 8, seriesKey: 's1', basketKey: null, eventsKey: 'e1', model: 'raw', windows: [{ a: 2, b: 1 }], groups: [] });
    expect(posted[1]).toEqual({ type: 'failed', job: 8, message: 'bad window 2,1' });
  });

  it('ends the worker on dispose and rejects a run waiting', async () => {
    const worker = new FakeStudyWorker();
    worker.postMessage = vi.fn();
    const client = new StudyClient(() => worker);
    const waiting = client.run(job());
    client.dispose();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects a failed run with a message to translate: the worker\'s own text is kept as the detail', async () => {
    const client = new StudyClient(() => new FakeStudyWorker());
    const failure = await client.run(job({ windows: [{ a: 2, b: 1 }] })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StudyFailure);
    const reason = (failure as StudyFailure).reason;
    expect(reason).toEqual({ id: 'study.failed.computed', values: { reason: 'bad window 2,1' } });
    expect(translate(reason)).toBe('The study could not be computed: bad window 2,1');
    await activateLang('ko');
    expect(translate(reason)).toBe('이벤트 스터디를 계산하지 못했습니다: bad window 2,1');
    await activateLang('en');
    client.dispose();
  });
});
