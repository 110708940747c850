// The event study off the main thread (see study-client.ts, which starts it).
import { StudyHandler } from './study-handler';
import type { StudyRequest, StudyRun } from './study-protocol';

const handler = new StudyHandler((message) => self.postMessage(message));

// Runs queued while one was computing are stale but the last: only the newest run is done.
let pending: StudyRun | null = null;
self.onmessage = (event: MessageEvent<StudyRequest>) => {
  const message = event.data;
  if (message.type !== 'run') return handler.handle(message);
  const first = pending === null;
  pending = message;
  if (first)
    setTimeout(() => {
      const run = pending!;
      pending = null;
      handler.handle(run);
    }, 0);
};
