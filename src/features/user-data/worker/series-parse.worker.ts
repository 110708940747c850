// The series CSV parser off the main thread (see series-parse-client.ts, which starts it).
import { handleParseRequest } from './series-parse-handler';
import type { SeriesParseRequest } from './series-parse-protocol';

self.onmessage = (event: MessageEvent<SeriesParseRequest>) => {
  void handleParseRequest(event.data, (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }));
};
