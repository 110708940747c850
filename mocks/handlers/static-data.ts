import { http, HttpResponse } from 'msw';

/**
 * The app's static data files (the H.10 snapshot and basket, written by `npm run data:snapshot`), for Node only (Vitest): in the browser the dev
 * server serves public/data itself, so these handlers are not used there.
 * `read(name)` returns the file's text or null when it does not exist.
 *
 * data/ecb-snapshot.json answers 404 unless a test provides it (with
 * `server.use(...)`), so tests do not depend on whether `npm run data:update`
 * has been run on this machine.
 */
export function staticDataHandlers(read: (name: string) => string | null) {
  return [
    http.get('*/data/h10-snapshot.json', () => {
      const text = read('h10-snapshot.json');
      if (text === null) return HttpResponse.text('Not Found', { status: 404 });
      return new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
    }),
    http.get('*/data/h10-basket.json', () => {
      const text = read('h10-basket.json');
      if (text === null) return HttpResponse.text('Not Found', { status: 404 });
      return new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
    }),
    http.get('*/data/ecb-snapshot.json', () => HttpResponse.text('Not Found', { status: 404 })),
  ];
}
