// A stand-in for the study Web Worker in tests: the same handler, answering asynchronously.
import { StudyHandler } from './study-handler';
import type { StudyWorkerLike } from './study-client';
import type { StudyRequest, StudyResponse } from './study-protocol';

export class FakeStudyWorker implements StudyWorkerLike {
  onmessage: ((event: MessageEvent<StudyResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  /** Every message posted to the worker, with what was transferred. */
  readonly received: { message: StudyRequest; transfer: Transferable[] }[] = [];
  readonly handler = new StudyHandler((message) =>
    queueMicrotask(() => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<StudyResponse>);
    }),
  );
  postMessage(message: StudyRequest, transfer: Transferable[]): void {
    this.received.push({ message, transfer });
    this.handler.handle(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}
