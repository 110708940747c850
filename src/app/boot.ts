// The page's first script, an entry of its own (vite.config.ts puts it before the app's): it only
// starts the bundled snapshot's download and decoding in a worker, while the browser is still
// taking in the app's entry chunk. Not in `npm run dev:mock`, whose mocks start with the app.
import { startEarlySnapshot } from '../features/rates/api/snapshot-early';
import { SNAPSHOT_URL } from '../features/rates/api/snapshot-url';

if (import.meta.env.MODE !== 'mock') startEarlySnapshot(new URL(SNAPSHOT_URL, document.baseURI).href);
