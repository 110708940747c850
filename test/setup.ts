import '@testing-library/jest-dom/vitest';
import { resetFrankfurterScenario } from '../mocks/handlers/frankfurter';
import { server } from '../mocks/node';

// One MSW server for every test file: any request without a handler fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetFrankfurterScenario();
});
afterAll(() => server.close());

// A loaded 2-core machine can take more than the default second to load and render the dashboard.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 5000 });
