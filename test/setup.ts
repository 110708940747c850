import { resetFrankfurterScenario } from '../mocks/handlers/frankfurter';
import { server } from '../mocks/node';
import { loadAreas } from '../src/i18n/i18n';

// Components render alone here: the catalogs the app loads with its lazy sections are loaded up front.
await loadAreas(['reactions', 'study']);

// One MSW server for every test file: any request without a handler fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFrankfurterScenario();
});
afterAll(() => server.close());
