import { startTransition, useEffect, useRef, useState } from 'react';
import { msg, type Msg } from '../../../i18n';
import { StudyClient, StudyFailure, type StudyJob, type StudyWorkerLike } from './study-client';
import type { StudyAnswer } from './study-protocol';

export type StudyState =
  | { status: 'idle' }
  /** `answer`: the previous settings' answer, shown (marked as updating) until the new one comes. */
  | { status: 'running'; answer: StudyAnswer | null }
  | { status: 'done'; answer: StudyAnswer }
  | { status: 'failed'; message: Msg };

/** Settings that change in a burst (a zoom, typing) start one run, this long after the last change. */
export const STUDY_DEBOUNCE_MS = 120;

/**
 * The answer to `job` (memoised by the caller: a new object is a new study), computed in the
 * study worker, started STUDY_DEBOUNCE_MS after the job last changed; a newer job drops the older
 * one's answer. The worker lives as long as the component.
 */
export function useStudyAnswer(job: StudyJob | null, createWorker?: () => StudyWorkerLike): StudyState {
  const [state, setState] = useState<StudyState>({ status: 'idle' });
  const client = useRef<StudyClient | null>(null);
  const create = useRef(createWorker);
  useEffect(() => {
    const c = new StudyClient(create.current);
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);
  useEffect(() => {
    if (!job) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    // Transitions: the panel's re-render (a table of groups × windows, small charts) yields to a zoom or a key.
    startTransition(() => setState((s) => ({ status: 'running', answer: s.status === 'done' || s.status === 'running' ? s.answer : null })));
    const timer = setTimeout(() => {
      client.current
        ?.run(job)
        .then((answer) => live && startTransition(() => setState({ status: 'done', answer })))
        .catch((e: unknown) => {
          if (live && !(e instanceof DOMException && e.name === 'AbortError')) setState({ status: 'failed', message: e instanceof StudyFailure ? e.reason : msg('study.failed.other', { reason: e instanceof Error ? e.message : String(e) }) });
        });
    }, STUDY_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [job]);
  return state;
}
