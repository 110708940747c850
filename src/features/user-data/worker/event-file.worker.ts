// Import events' decoding and checks off the main thread (see event-file-client.ts, which starts it).
import { readEventFileNow, type EventFileRequest } from './event-file-read';

self.onmessage = (event: MessageEvent<EventFileRequest>) => {
  try {
    self.postMessage({ type: 'done', read: readEventFileNow(event.data) });
  } catch (e) {
    self.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
