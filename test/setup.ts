import { resetFrankfurterScenario } from '../mocks/handlers/frankfurter';
import { server } from '../mocks/node';

// One MSW server for every test file: any request without a handler fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFrankfurterScenario();
});
afterAll(() => server.close());
